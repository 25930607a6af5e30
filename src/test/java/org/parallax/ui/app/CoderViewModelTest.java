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
}
