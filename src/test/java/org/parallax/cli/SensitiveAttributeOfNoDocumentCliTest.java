package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * `sensitive P speakr` (a typo of speaker) marked an attribute no document has without a word: every pseudonymised
 * export was then refused, which the researcher learnt only at the export. The command warns at once, naming the
 * documents' attributes and how to take the mark off; the attribute stays marked (it may be meant for documents
 * still to come).
 */
class SensitiveAttributeOfNoDocumentCliTest {
    @TempDir
    Path dir;

    @Test
    void markingAnAttributeNoDocumentHasWarnsNamingTheDocumentsAttributes() {
        Path project = TestProjects.sampleCopy(dir);

        Cli typo = Cli.ok("sensitive", project, "speakr");

        assertThat(typo.out().lines().toList()).contains("speakr");
        assertThat(typo.err().lines().filter(line -> line.contains("speakr")).toList()).singleElement()
                .asString().startsWith("warning: no document has the attribute 'speakr' (the documents' attributes: ")
                .contains("speaker").endsWith(": pseudonymised exports are refused while it is marked sensitive; "
                        + "take it off with parallax sensitive " + project + " --unmark 'speakr' if it was meant "
                        + "for another");
        assertThat(Cli.ok("sensitive", project).err()).as("listing the marks warns again").contains("'speakr'");
        assertThat(Cli.ok("sensitive", project, "--unmark", "speakr").err()).doesNotContain("speakr");
    }

    @Test
    void markingAnAttributeTheDocumentsHaveSaysNothing() {
        Path project = TestProjects.sampleCopy(dir);
        assertThat(Cli.ok("sensitive", project, "speaker").err()).doesNotContain("no document has");
    }
}
