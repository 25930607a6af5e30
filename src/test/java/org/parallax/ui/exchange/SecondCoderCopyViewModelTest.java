package org.parallax.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.UiFixture;

/**
 * File → Copy for a second coder…: the box says what the copy holds and what was left out; the copy, opened in the
 * window, codes under no one's name but the one the second coder gives, and File → Merge… brings their passages back
 * as their layer, once.
 */
class SecondCoderCopyViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theCopyAsksTheSecondCoderTheirNameAndMergesBackAsTheirLayer() {
        Path project = TestProjects.sampleCopy(dir);
        Path copy = dir.resolve("for-maria.parallax");
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            assertThat(fixture.dialogs.textPrompts).as("a project of one's own opens without a question").isEmpty();
            int passages = fixture.workbench().coding().segments().size();

            fixture.main.exchange().copyForASecondCoder(copy);

            assertThat(fixture.dialogs.informations).singleElement().asString()
                    .startsWith("Wrote for-maria.parallax for a second coder: 15 documents with their details")
                    .contains("\nLeft out: " + passages + " passages and ")
                    .contains("File → Merge another coder's project… then adds their passages as their own layer")
                    .contains("the strip beside the window's menu asks it")
                    .doesNotContain("parallax merge");

            fixture.main.open(copy);
            assertThat(fixture.workbench().coders()).extracting(c -> c.name())
                    .doesNotContain("analyst", "second-coder");
            assertThat(fixture.main.coder().secondCoderCopyOfProperty().get()).as("the strip asks whose name")
                    .isEqualTo(project.getFileName().toString());
            fixture.main.coder().codeAs("  Maria ");
            assertThat(fixture.main.coder().secondCoderCopyOfProperty().get()).isEmpty();
            assertThat(fixture.main.coder().notChosenHereProperty().get()).isEmpty();
            assertThat(fixture.dialogs.textPrompts).isEmpty();
            assertThat(fixture.workbench().activeCoder().name()).isEqualTo("Maria");
            assertThat(fixture.workbench().coding().segments()).isEmpty();
            long doc = fixture.workbench().documents().list().get(0).id();
            fixture.workbench().coding().code(doc, 0, 20, fixture.workbench().codebook().code("Balance of power").id(),
                    null);

            fixture.main.open(project);
            fixture.main.exchange().merge(copy);

            assertThat(fixture.dialogs.informations.get(1)).startsWith("1 passage added (0 already present) for Maria");
            assertThat(fixture.workbench().coding().segments()).hasSize(passages + 1);
        }
    }

    /** One `parallax code` run on the copy said the name on the command line; the window's strip still asks. */
    @Test
    void aCodingCommandRunOnTheCopyLeavesTheStripAsking() {
        Path project = TestProjects.sampleCopy(dir);
        Path copy = TestProjects.secondCodersCopy(project);
        Cli coded = Cli.parallax("code", copy, "--doc", "3", "--start", "0", "--end", "44", "--code",
                "Balance of power");
        assertThat(coded.err()).contains("this is a second coder's copy");

        try (UiFixture fixture = UiFixture.open(copy, dir)) {
            assertThat(fixture.main.coder().secondCoderCopyOfProperty().get()).as("the strip asks whose name")
                    .isEqualTo(project.getFileName().toString());
        }
    }
}
