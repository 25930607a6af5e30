package org.parallax.ui.lens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Segment;
import org.parallax.ui.coding.FrameLens;
import org.parallax.ui.coding.HighlightRun;
import org.parallax.ui.coding.OpenDocument;

/** The lens choice and the split lens view on the sample project. */
class LensViewModelTest {
    @TempDir
    static Path shared;
    static Path sample;

    @TempDir
    Path dir;
    private SampleWindow window;
    private Codebook book;
    private Frame realism;
    private Frame constructivism;
    private long documentId;
    private List<Segment> passages;

    @BeforeAll
    static void buildSample() {
        sample = SampleWindow.build(shared);
    }

    /** Opens the sample document with the most passages: it has passages of both frames and of scenarios. */
    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        window.close();
    }

    @BeforeEach
    void openBusiestDocument() throws Exception {
        window = SampleWindow.open(sample, dir);
        book = window.workbench().codebook().current();
        realism = book.frames().stream().filter(f -> f.name().equals("Realism")).findFirst().orElseThrow();
        constructivism = book.frames().stream().filter(f -> f.name().equals("Constructivism")).findFirst()
                .orElseThrow();
        Map<Long, List<Segment>> byDocument = window.workbench().coding().segments().stream()
                .collect(Collectors.groupingBy(Segment::documentId));
        documentId = byDocument.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow().getKey();
        passages = byDocument.get(documentId);
        window.main.documents().select(documentId);
    }

    private List<Long> idsOfFrame(Frame frame) {
        Map<Long, Code> codes = book.codesById();
        return passages.stream().filter(s -> Objects.equals(frame.id(), codes.get(s.codeId()).frameId()))
                .map(Segment::id).sorted().toList();
    }

    private static List<Long> shownIds(OpenDocument open) {
        return open.passages().stream().map(Segment::id).sorted().toList();
    }

    @Test
    void frameLensShowsExactlyThePassagesOfThatFrame() {
        LensViewModel lens = window.main.lens();
        assertThat(lens.choices()).extracting(FrameLens::name)
                .containsExactly("All frames", "Realism", "Constructivism");
        assertThat(idsOfFrame(realism)).isNotEmpty();
        assertThat(idsOfFrame(constructivism)).isNotEmpty();

        lens.lensProperty().set(FrameLens.of(realism));
        OpenDocument open = window.main.document().documentProperty().get();
        assertThat(shownIds(open)).isEqualTo(idsOfFrame(realism));
        Map<Long, Code> codes = book.codesById();
        assertThat(open.runs()).filteredOn(HighlightRun::isCoded).isNotEmpty()
                .allSatisfy(run -> assertThat(run.codeIds())
                        .allSatisfy(id -> assertThat(codes.get(id).frameId()).isEqualTo(realism.id())));

        lens.lensProperty().set(FrameLens.of(constructivism));
        assertThat(shownIds(window.main.document().documentProperty().get())).isEqualTo(idsOfFrame(constructivism));
    }

    @Test
    void allFramesShowsEveryPassageIncludingScenarioCodesWhichAFrameLensHides() {
        Map<Long, Code> codes = book.codesById();
        List<Long> scenarioPassages = passages.stream().filter(s -> codes.get(s.codeId()).isScenarioCode())
                .map(Segment::id).toList();
        assertThat(scenarioPassages).isNotEmpty();
        window.main.lens().lensProperty().set(FrameLens.of(realism));
        assertThat(shownIds(window.main.document().documentProperty().get())).doesNotContainAnyElementsOf(
                scenarioPassages);

        window.main.lens().lensProperty().set(FrameLens.ALL);
        assertThat(shownIds(window.main.document().documentProperty().get()))
                .isEqualTo(passages.stream().map(Segment::id).sorted().toList());
    }

    @Test
    void countsNameEachFrameWithItsPassagesInTheDocument() {
        assertThat(window.main.lens().counts()).containsExactly(
                new FrameCount("Realism", idsOfFrame(realism).size()),
                new FrameCount("Constructivism", idsOfFrame(constructivism).size()));
        assertThat(window.main.lens().countsText()).isEqualTo("Realism " + idsOfFrame(realism).size()
                + " · Constructivism " + idsOfFrame(constructivism).size());
    }

    @Test
    void withNoDocumentOpenTheCountsAreBlankNotZeros() {
        assertThat(window.main.lens().countsText()).isNotBlank();

        window.main.document().clear();
        window.main.lens().refresh();

        assertThat(window.main.lens().counts()).isEmpty();
        assertThat(window.main.lens().countsText()).isEmpty();
        window.main.document().show(documentId);
        assertThat(window.main.lens().counts()).containsExactly(
                new FrameCount("Realism", idsOfFrame(realism).size()),
                new FrameCount("Constructivism", idsOfFrame(constructivism).size()));
    }

    @Test
    void splitViewShowsOneFrameEachSideAndMarksPassagesCodedUnderBoth() {
        SplitLensViewModel split = window.main.splitLens();
        split.shownProperty().set(true);

        LensSide left = split.leftProperty().get();
        LensSide right = split.rightProperty().get();
        assertThat(left.lens()).isEqualTo(FrameLens.of(realism));
        assertThat(right.lens()).isEqualTo(FrameLens.of(constructivism));
        assertThat(left.passages().stream().map(Segment::id).sorted().toList()).isEqualTo(idsOfFrame(realism));
        assertThat(right.passages().stream().map(Segment::id).sorted().toList())
                .isEqualTo(idsOfFrame(constructivism));
        for (Segment a : left.passages()) {
            boolean both = right.passages().stream().anyMatch(b -> a.overlaps(b.start(), b.end()));
            assertThat(left.isShared(a.id())).as("passage %d", a.id()).isEqualTo(both);
        }
        for (int i = 0; i < left.runs().size(); i++) {
            boolean shared = left.runs().get(i).segmentIds().stream().anyMatch(left::isShared);
            assertThat(left.styles().get(i).contains("-rtfx-border-stroke-color")).isEqualTo(shared);
        }
    }

    @Test
    void splitViewMarksOverlapsOfFramesInAHandMadeDocument() {
        SplitLensViewModel split = window.main.splitLens();
        long balance = book.codeNamed("Balance of power").orElseThrow().id();
        long norms = book.codes().stream().filter(c -> Objects.equals(constructivism.id(), c.frameId())).findFirst()
                .orElseThrow().id();
        window.workbench().coding().code(documentId, 0, 10, balance, null);
        window.workbench().coding().code(documentId, 5, 20, norms, null);
        window.main.documents().select(documentId);
        split.shownProperty().set(true);

        assertThat(split.leftProperty().get().styles().get(0)).contains("-rtfx-border-stroke-color");
        assertThat(split.rightProperty().get().passages()).anySatisfy(s -> {
            assertThat(s.start()).isEqualTo(5);
            assertThat(split.rightProperty().get().isShared(s.id())).isTrue();
        });
    }
}
