package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.ui.UiFixture;

/**
 * A project moved away in the file manager while open turns read-only, and its banner said to "save a copy of what
 * is still open (Save a copy… in the window)", where the window offered no such button: only a project in a
 * read-only place had it. The banner offers Save a copy… for a project moved or deleted while open too, and the copy
 * holds what was saved.
 */
class ProjectMovedBannerTest {
    @TempDir
    Path dir;

    @Test
    void aProjectMovedWhileOpenOffersTheCopyItsBannerSpeaksOf() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            int documents = fixture.workbench().documents().list().size();
            fixture.workbench().memos().set(MemoTarget.project(), "saved before the move");
            Path moved = Files.createDirectories(dir.resolve("stick")).resolve(fixture.project.getFileName());
            Files.move(fixture.project, moved);

            fixture.main.context().write(wb -> wb.memos().set(MemoTarget.project(), "typed after the move"));

            assertThat(fixture.dialogs.errors).singleElement().asString().contains("Save a copy…");
            assertThat(fixture.main.backups().bannerProperty().get()).contains("is no longer in");
            assertThat(fixture.main.backups().copyOfferedProperty().get()).as("the button the banner names").isTrue();

            Path copy = dir.resolve("kept.parallax");
            fixture.dialogs.pathAnswers.add(copy);
            fixture.main.backups().saveCopy();

            assertThat(fixture.dialogs.errors).hasSize(1);
            assertThat(fixture.workbench().file().toAbsolutePath()).isEqualTo(copy.toAbsolutePath());
            assertThat(fixture.workbench().documents().list()).hasSize(documents);
            assertThat(fixture.workbench().memos().memo(MemoTarget.project()).orElseThrow().text())
                    .isEqualTo("saved before the move");
        }
    }
}
