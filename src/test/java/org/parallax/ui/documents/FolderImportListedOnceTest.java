package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.ui.UiFixture;

/**
 * A folder import in the window lists the folder once: the documents the question counted are the ones imported.
 * The folder was walked again after the question, so a folder of thousands of files on a network drive was read
 * twice, and a folder chosen through a link that meanwhile led elsewhere brought in documents nobody was asked about.
 * A file added to the folder while the question is open is imported too.
 */
class FolderImportListedOnceTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentsTheQuestionCountedAreImported() throws Exception {
        Path counted = notes(Files.createDirectory(dir.resolve("counted")), 201);
        Path other = notes(Files.createDirectory(dir.resolve("other")), 3);
        Path chosen = Files.createSymbolicLink(dir.resolve("chosen"), counted);
        try (UiFixture fixture = UiFixture.open(dir)) {
            int before = fixture.workbench().documents().list().size();
            fixture.dialogs.whileConfirming = () -> relink(chosen, other);

            fixture.main.importer().importFiles(List.of(chosen));

            assertThat(fixture.dialogs.confirmations).containsExactly(
                    "201 documents are in the folder chosen and its subfolders. Import them all?");
            List<String> sources = sources(fixture);
            assertThat(sources).hasSize(before + 201).anyMatch(s -> s.contains("counted"))
                    .noneMatch(s -> s.contains("other"));
        }
    }

    @Test
    void aFileAddedWhileTheQuestionIsOpenIsImportedToo() throws Exception {
        Path folder = notes(Files.createDirectory(dir.resolve("interviews")), 201);
        try (UiFixture fixture = UiFixture.open(dir)) {
            int before = fixture.workbench().documents().list().size();
            fixture.dialogs.whileConfirming = () -> write(folder.resolve("late.txt"), "A late interview in Riga.");

            fixture.main.importer().importFiles(List.of(folder));

            assertThat(sources(fixture)).hasSize(before + 202).anyMatch(s -> s.endsWith("late.txt"));
        }
    }

    private static List<String> sources(UiFixture fixture) {
        return fixture.workbench().documents().list().stream().map(Document::sourceFile).toList();
    }

    private static Path notes(Path folder, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(folder.getFileName() + "-" + i + ".txt"),
                    "Note " + i + " from " + folder.getFileName() + " about the summit.");
        }
        return folder;
    }

    private static void relink(Path link, Path target) {
        try {
            Files.delete(link);
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
