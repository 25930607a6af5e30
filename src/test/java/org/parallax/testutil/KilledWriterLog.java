package org.parallax.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.parallax.model.MemoTarget;
import org.parallax.workbench.Workbench;

/**
 * A project as a writer killed before folding its log into the file leaves it: the file and its {@code -wal} with
 * the saves, copied while the writer still has them open. A reader holding a read transaction begun before the saves
 * keeps the checkpointer from folding any of them into the file, so the copy is what a kill at that moment leaves.
 */
public final class KilledWriterLog {
    /** Page size of a project file; a frame of its log is 24 bytes of header and one page. */
    public static final int PAGE = 4096;
    public static final int FRAME = 24 + PAGE;
    public static final int SAVES = 8;

    private KilledWriterLog() {
    }

    /** A new project with three texts in {@code dir}, closed (one file, no log). */
    public static Path project(Path dir) {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        assertThat(Cli.parallax("import", project, TestProjects.textFile(dir, "a.txt", "NATO and Russia met in Paris."),
                TestProjects.textFile(dir, "b.txt", "The Council met in Rome in 2002."),
                TestProjects.textFile(dir, "c.txt", "A third text.")).exit()).isZero();
        return project;
    }

    /**
     * Saves {@link #SAVES} memos of document 1 ("entry 1" … "entry 8") through the workbench and copies the file and
     * its log into {@code into} before any is folded into the file (or, with {@code foldedIn}, after all are, with the
     * log not yet started over); returns the copied project.
     */
    public static Path killedAfterSaves(Path project, Path into, boolean foldedIn) throws Exception {
        return killedAfterSaves(project, into, SAVES, foldedIn);
    }

    /** As {@link #killedAfterSaves(Path, Path, boolean)} with {@code saves} saves. */
    public static Path killedAfterSaves(Path project, Path into, int saves, boolean foldedIn) throws Exception {
        return killedAfterSaves(project, into, saves, foldedIn, false);
    }

    /**
     * As {@link #killedAfterSaves(Path, Path, int, boolean)}, with the shared memory ({@code -shm}) copied too when
     * {@code withSharedMemory}: a killed writer leaves it, holding the frame its last save ended at.
     */
    public static Path killedAfterSaves(Path project, Path into, int saves, boolean foldedIn, boolean withSharedMemory)
            throws Exception {
        Files.createDirectories(into);
        Path copy = into.resolve(project.getFileName());
        try (Workbench wb = Workbench.open(project);
                Connection pin = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement st = pin.createStatement()) {
            st.execute("BEGIN");
            st.executeQuery("SELECT count(*) FROM documents").close();
            for (int i = 1; i <= saves; i++) {
                wb.memos().set(MemoTarget.document(1), "entry " + i);
            }
            st.execute("COMMIT");
            if (foldedIn) {
                st.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            Files.copy(project, copy);
            Files.copy(log(project), log(copy));
            if (withSharedMemory) {
                Files.copy(project.resolveSibling(project.getFileName() + "-shm"),
                        copy.resolveSibling(copy.getFileName() + "-shm"));
            }
        }
        return copy;
    }

    /** How many saves (commit frames) the log holds. */
    public static int commits(Path project) throws IOException {
        ByteBuffer log = ByteBuffer.wrap(Files.readAllBytes(log(project)));
        int commits = 0;
        for (int i = 0; i < frames(project); i++) {
            commits += log.getInt((int) frameStart(i) + 4) != 0 ? 1 : 0;
        }
        return commits;
    }

    public static Path log(Path project) {
        return project.resolveSibling(project.getFileName() + "-wal");
    }

    /** How many frames the log holds. */
    public static int frames(Path project) throws IOException {
        return (int) ((Files.size(log(project)) - 32) / FRAME);
    }

    /** Where frame {@code frame} (from 0) starts in the log. */
    public static long frameStart(int frame) {
        return 32L + (long) frame * FRAME;
    }

    /** Flips one bit of the byte at {@code offset} in the log, as a failing disk or memory would. */
    public static void flip(Path project, long offset, int bit) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log(project).toFile(), "rw")) {
            file.seek(offset);
            int b = file.read();
            file.seek(offset);
            file.write(b ^ (1 << bit));
        }
    }

    /** The first frame of the last save: the one after the commit frame before it. */
    public static int lastSaveStart(Path project) throws IOException {
        ByteBuffer log = ByteBuffer.wrap(Files.readAllBytes(log(project)));
        for (int i = frames(project) - 2; i >= 0; i--) {
            if (log.getInt((int) frameStart(i) + 4) != 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The first frame whose salts are not the header's (left from before the log started over), or the count. */
    public static int firstOfAnEarlierRound(Path project) throws IOException {
        ByteBuffer log = ByteBuffer.wrap(Files.readAllBytes(log(project)));
        for (int i = 0; i < frames(project); i++) {
            if (log.getLong((int) frameStart(i) + 8) != log.getLong(16)) {
                return i;
            }
        }
        return frames(project);
    }
}
