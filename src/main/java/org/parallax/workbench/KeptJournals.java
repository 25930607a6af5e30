package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.model.SqliteSideFile;

/**
 * The journals kept byte for byte in a project's backups folder: {@code NAME-wal.CRC32.before-restore} (a journal a
 * restore removed, {@link JournalKeptBeforeRestore}) and {@code NAME-wal.CRC32.damaged} (a damaged journal found on
 * opening). Each restore beside a stale journal added one for good, each as large as a journal; the newest
 * {@link #NEWEST} of each kind are kept, by the time each was last kept. Three: the journal of the last restore and of
 * the two before it, enough to go back over a restore repeated by mistake, while the folder stays bounded (a journal
 * may be as large as the project). The one just kept is never removed.
 */
final class KeptJournals {
    static final int NEWEST = 3;
    private static final System.Logger LOG = System.getLogger(KeptJournals.class.getName());

    private KeptJournals() {
    }

    /**
     * Removes from the backups folder of {@code project} the kept journals of each kind beyond the newest
     * {@link #NEWEST}, never {@code justKept} (null when none); returns the names of those removed.
     */
    static List<String> rotate(Path project, Path justKept) {
        Path folder = Backups.folder(project);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern kept = Pattern.compile(Pattern.quote(SqliteSideFile.WAL.beside(project).getFileName().toString())
                + "\\.[0-9a-f]{8}(?:-\\d+)?\\.(before-restore|damaged)");
        List<Path> beforeRestore = new ArrayList<>();
        List<Path> damaged = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                Matcher m = kept.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    (m.group(1).equals("damaged") ? damaged : beforeRestore).add(f);
                }
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, folder + ": cannot list the kept journals", e);
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        removed.addAll(removeOlder(beforeRestore, justKept));
        removed.addAll(removeOlder(damaged, justKept));
        return removed;
    }

    /** Marks {@code copy} as kept now: a journal kept again is as new as one kept for the first time. */
    static void keptNow(Path copy) throws IOException {
        Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis()));
    }

    private static List<String> removeOlder(List<Path> journals, Path justKept) {
        List<Path> newestFirst = journals.stream()
                .sorted(Comparator.comparing((Path f) -> f.equals(justKept)).reversed()
                        .thenComparing(Comparator.comparing(KeptJournals::modified).reversed())
                        .thenComparing(Comparator.comparing(Path::getFileName).reversed()))
                .toList();
        List<String> removed = new ArrayList<>();
        for (Path old : newestFirst.subList(Math.min(NEWEST, newestFirst.size()), newestFirst.size())) {
            Backups.deleteQuietly(old);
            if (!Files.exists(old)) {
                removed.add(old.getFileName().toString());
            }
        }
        return removed;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
