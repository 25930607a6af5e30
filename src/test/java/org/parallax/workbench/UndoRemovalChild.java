package org.parallax.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link UndoOfRemovalKillTest}: removes three documents of the project, says so by creating the
 * signal file, then undoes and redoes the removal until it is killed, as a researcher pressing Ctrl+Z and Ctrl+Y.
 */
final class UndoRemovalChild {
    private UndoRemovalChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Workbench wb = Workbench.open(Path.of(args[0]))) {
            wb.documents().delete(UndoOfRemovalKillTest.REMOVED);
            Files.createFile(Path.of(args[1]));
            while (true) {
                wb.history().undo();
                wb.history().redo();
            }
        }
    }
}
