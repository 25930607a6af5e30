package org.parallax.io;

import java.nio.file.Path;

/**
 * A program that imports the files it is given, {@code rounds} times over, and prints one line per file read: the
 * first line of the document's text (at most 40 characters), or the failure line. For tests that kill it mid-import or give it a full temporary folder.
 */
public final class DocumentReadingChild {
    private DocumentReadingChild() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        DocumentReader reader = new DocumentReader();
        for (int round = 0; round < rounds; round++) {
            for (int i = 1; i < args.length; i++) {
                try {
                    String firstLine = reader.read(Path.of(args[i])).text().lines().findFirst().orElse("");
                    System.out.println("read: " + firstLine.substring(0, Math.min(40, firstLine.length())));
                } catch (ImportException e) {
                    System.out.println("failed: " + e.getMessage());
                }
                System.out.flush();
            }
        }
    }
}
