package org.parallax.workbench;

import java.sql.Connection;
import java.sql.DriverManager;

/** Another program with a project file open: reads it once, says "open", and keeps it open until stdin closes. */
public final class HoldOpenChild {
    private HoldOpenChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             var st = c.createStatement()) {
            st.executeQuery("SELECT count(*) FROM documents").close();
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the test closes the pipe
            }
        }
    }
}
