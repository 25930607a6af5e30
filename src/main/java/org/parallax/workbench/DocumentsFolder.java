package org.parallax.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's documents folder, where copies of the sample go. On Linux desktops its name is localised
 * (~/Документы for a Russian session) and recorded in ~/.config/user-dirs.dirs; elsewhere it is ~/Documents.
 * Falls back to the home folder when neither exists.
 */
public final class DocumentsFolder {
    private static final Pattern XDG_DOCUMENTS = Pattern.compile("^XDG_DOCUMENTS_DIR=\"(.*)\"\\s*$");

    private DocumentsFolder() {
    }

    /** The documents folder of the user running Parallax. */
    public static Path ofCurrentUser() {
        return find(AppFolders.home(), System.getenv());
    }

    static Path find(Path home, Map<String, String> environment) {
        String configHome = environment.get("XDG_CONFIG_HOME");
        Path userDirs = (configHome == null || configHome.isBlank() ? home.resolve(".config") : Path.of(configHome))
                .resolve("user-dirs.dirs");
        Optional<Path> xdg = xdgDocuments(userDirs, home);
        if (xdg.isPresent()) {
            return xdg.get();
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** XDG_DOCUMENTS_DIR="$HOME/Документы"; a value that is just $HOME means "no documents folder". */
    private static Optional<Path> xdgDocuments(Path userDirs, Path home) {
        if (!Files.isRegularFile(userDirs)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(userDirs, StandardCharsets.UTF_8)) {
                Matcher m = XDG_DOCUMENTS.matcher(line.strip());
                if (m.matches()) {
                    String value = m.group(1);
                    Path folder = value.startsWith("$HOME") ? Path.of(home + value.substring("$HOME".length()))
                            : Path.of(value);
                    return folder.normalize().equals(home.normalize()) || !folder.isAbsolute() ? Optional.empty()
                            : Optional.of(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(DocumentsFolder.class.getName()).log(System.Logger.Level.WARNING,
                    "Ignoring unreadable " + userDirs, e);
        }
        return Optional.empty();
    }
}
