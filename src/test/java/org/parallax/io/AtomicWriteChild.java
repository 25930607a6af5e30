package org.parallax.io;

import java.nio.file.Path;

/**
 * A child JVM for {@link AtomicFilesKillTest}: starts replacing a file, writes a megabyte of it, says
 * "writing" and waits to be killed, as an export would be if the machine or the app died midway.
 */
public final class AtomicWriteChild {
    private AtomicWriteChild() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFiles.writeText(Path.of(args[0]), out -> {
            for (int i = 0; i < 20_000; i++) {
                out.write("cut-off export row " + i + ",\"" + "y".repeat(30) + "\"\n");
            }
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
