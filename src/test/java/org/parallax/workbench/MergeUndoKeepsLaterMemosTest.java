package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/**
 * A lead merges a second coder's project, and ann, in another window on the same project (or another member on the
 * team server), writes a memo on one of the merged passages; the lead's Ctrl+Z on the merge took every merged passage
 * out by its id, and ann's memo with it, without a word. The undo is refused naming the passage and who.
 */
class MergeUndoKeepsLaterMemosTest {
    @TempDir
    Path dir;

    @BothBackends
    void undoingAMergeAfterAnotherWindowWroteOnAMergedPassageIsRefusedAndKeepsTheMemo(Backend backend) {
        Path sample = dir.resolve("sample.parallax");
        SampleProject.build(TestProjects.SAMPLES, sample);
        String location;
        try (Workbench made = backend.create(dir.resolve("mine.parallax"), CodebookTemplates.named("table1"))) {
            made.documents().importFiles(ImportRequest.of(TestProjects.sampleTexts()), TaskProgress.NONE);
            location = made.location();
        }
        try (Workbench window = backend.open(location, "lee"); Workbench ann = backend.open(location, "ann")) {
            window.merging().mergeProject(sample);
            Segment merged = window.coding().segments().stream().filter(s -> s.memo() == null).findFirst().orElseThrow();
            ann.memos().set(MemoTarget.passage(merged.id()), "ann's reading of the merged passage");

            assertThatThrownBy(() -> window.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + merged.id() + " gained a memo by ann since the merge");
            assertThat(ann.memos().memo(MemoTarget.passage(merged.id()))).get()
                    .satisfies(m -> assertThat(m.text()).isEqualTo("ann's reading of the merged passage"));
        }
    }
}
