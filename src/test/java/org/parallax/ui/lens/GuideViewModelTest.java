package org.parallax.ui.lens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.Segment;
import org.parallax.ui.codebook.CodebookNode;
import org.parallax.ui.coding.TextRange;

/** The frame guide panel shows a template code's rules and anchors, and a frame's tenets, on the sample. */
class GuideViewModelTest {
    @TempDir
    static Path shared;
    static Path sample;

    @TempDir
    Path dir;
    private SampleWindow window;

    @BeforeAll
    static void buildSample() {
        sample = SampleWindow.build(shared);
    }

    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        window.close();
    }

    @BeforeEach
    void openSample() throws Exception {
        window = SampleWindow.open(sample, dir);
    }

    private CodebookNode node(String name) {
        return find(window.main.codebook().roots(), name);
    }

    private static CodebookNode find(List<CodebookNode> nodes, String name) {
        for (CodebookNode n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
            CodebookNode inside = find(n.children(), name);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static CodeDefinition templateCode(String name) {
        return CodebookTemplates.named("table1").frames().stream().flatMap(f -> f.codes().stream())
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void selectingATemplateCodeShowsItsDefinitionRulesAndAnchorExamples() {
        CodeDefinition template = templateCode("Balance of power");
        window.main.codebook().selectedProperty().set(node("Balance of power"));

        Guide guide = window.main.guide().guideProperty().get();
        assertThat(guide.heading()).isEqualTo("Balance of power");
        assertThat(guide.description()).isEqualTo(template.definition()).isNotBlank();
        assertThat(guide.inclusion()).isEqualTo(template.inclusion()).isNotBlank();
        assertThat(guide.exclusion()).isEqualTo(template.exclusion()).isNotBlank();
        long codeId = window.workbench().codebook().code("Balance of power").id();
        List<Segment> anchors = window.workbench().codebook().anchors(codeId);
        assertThat(anchors).isNotEmpty();
        assertThat(guide.anchors()).hasSize(anchors.size()).first().satisfies(row -> {
            Segment first = anchors.get(0);
            String text = window.workbench().documents().text(first.documentId());
            assertThat(row.documentId()).isEqualTo(first.documentId());
            assertThat(row.quote()).isEqualTo(text.substring(first.start(), first.end()).replaceAll("\\s+", " ")
                    .strip());
            assertThat(row.document()).isEqualTo(window.workbench().documents().require(first.documentId())
                    .meta().title());
            assertThat(row.date()).isNotNull();
        });
    }

    @Test
    void clickingAnAnchorOpensItsPassageInTheDocumentView() {
        window.main.codebook().selectedProperty().set(node("Balance of power"));
        AnchorRow anchor = window.main.guide().guideProperty().get().anchors().get(0);

        window.main.guide().open(anchor);

        assertThat(window.main.document().documentProperty().get().id()).isEqualTo(anchor.documentId());
        assertThat(window.main.document().revealProperty().get())
                .isEqualTo(new TextRange(anchor.start(), anchor.end()));
        assertThat(window.main.documents().selectedProperty().get().id()).isEqualTo(anchor.documentId());
    }

    @Test
    void selectingAFrameShowsItsTenets() {
        FrameDefinition realism = CodebookTemplates.named("table1").frames().stream()
                .filter(f -> f.name().equals("Realism")).findFirst().orElseThrow();
        window.main.codebook().selectedProperty().set(node("Realism"));

        Guide guide = window.main.guide().guideProperty().get();
        assertThat(guide.heading()).isEqualTo("Realism");
        assertThat(guide.description()).isEqualTo(realism.description()).isNotBlank();
        assertThat(guide.anchors()).isEmpty();

        window.main.codebook().selectedProperty().set(null);
        assertThat(window.main.guide().guideProperty().get()).isEqualTo(Guide.NONE);
    }
}
