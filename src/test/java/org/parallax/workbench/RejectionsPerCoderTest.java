package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/**
 * A suggestion one coder rejected was hidden from every coder (the rejections named no coder): a second coder, who is
 * to code blind to the first, was steered by the first coder's judgement. Each coder's rejections are now their own:
 * the other coder is still offered the suggestion, and the one who rejected it is not, in a project file and on a team
 * server alike.
 */
class RejectionsPerCoderTest {
    private static final AssistantSettings SETTINGS = AssistantSettings.defaults().withCoder(AssistantFixture.CODER);

    @TempDir
    Path dir;

    @BothBackends
    void aSuggestionOneCoderRejectedIsStillOfferedToAnother(Backend backend) {
        Workbench wb = backend.from(AssistantFixture.create(dir, 6, 0));
        try {
            long probe = TestProjects.importOne(wb, TestProjects.textFile(dir, "probe.txt",
                    AssistantFixture.englishProbe()));
            wb = backend.codingAs(wb, "ana");
            List<Suggestion> offered = wb.assistant().suggestForReading(probe, SETTINGS);
            assertThat(offered).hasSize(2);
            wb.assistant().reject(offered.get(1));
            assertThat(wb.assistant().suggestForReading(probe, SETTINGS)).containsExactly(offered.get(0));

            wb = backend.codingAs(wb, "bea");
            assertThat(wb.assistant().suggestForReading(probe, SETTINGS)).as("ana's rejection is not bea's")
                    .containsExactlyElementsOf(offered);

            wb = backend.codingAs(wb, "ana");
            assertThat(wb.assistant().suggestForReading(probe, SETTINGS)).containsExactly(offered.get(0));
        } finally {
            wb.close();
        }
    }
}
