package org.parallax.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Counted;
import org.parallax.model.DiskFullException;
import org.parallax.model.Document;
import org.parallax.store.ProjectBusyException;
import org.parallax.store.ServerFullException;
import org.parallax.store.ServerLostException;
import org.parallax.store.TeamUrl;

/**
 * Stores an import's parsed files chunk by chunk, each chunk in one database transaction, all or nothing, and
 * hands the stored documents to the background indexing ({@link IndexCatchUp}) once the chunk is durable. Before
 * each chunk of a project file it checks the free disk space; while another program holds the project's write
 * lock it waits, with progress, up to a limit.
 */
final class ImportChunks {
    private static final System.Logger LOG = System.getLogger(ImportChunks.class.getName());
    /** Text is stored once in the database, once more in the WAL until a checkpoint, and in the index. */
    private static final int BYTES_PER_TEXT_BYTE = 3;
    private static final long SPACE_MARGIN = 4L << 20;
    private static final long MAX_BUSY_WAIT_NANOS = 120_000_000_000L;

    private final Project project;
    private final TaskProgress progress;
    private int chunkNumber;

    /** What one chunk left in the project: the documents stored, the duplicates skipped, the stored files' warnings. */
    record Stored(List<Document> documents, List<String> skipped, List<String> warnings) {
    }

    /**
     * The import cannot go on (disk full, project busy for too long, a team server lost); nothing of the current
     * chunk was saved (unless a lost server's message says it may have been).
     */
    static final class Stopped extends RuntimeException {
        private final boolean mayHaveBeenSaved;

        Stopped(String message, Throwable cause) {
            this(message, cause, false);
        }

        Stopped(String message, Throwable cause, boolean mayHaveBeenSaved) {
            super(message, cause);
            this.mayHaveBeenSaved = mayHaveBeenSaved;
        }

        /** Whether the chunk being stored when the stop came may have been saved all the same (a server lost). */
        boolean mayHaveBeenSaved() {
            return mayHaveBeenSaved;
        }
    }

    ImportChunks(Project project, TaskProgress progress) {
        this.project = project;
        this.progress = progress;
    }

    Stored store(List<ParsedFile> chunk) {
        chunkNumber++;
        if (chunkNumber == 1) {
            WorkHold.holdIfRequested(WorkHold.IMPORT);
        }
        boolean team = project.store.location() instanceof TeamUrl;
        long needed = neededBytes(chunk);
        long free = team ? Long.MAX_VALUE : freeBytes();
        if (free < needed) {
            throw new Stopped(tooLittleSpace(needed, free), null);
        }
        long waitingSince = System.nanoTime();
        while (true) {
            try {
                return storeOnce(chunk);
            } catch (ProjectBusyException e) {
                if (progress.isCancelled() || System.nanoTime() - waitingSince > MAX_BUSY_WAIT_NANOS) {
                    throw new Stopped("another program (a second Parallax window or a command such as an import) "
                            + "kept this project busy for " + (System.nanoTime() - waitingSince) / 1_000_000_000L
                            + " s; try again when it has finished", e);
                }
                progress.update(0, 0, "Waiting: another program is writing to this project");
            } catch (ServerLostException e) {
                // The chunks before were committed: the report names them as saved instead of "not saved".
                throw new Stopped("the connection to the team project's server was lost and could not be restored"
                        + (e.mayHaveBeenSaved() ? " as the last " + Counted.of(chunk.size(), "file") + " were being saved, which "
                        + "may or may not be saved" : "") + "; import the same files again once the server is back "
                        + "(those already saved are skipped as duplicates)", e, e.mayHaveBeenSaved());
            } catch (RuntimeException e) {
                if (DiskFullException.causedBy(e) || ServerFullException.in(e).filter(ServerFullException::diskFull)
                        .isPresent()) {
                    // A team project's texts go to the server's disk: this machine's free space says nothing.
                    throw new Stopped(team ? "the team project's server has no disk space left (whoever runs it must "
                            + "free space on it)" : diskFull(needed, freeBytes()), e);
                }
                throw e;
            }
        }
    }

    private Stored storeOnce(List<ParsedFile> chunk) {
        List<Document> stored = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        project.store.write(() -> {
            for (ParsedFile p : chunk) {
                Optional<Long> existing = project.documents.idByHash(p.hash());
                if (existing.isPresent()) {
                    // The number is what the command line's docs lists; the window shows titles only.
                    String title = project.documents.get(existing.get()).map(d -> d.meta().title()).orElse("");
                    skipped.add(p.name() + ": same text as document " + existing.get()
                            + (title.isBlank() ? "" : " (" + title + ")") + " already in the project, skipped");
                } else {
                    Document d = project.documents.insert(p.meta(), p.text(), p.words(), p.hash(), p.name(),
                            project.now());
                    stored.add(d);
                    warnings.addAll(p.warnings());
                    project.textFacts.imported(p.hash(), p.text());
                }
            }
            ChunkPause.pauseIfRequested(chunkNumber);
            return null;
        });
        // Durable now: the index catches up in the background while the next chunk is parsed and stored.
        project.indexCatchUp.add(stored.stream().map(Document::id).toList());
        return new Stored(stored, skipped, warnings);
    }

    private static long neededBytes(List<ParsedFile> chunk) {
        long bytes = 0;
        for (ParsedFile p : chunk) {
            bytes += p.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes * BYTES_PER_TEXT_BYTE + SPACE_MARGIN;
    }

    private long freeBytes() {
        Path folder = project.file().toAbsolutePath().getParent();
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot measure free space in " + folder, e);
            return Long.MAX_VALUE;
        }
    }

    /**
     * Said before a chunk that would not fit with the margin kept: the disk is not full then (1.8 MB free read "the
     * disk is full"), and the researcher is to know how much room to make.
     */
    private static String tooLittleSpace(long needed, long free) {
        return "too little free space on the project's disk for the next files (" + tenths(free) + " MB free, about "
                + tenths(needed) + " MB needed: free some space and import again)";
    }

    /** Megabytes to a tenth below 10 MB, where a rounded whole number hides what is missing (2 MB free, 5 needed). */
    private static String tenths(long bytes) {
        double megabytes = bytes / (double) (1 << 20);
        return megabytes < 10 ? String.format(java.util.Locale.ROOT, "%.1f", megabytes)
                : String.valueOf(Math.round(megabytes));
    }

    private static String diskFull(long needed, long free) {
        return "the disk is full (needs about " + megabytes(needed) + " MB, " + megabytes(free) + " MB free: free some "
                + "space and import again)";
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
