package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/getting-started.md named `Documents/Parallax` as the sample's folder on every system, where a Russian Linux
 * session keeps it in ~/Документы and a home without Documents in the home folder itself. The guide names the folder
 * as the program finds it, and each case it names is the one the program takes.
 */
class SampleFolderDocumentedTest {
    @TempDir
    Path home;

    @Test
    void theGuideNamesTheFolderThatTheProgramFindsOnEachSystem() throws Exception {
        String guide = Files.readString(Path.of("docs/getting-started.md"));
        assertThat(guide).contains("| Linux |", "| Windows |", "| macOS |", "`XDG_DOCUMENTS_DIR`",
                "`~/Документы/Parallax/nato-russia.parallax`", "`~/Parallax/…`", "`%USERPROFILE%\\Parallax\\…`",
                "`~/Documents/Parallax/nato-russia.parallax`", "`Documents/Parallax projects/nato-russia.parallax`");

        // No Documents folder: the home folder itself.
        assertThat(DocumentsFolder.find(home, Map.of())).isEqualTo(home);
        assertThat(BundledSample.copyLocation(DocumentsFolder.find(home, Map.of()), Optional.empty()))
                .isEqualTo(home.resolve("Parallax").resolve("nato-russia.parallax"));
        // A Documents folder: in it.
        Files.createDirectories(home.resolve("Documents"));
        assertThat(DocumentsFolder.find(home, Map.of())).isEqualTo(home.resolve("Documents"));
        // The desktop's own name for it, as user-dirs.dirs records it.
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config").resolve("user-dirs.dirs"),
                "XDG_DOCUMENTS_DIR=\"$HOME/Документы\"\n");
        assertThat(BundledSample.copyLocation(DocumentsFolder.find(home, Map.of()), Optional.empty()))
                .isEqualTo(home.resolve("Документы").resolve("Parallax").resolve("nato-russia.parallax"));
        // The program unpacked into DOCUMENTS/Parallax: its projects beside it.
        Path documents = home.resolve("Documents");
        Path shipped = documents.resolve("Parallax").resolve("samples").resolve("nato-russia.parallax");
        assertThat(BundledSample.copyLocation(documents, Optional.of(shipped)))
                .isEqualTo(documents.resolve("Parallax projects").resolve("nato-russia.parallax"));
    }
}
