package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Coder;
import org.parallax.ui.UiFixture;

/**
 * Edit → Blind coding and Switch coder are writes: where the project refuses them (here a read-only file) the
 * researcher is told, and the switch shows the setting the project kept, not the one asked for.
 */
class CoderViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyProjectRefusesBlindCodingAndANewCoderInWords() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            Files.setPosixFilePermissions(fixture.project, PosixFilePermissions.fromString("r--r--r--"));
            try {
                fixture.main.open(fixture.project);
                CoderViewModel coder = fixture.main.coder();
                assertThat(coder.blindProperty().get()).isFalse();

                coder.blindProperty().set(true);

                assertThat(fixture.dialogs.errors).singleElement().asString()
                        .contains("test.parallax is open read-only");
                assertThat(coder.blindProperty().get()).as("the switch shows what the project kept").isFalse();
                assertThat(fixture.workbench().blindMode()).isFalse();

                fixture.dialogs.textAnswers.add("bea");
                coder.switchCoder();

                assertThat(fixture.dialogs.errors).hasSize(2).last().asString()
                        .contains("test.parallax is open read-only");
                assertThat(fixture.workbench().coders()).extracting(Coder::name).doesNotContain("bea");
            } finally {
                fixture.main.close();
                Files.setPosixFilePermissions(fixture.project, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
    }

    /**
     * The window's new-coder path (Switch coder…, the strip asking who codes) refuses a name that reads as a coder's
     * pseudonym while coders are pseudonymised, in words, and codes on as before: it was taken as a new real coder,
     * whom files then named like the coder the project numbered so.
     */
    @Test
    void aNewCoderNamedLikeAPseudonymIsRefusedInWordsWhileCodersArePseudonymised() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.workbench().pseudonymiseCoders(true);
            CoderViewModel coder = fixture.main.coder();
            String active = fixture.workbench().activeCoder().name();

            fixture.dialogs.textAnswers.add("coder 3");
            coder.switchCoder();
            coder.codeAs("CODER 4");

            assertThat(fixture.dialogs.errors).hasSize(2);
            assertThat(fixture.dialogs.errors.get(0)).asString().contains("'coder 3'").contains("pseudonymised");
            assertThat(fixture.dialogs.errors.get(1)).asString().contains("'CODER 4'").contains("pseudonymised");
            assertThat(fixture.workbench().coders()).extracting(Coder::name).doesNotContain("coder 3", "CODER 4");
            assertThat(fixture.workbench().activeCoder().name()).isEqualTo(active);
        }
    }

    /** Edit → Rename coder… renames the coder chosen as one step of the undo history, which undo and redo take. */
    @Test
    void aCoderRenamedInTheWindowIsOneStepOfUndo() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.workbench().setActiveCoder("coder7");
            CoderViewModel coder = fixture.main.coder();
            fixture.dialogs.choiceAnswer = "coder7";
            fixture.dialogs.textAnswers.add("Ana Lima");

            coder.renameCoder();

            assertThat(fixture.dialogs.errors).isEmpty();
            assertThat(fixture.workbench().coders()).extracting(Coder::name).contains("Ana Lima")
                    .doesNotContain("coder7");
            assertThat(fixture.workbench().activeCoder().name()).isEqualTo("Ana Lima");
            fixture.main.undo().undo();
            assertThat(fixture.workbench().coders()).extracting(Coder::name).contains("coder7")
                    .doesNotContain("Ana Lima");
            assertThat(fixture.workbench().activeCoder().name()).isEqualTo("coder7");
            fixture.main.undo().redo();
            assertThat(fixture.workbench().coders()).extracting(Coder::name).contains("Ana Lima")
                    .doesNotContain("coder7");
        }
    }
}
