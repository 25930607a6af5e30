package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Segment;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.TestProjects;

/**
 * An undone or redone merge or assistant run says which passages it took out or put back (how many, in how many
 * documents, the first in document order), so the window can show where it happened.
 */
class UndoStepPassagesTest {
    @TempDir
    Path dir;

    @Test
    void anUndoneAndRedoneMergeNameItsPassagesAndTheFirstOfThem() {
        Path sample = dir.resolve("sample.parallax");
        SampleProject.build(TestProjects.SAMPLES, sample);
        try (Workbench wb = Workbench.create(dir.resolve("mine.parallax"), CodebookTemplates.named("table1"))) {
            wb.documents().importFiles(ImportRequest.of(TestProjects.sampleTexts()), TaskProgress.NONE);
            MergeReport report = wb.merging().mergeProject(sample);
            List<Segment> merged = List.copyOf(wb.coding().segments());

            PassagesChanged undone = wb.history().undoStep().orElseThrow().passages().orElseThrow();
            assertThat(undone).isEqualTo(new PassagesChanged(0, report.passagesAdded(), documents(merged),
                    first(merged), 0));
            assertThat(undone.sentence()).isEqualTo(report.passagesAdded() + " passages taken out of "
                    + documents(merged) + " documents");
            PassagesChanged redone = wb.history().redoStep().orElseThrow().passages().orElseThrow();
            assertThat(redone).isEqualTo(new PassagesChanged(report.passagesAdded(), 0, documents(merged),
                    first(merged), 0));
        }
    }

    @Test
    void anUndoneAssistantRunThatReplacedTheLastOneCountsBothLayers() {
        AssistantSettings settings = AssistantSettings.defaults().withCoder(AssistantFixture.CODER);
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 2))) {
            wb.assistant().run(settings, List.of(AssistantFixture.POWER), null);
            List<Segment> firstLayer = layer(wb);
            PassagesChanged undone = wb.history().undoStep().orElseThrow().passages().orElseThrow();
            assertThat(undone).isEqualTo(new PassagesChanged(0, firstLayer.size(), documents(firstLayer),
                    first(firstLayer), 0));
            wb.history().redo();

            wb.assistant().run(settings, null, null);
            List<Segment> secondLayer = layer(wb);
            undone = wb.history().undoStep().orElseThrow().passages().orElseThrow();
            assertThat(undone.added()).as("the first run's layer, back").isEqualTo(firstLayer.size());
            assertThat(undone.removed()).as("the second run's, taken out").isEqualTo(secondLayer.size());
            assertThat(undone.first()).as("a passage back in the project").isEqualTo(first(firstLayer));
            assertThat(undone.sentence()).isEqualTo(firstLayer.size() + " passages back and " + secondLayer.size()
                    + " taken out, in " + documents(List.of(firstLayer, secondLayer).stream().flatMap(List::stream)
                    .toList()) + " documents");
        }
    }

    private static List<Segment> layer(Workbench wb) {
        long assistant = wb.coders().stream().filter(c -> c.name().equals(AssistantSettings.CODER)).findFirst()
                .orElseThrow().id();
        return wb.coding().segments().stream().filter(s -> s.coderId() == assistant).toList();
    }

    private static int documents(List<Segment> passages) {
        Set<Long> ids = passages.stream().map(Segment::documentId).collect(Collectors.toSet());
        return ids.size();
    }

    private static Segment first(List<Segment> passages) {
        return passages.stream().min(Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start))
                .orElseThrow();
    }
}
