package org.parallax.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.CoOccurrence;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.ui.exchange.ExchangeViewModel;
import org.parallax.workbench.Workbench;

/**
 * On the sample, the Codes tab's co-occurrence list, counted by overlapping passages, was empty with nothing said:
 * the sample's overlaps are all two coders' readings of the same words, which are no pair. The empty list now says
 * why and offers the count by paragraph, which lists the sample's pairs.
 */
class EmptyCooccurrenceSaysWhyTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyListByOverlapSaysWhyAndCountsByParagraphOnRequest() {
        ProjectContext context = new ProjectContext(new SynchronousTasks(), new RecordingDialogs());
        CodesViewModel codes = new CodesViewModel(context, new ExchangeViewModel(context)::exportCounts);
        context.setWorkbench(Workbench.open(TestProjects.sampleCopy(dir)));
        try {
            assertThat(codes.modeProperty().get()).isEqualTo(CoOccurrence.Mode.OVERLAP);
            assertThat(codes.pairs()).isEmpty();
            assertThat(codes.noPairsProperty().get()).isEqualTo("No passage of one coder overlaps another of theirs "
                    + "(two coders' passages over the same words are two readings, not a pair). Count the codes found "
                    + "in the same paragraph instead?");
            assertThat(codes.paragraphOfferedProperty().get()).isTrue();

            codes.countByParagraph();

            assertThat(codes.modeProperty().get()).isEqualTo(CoOccurrence.Mode.PARAGRAPH);
            assertThat(codes.pairs()).isNotEmpty();
            assertThat(codes.paragraphOfferedProperty().get()).isFalse();
        } finally {
            context.workbench().close();
        }
    }
}
