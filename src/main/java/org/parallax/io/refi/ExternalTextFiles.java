package org.parallax.io.refi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text files of sources a .qdpx keeps outside itself (REFI-QDA's {@code relative://} and {@code absolute://}
 * paths), looked for in the folder the user chose the .qdpx from and its subfolders, never elsewhere. The standard
 * allows absolute paths and a base path, but both name places on the computer that wrote the file (C:/PROJECT/…);
 * it says to ask the user where the files are when they are not found, and choosing the .qdpx is that answer. A
 * file from elsewhere could otherwise name any file this computer's user can read, and its text would enter the
 * project and leave it with the next export. Each file is held to a document's size limit and all together to
 * the archive's unpacked limit.
 */
final class ExternalTextFiles {
    /** A document's own size limit: an external text file is read as an imported document would be. */
    private static final long FILE_LIMIT = 64L << 20;

    /** A file's bytes, or, when none could be read, the one line saying where it was looked for and why not. */
    record Lookup(byte[] bytes, String notRead) {
    }

    private final Path folder;
    private final String archiveName;
    private long budget;
    private String basePath;

    ExternalTextFiles(Path qdpx, long budget) {
        Path absolute = qdpx.toAbsolutePath();
        this.folder = absolute.getParent();
        this.archiveName = String.valueOf(absolute.getFileName());
        this.budget = budget;
    }

    /** Whether the path is one the standard keeps outside the archive. */
    static boolean external(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("relative://") || lower.startsWith("absolute://");
    }

    /** The project's {@code basePath}, which relative paths were written under. */
    void basePath(String basePath) {
        this.basePath = basePath == null || basePath.isBlank() ? null : slashes(basePath);
    }

    Lookup find(String path) {
        boolean absolute = path.toLowerCase(Locale.ROOT).startsWith("absolute://");
        String named = slashes(path.substring(path.indexOf("://") + 3));
        List<Path> candidates = new ArrayList<>();
        for (String written : spellings(named)) {
            candidates.addAll(absolute ? forAbsolute(written) : forRelative(written));
        }
        List<Path> looked = new ArrayList<>();
        for (Path candidate : new LinkedHashSet<>(candidates)) {
            if (candidate == null || !candidate.startsWith(folder)) {
                continue;
            }
            looked.add(candidate);
            if (Files.exists(candidate)) {
                return read(path, candidate);
            }
        }
        return new Lookup(null, "its text file '" + path + "' is neither in " + archiveName + " nor in its folder"
                + (looked.isEmpty() ? "" : " (looked for " + String.join(" and ", looked.stream()
                .map(Path::toString).toList()) + ")")
                + (absolute ? "; a path outside that folder is not read, so put the file beside " + archiveName : "")
                + "; not imported");
    }

    /** relative:///AR/x.txt is AR/x.txt under the folder, else x.txt in it (the files moved with the .qdpx). */
    private List<Path> forRelative(String named) {
        String relative = named.replaceFirst("^/+", "");
        return Arrays.asList(under(relative), under(fileName(relative)));
    }

    /**
     * An absolute path is read as it is only when it lies in the folder; else what follows the base path under the
     * folder, else its file name in the folder.
     */
    private List<Path> forAbsolute(String named) {
        String local = named.matches("/+[A-Za-z]:/.*") ? named.replaceFirst("^/+", "") : named;
        List<Path> out = new ArrayList<>();
        try {
            Path asWritten = Path.of(local);
            if (asWritten.isAbsolute()) {
                out.add(asWritten.normalize());
            }
        } catch (InvalidPathException e) {
            // A path of another system (a Windows drive on Linux): looked for by its parts below.
        }
        if (basePath != null) {
            String base = basePath.endsWith("/") ? basePath : basePath + "/";
            String stripped = local.replaceFirst("^/+", "");
            String strippedBase = base.replaceFirst("^/+", "");
            if (stripped.toLowerCase(Locale.ROOT).startsWith(strippedBase.toLowerCase(Locale.ROOT))) {
                out.add(under(stripped.substring(strippedBase.length())));
            }
        }
        out.add(under(fileName(local)));
        return out;
    }

    private Lookup read(String path, Path candidate) {
        String file = "its text file '" + path + "', found at " + candidate + ",";
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                return new Lookup(null, file + " links outside the folder of " + archiveName
                        + " and is not read; not imported");
            }
            if (!Files.isRegularFile(real)) {
                return new Lookup(null, file + " is not a regular, readable file; not "
                        + "imported");
            }
            long size = Files.size(real);
            if (size > FILE_LIMIT || size > budget) {
                return new Lookup(null, file + " is " + megabytes(size) + ", more than "
                        + (size > FILE_LIMIT ? "a document's limit of " + megabytes(FILE_LIMIT)
                        : "the " + megabytes(budget) + " left of " + archiveName + "'s import limit") + "; not imported");
            }
            try (InputStream in = Files.newInputStream(real)) {
                byte[] bytes = in.readNBytes((int) size);
                budget -= bytes.length;
                return new Lookup(bytes, null);
            }
        } catch (IOException | SecurityException e) {
            return new Lookup(null, file + " cannot be read (" + e.getMessage()
                    + "); not imported");
        }
    }

    /** The path under the folder; null when this system cannot name it. */
    private Path under(String relative) {
        try {
            return folder.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The path as written and, when it holds escapes (%20), as decoded: tools write both. */
    private static Set<String> spellings(String named) {
        Set<String> out = new LinkedHashSet<>(List.of(named));
        if (named.contains("%")) {
            try {
                out.add(URLDecoder.decode(named.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // Not an escape after all: the name as written is the only one.
            }
        }
        return out;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }
}
