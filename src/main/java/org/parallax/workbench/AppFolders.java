package org.parallax.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Parallax keeps its own files on this machine, where each OS expects them: settings in the XDG
 * config folder on Linux ({@code $XDG_CONFIG_HOME/parallax}, else {@code ~/.config/parallax}),
 * {@code %APPDATA%\Parallax} on Windows and {@code ~/Library/Application Support/Parallax} on macOS; the log
 * in the XDG state folder on Linux ({@code $XDG_STATE_HOME/parallax}, else {@code ~/.local/state/parallax}),
 * {@code %LOCALAPPDATA%\Parallax\logs} on Windows and {@code ~/Library/Logs/Parallax} on macOS.
 */
public record AppFolders(Path settingsFolder, Path logFolder) {
    /** Where versions before this one kept settings and the log; read once to carry settings over. */
    public static final String LEGACY_FOLDER = ".parallax";

    public static AppFolders forThisMachine() {
        return of(System.getProperty("os.name", ""), System.getenv(), home());
    }

    /**
     * The user's home folder: on Linux and other Unix systems the one {@code HOME} names, as for every other program
     * there (Java's {@code user.home} comes from the system's user database, which a HOME set elsewhere does not
     * change), unless Java was given {@code -Duser.home}; elsewhere {@code user.home}.
     */
    public static Path home() {
        return home(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                JavaArguments.ALL);
    }

    /**
     * The options Java was started with, on its command line and in {@code JAVA_TOOL_OPTIONS} and
     * {@code JDK_JAVA_OPTIONS}: read once, as they cannot change while the program runs.
     */
    private static final class JavaArguments {
        static final List<String> ALL = all();

        private static List<String> all() {
            List<String> arguments = new ArrayList<>(commandLine());
            for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
                String options = System.getenv(variable);
                if (options != null) {
                    arguments.addAll(List.of(options.split("\\s+")));
                }
            }
            return List.copyOf(arguments);
        }

        /**
         * The arguments Java was started with: read from {@code /proc} on Linux, since {@link ProcessHandle.Info}
         * gives none for a long command line (a class path of many jars); elsewhere as {@link ProcessHandle.Info}
         * gives them.
         */
        private static List<String> commandLine() {
            try {
                return List.of(new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8)
                        .split("\0"));
            } catch (IOException | RuntimeException e) {
                return ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
            }
        }
    }

    /** The home folder for an OS name, environment, Java's {@code user.home} and the JVM's arguments. */
    static Path home(String osName, Map<String, String> environment, String userHome, List<String> jvmArguments) {
        String os = osName.toLowerCase(Locale.ROOT);
        String home = environment.get("HOME");
        if (os.startsWith("windows") || os.startsWith("mac") || home == null
                || jvmArguments.stream().anyMatch(a -> a.startsWith("-Duser.home="))) {
            return Path.of(userHome);
        }
        try {
            Path path = Path.of(home);
            return path.isAbsolute() ? path : Path.of(userHome);
        } catch (java.nio.file.InvalidPathException e) {
            // A name this locale cannot encode (a Cyrillic HOME without a UTF-8 locale): Java's own reading of it.
            return Path.of(userHome);
        }
    }

    /** The folders for an OS name (as {@code os.name} gives it), environment and home folder. */
    public static AppFolders of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = folder(environment, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = folder(environment, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppFolders(roaming.resolve("Parallax"), local.resolve("Parallax").resolve("logs"));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            return new AppFolders(library.resolve("Application Support").resolve("Parallax"),
                    library.resolve("Logs").resolve("Parallax"));
        }
        Path config = folder(environment, "XDG_CONFIG_HOME", home.resolve(".config"));
        Path state = folder(environment, "XDG_STATE_HOME", home.resolve(".local").resolve("state"));
        return new AppFolders(config.resolve("parallax"), state.resolve("parallax"));
    }

    /** An environment variable's folder; the XDG rules say to ignore one that is unset, empty or relative. */
    private static Path folder(Map<String, String> environment, String variable, Path fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }

    /**
     * Where derived data that can be rebuilt lives (a team project's search index): {@code $XDG_CACHE_HOME/parallax}
     * or {@code ~/.cache/parallax} on Linux, {@code %LOCALAPPDATA%\\Parallax\\cache} on Windows,
     * {@code ~/Library/Caches/Parallax} on macOS.
     */
    public static Path cacheFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = home();
        Map<String, String> environment = System.getenv();
        if (os.startsWith("windows")) {
            return folder(environment, "LOCALAPPDATA", home.resolve("AppData").resolve("Local")).resolve("Parallax")
                    .resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Parallax");
        }
        return folder(environment, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("parallax");
    }

    public Path settingsFile() {
        return settingsFolder.resolve("settings.json");
    }

    public Path logFile() {
        return logFolder.resolve("parallax.log");
    }
}
