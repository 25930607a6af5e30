package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parallax.io.DocumentReader;
import org.parallax.io.QualCoderProject;
import org.parallax.model.Counted;
import org.parallax.model.FileNames;

/**
 * The files an import names, each folder among them replaced by the documents in it and its subfolders (a folder of
 * transcripts is how a study's documents usually sit), in path order. Left aside without a word: hidden files and
 * folders, Office's lock files ({@code ~$…}) and Parallax's own files (a project beside its documents, with its
 * journal, index and backups), which are never documents; named in one warning per folder: files of other types.
 * Links inside a folder are not followed, so a link back up the tree cannot make the walk loop.
 */
final class ImportFolders {
    private static final int NAMED = 3;
    private static final Pattern PROJECT_FILES = Pattern.compile(".*\\.parallax([.-].*)?");

    /**
     * {@code within}: for each file found in a folder, its path from that folder, parts joined by '/';
     * {@code folders}: each folder walked, with its modification time then.
     */
    record Listed(List<Path> files, Map<Path, String> within, List<String> warnings, List<String> failures,
                  Map<Path, FileTime> folders) {

        /**
         * Whether every folder walked is as it was: adding, removing or renaming a file in a folder changes the
         * folder's modification time, so this costs one look per folder where listing again reads every entry.
         */
        boolean unchanged() {
            for (Map.Entry<Path, FileTime> folder : folders.entrySet()) {
                try {
                    if (!Files.getLastModifiedTime(folder.getKey(), LinkOption.NOFOLLOW_LINKS)
                            .equals(folder.getValue())) {
                        return false;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
            return true;
        }
    }

    private ImportFolders() {
    }

    static Listed list(List<Path> given) {
        List<Path> files = new ArrayList<>();
        Map<Path, String> within = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<Path, FileTime> folders = new HashMap<>();
        for (Path path : given) {
            if (Files.isDirectory(path) && QualCoderProject.isProjectFolder(path)) {
                // Its document copies alone would come without their codings, and a later import of its REFI-QDA
                // export would then find them already here.
                failures.add(named(path) + ": " + QualCoderProject.HOW_TO_MOVE);
            } else if (Files.isDirectory(path)) {
                Path root = realPath(path, failures);
                for (Path document : root == null ? List.<Path>of() : folder(path, root, warnings, failures,
                        folders)) {
                    files.add(document);
                    within.put(document, root.relativize(document).toString().replace('\\', '/'));
                }
            } else {
                files.add(path);
            }
        }
        return new Listed(files, within, warnings, failures, folders);
    }

    /**
     * The folder as the file system names it: a folder given through a link is walked from where the link leads,
     * since the walk follows no link (it would find nothing but the link itself).
     */
    private static Path realPath(Path folder, List<String> failures) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            failures.add(named(folder) + ": cannot be read (" + reason(e) + ")");
            return null;
        }
    }

    /**
     * The documents under {@code root}, the real path of {@code folder}. Messages name the folder by its name, as a
     * file's line names the file ("transcripts: …"), and what is inside it by its path from there.
     */
    private static List<Path> folder(Path folder, Path root, List<String> warnings, List<String> failures,
                                     Map<Path, FileTime> folders) {
        List<Path> documents = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && passedOver(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.put(dir, attrs.lastModifiedTime());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || passedOver(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    (DocumentReader.isSupported(file) ? documents : others).add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(shownWithin(folder, root, file) + ": cannot be read (" + reason(e)
                            + "); the files in it were not imported");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(named(folder) + ": cannot be read (" + reason(e) + ")");
            return List.of();
        }
        documents.sort(null);
        others.sort(null);
        if (documents.isEmpty()) {
            failures.add(named(folder) + ": no documents in this folder or its subfolders "
                    + "(supported: " + DocumentReader.SUPPORTED + ")"
                    + (others.isEmpty() ? "" : "; " + otherFiles(root, others)));
            return List.of();
        }
        if (!others.isEmpty()) {
            warnings.add(named(folder) + ": " + otherFiles(root, others) + " left aside");
        }
        return documents;
    }

    /** {@code inside}, found under {@code root} (the real path of {@code folder}), named from the folder's name. */
    private static String shownWithin(Path folder, Path root, Path inside) {
        Path within = root.relativize(inside);
        return named(folder) + (within.toString().isEmpty() ? ""
                : "/" + FileNames.shown(within.toString().replace('\\', '/')));
    }

    /** A folder's name as given, "." and ".." read as the folders they stand for. */
    private static String named(Path folder) {
        return FileNames.shown(folder.toAbsolutePath().normalize());
    }

    private static String otherFiles(Path root, List<Path> others) {
        List<String> named = others.stream().limit(NAMED).map(p -> FileNames.shown(root.relativize(p).toString()))
                .toList();
        return Counted.of(others.size(), "file") + " of other types (" + String.join(", ", named)
                + (others.size() > NAMED ? ", …" : "") + ")";
    }

    /** Hidden files and folders, Office's lock files, and Parallax's own: a project, its journal, index, backups. */
    private static boolean passedOver(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$") || PROJECT_FILES.matcher(name).matches();
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
