package org.parallax.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parallax.store.KilledWritersTemps;

/**
 * SQLite's native library, kept once per user in a cache folder. Left to itself, sqlite-jdbc starts every process
 * by running {@code uname} to tell Android from Linux, copying its 1 MB library out of the jar into the temporary
 * folder, comparing the copy byte by byte and deleting it at exit: 64–90 ms of the main thread's CPU and about
 * 240 classes in every command started with {@code java -jar} (docs/performance.md, "Issue 18, session 9"). Here
 * the copy is made once, whole or not at all (written beside its place and moved there), and loaded from there; sqlite-jdbc is told where it is, as the
 * installed program's launcher tells it where the shipped copy is. Whatever goes wrong leaves sqlite-jdbc's own way.
 */
public final class NativeLibraryCache {
    private static final System.Logger LOG = System.getLogger(NativeLibraryCache.class.getName());
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static Path folder;
    private static boolean tried;

    private NativeLibraryCache() {
    }

    /** Keeps the library in {@code cacheFolder} from the first connection on; without a call, nothing changes. */
    public static synchronized void useFolder(Path cacheFolder) {
        folder = cacheFolder;
    }

    /** Called before each connection is opened: loads the cached library the first time, if there is a cache. */
    static synchronized void loadBeforeFirstConnection() {
        if (tried || folder == null || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        tried = true;
        String platform = platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (platform == null) {
            return;
        }
        String resource = "/org/sqlite/native/" + platform + "/" + System.mapLibraryName("sqlitejdbc");
        String version = org.sqlite.SQLiteJDBCLoader.getVersion();
        // Without a version the folder's name could not tell one sqlite-jdbc's library from another's.
        if (NativeLibraryCache.class.getResource(resource) == null || version == null
                || !version.matches("[0-9][0-9A-Za-z.]*")) {
            return;
        }
        Path library = folder.resolve("sqlite-jdbc-" + version + "-" + platform.replace('/', '-'))
                .resolve(System.mapLibraryName("sqlitejdbc"));
        try {
            if (!Files.isRegularFile(library)) {
                extract(resource, library);
            }
            System.load(library.toAbsolutePath().toString());
            System.setProperty(PATH_PROPERTY, library.getParent().toAbsolutePath().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            // A read-only home, a full disk, a folder mounted noexec: sqlite-jdbc extracts its own copy as before.
            LOG.log(System.Logger.Level.DEBUG, "SQLite's native library not cached in " + library, e);
        }
    }

    /**
     * sqlite-jdbc's folder for this OS and processor, for the platforms Parallax ships; null elsewhere, and on
     * a musl Linux (Alpine), whose library sits in another folder that only sqlite-jdbc's own probe finds.
     */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (arch == null) {
            return null;
        }
        if (os.startsWith("windows")) {
            return "Windows/" + arch;
        }
        if (os.startsWith("mac")) {
            return "Mac/" + arch;
        }
        if (os.equals("linux") && !Files.exists(Path.of("/lib/ld-musl-" + arch + ".so.1"))) {
            return "Linux/" + arch;
        }
        return null;
    }

    private static void extract(String resource, Path library) throws IOException {
        Files.createDirectories(library.getParent());
        // what a program killed while unpacking left (a part as large as the library) goes first
        KilledWritersTemps.removeIn(library.getParent(), Pattern.quote(library.getFileName().toString()) + "\\.part");
        Path part = KilledWritersTemps.beside(library, ".part");
        try {
            try (InputStream in = NativeLibraryCache.class.getResourceAsStream(resource);
                    FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                if (in == null) {
                    throw new IOException(resource + " is not in the class path");
                }
                in.transferTo(java.nio.channels.Channels.newOutputStream(out));
                out.force(true);
            }
            try {
                Files.move(part, library, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another Parallax process moved its copy there first (or Windows holds it loaded): use that one.
                if (!Files.isRegularFile(library)) {
                    throw raced;
                }
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
