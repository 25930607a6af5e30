package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.ui.UiFixture;

/**
 * A project another program holds the write lock of (a second Parallax window, a command such as an import in a
 * terminal) while opening it needs to write (an older project's upgrade): the window only refused it, in SQLite's
 * words ("[SQLITE_BUSY] The database file is locked"), and the researcher had nothing to read until that program
 * finished. The refusal now says so in words and offers to open the project read-only; the banner says why no change
 * can be made and how to write again, and once the other program is done the project opens for writing again.
 */
class ProjectWrittenElsewhereWindowTest {
    @TempDir
    Path dir;

    @Test
    void aProjectAnotherProgramIsWritingIsOfferedReadOnlyAndSaysHowToWriteAgain() throws Exception {
        Path project = Files.copy(Path.of("src/test/resources/older/sample-schema-3.parallax"),
                dir.resolve("older.parallax"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + project);
             UiFixture fixture = openWhileWritten(project, other)) {
            assertThat(fixture.dialogs.errors).isEmpty();
            assertThat(fixture.dialogs.confirmations).singleElement().asString()
                    .startsWith("older.parallax: another program is writing to this project")
                    .contains("cannot be opened for writing now").contains("Open it read-only?")
                    .doesNotContain("SQLITE");
            assertThat(fixture.workbench()).as("opened read-only").isNotNull();
            assertThat(fixture.workbench().documents().list()).hasSize(15);
            assertThat(fixture.main.backups().bannerProperty().get())
                    .startsWith("older.parallax is open read-only: another program")
                    .contains("no change can be made here")
                    .contains("open it again (File → Recent projects) once that program has finished");
            assertThatThrownBy(() -> fixture.workbench().memos().set(MemoTarget.project(), "a note"))
                    .isInstanceOf(ParallaxException.class).hasMessageContaining("is open read-only: another program");

            other.createStatement().execute("ROLLBACK");
            fixture.main.close();
            fixture.main.open(project);
            assertThat(fixture.workbench().readOnlyReason()).as("written again once the other is done").isEmpty();
        }
    }

    /** Opens {@code project} in the window while {@code other} holds its write lock, accepting the offer. */
    private UiFixture openWhileWritten(Path project, Connection other) throws Exception {
        other.createStatement().execute("BEGIN IMMEDIATE");
        other.createStatement().execute("UPDATE documents SET title = title WHERE id = 1");
        return UiFixture.open(project, dir);
    }
}
