package org.parallax.testutil;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;

/** Damages a closed project file the way a bad disk or an interrupted copy does: a page of zeros. */
public final class DamagedPages {
    private DamagedPages() {
    }

    /** Overwrites the root page of {@code table} with zeros; SQLite then cannot read that table at all. */
    public static void zeroRootPage(Path project, String table) throws Exception {
        int page;
        int size;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = '"
                    + table + "'")) {
                page = rs.getInt(1);
            }
            try (var rs = st.executeQuery("PRAGMA page_size")) {
                size = rs.getInt(1);
            }
        }
        try (FileChannel file = FileChannel.open(project, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.allocate(size), (long) (page - 1) * size);
        }
    }
}
