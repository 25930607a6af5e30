package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.io.HandoutHtml;
import org.parallax.model.Code;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.AnchorExample;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;

class FrameGuideTest {
    @TempDir
    static Path shared;
    static Path sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildSample() {
        sample = shared.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), sample);
    }

    private Workbench copyOfSample() throws Exception {
        Path copy = dir.resolve("copy.parallax");
        java.nio.file.Files.copy(sample, copy);
        return Workbench.open(copy);
    }

    @Test
    void sampleHandoutHasEveryTemplateCodeWithItsDefinitionAndAnAnchorExample() throws Exception {
        String html;
        try (Workbench wb = Workbench.open(sample)) {
            html = HandoutHtml.toHtml(wb.codebook().definition());
        }
        var page = Jsoup.parse(html);
        List<CodeDefinition> templateCodes = CodebookTemplates.named("table1").frames().stream()
                .flatMap(f -> f.codes().stream()).toList();
        assertThat(templateCodes).hasSize(8);
        for (CodeDefinition code : templateCodes) {
            Element section = page.select("section.code").stream()
                    .filter(s -> s.selectFirst("h3").text().equals(code.name())).findFirst().orElseThrow();
            assertThat(section.selectFirst("dt:containsOwn(Definition) + dd").text()).as(code.name())
                    .isEqualTo(code.definition()).isNotBlank();
            assertThat(section.select("blockquote.anchor")).as(code.name()).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.selectFirst("cite").text()).matches("— .+, \\d{4}-\\d{2}-\\d{2}"));
        }
    }

    @Test
    void sampleAnchorsAreTheAnalystsFirstPassageOfEachCode() throws Exception {
        try (Workbench wb = Workbench.open(sample)) {
            Code balance = wb.codebook().code("Balance of power");
            List<Segment> anchors = wb.codebook().anchors(balance.id());
            long analyst = wb.coders().stream().filter(c -> c.name().equals("analyst")).findFirst().orElseThrow().id();
            assertThat(anchors).singleElement().satisfies(s -> {
                assertThat(s.coderId()).isEqualTo(analyst);
                assertThat(wb.documents().text(s.documentId()).substring(s.start(), s.end()))
                        .startsWith("The Parties agree that an armed attack against one or more of them");
            });
            AnchorExample example = anchorsOf(wb.codebook().definition(), "Balance of power").get(0);
            Document treaty = wb.documents().require(anchors.get(0).documentId());
            assertThat(example.document()).isEqualTo(treaty.title()).isEqualTo("North Atlantic Treaty");
            assertThat(example.date()).hasToString("1949-04-04");
        }
    }

    @Test
    void anchorMustBeAPassageOfItsCodeAndCanBeRemoved() throws Exception {
        try (Workbench wb = copyOfSample()) {
            Code balance = wb.codebook().code("Balance of power");
            Code norms = wb.codebook().code("Convergence of norms");
            Segment normsPassage = wb.coding().segmentsOfCode(norms.id()).get(0);

            assertThatThrownBy(() -> wb.codebook().addAnchor(balance.id(), normsPassage.id()))
                    .isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + normsPassage.id()).hasMessageContaining("Balance of power");
            assertThatThrownBy(() -> wb.codebook().addAnchor(balance.id(), 999_999))
                    .hasMessageContaining("No coded passage with id 999999");

            Segment second = wb.coding().segmentsOfCode(balance.id()).get(1);
            wb.codebook().addAnchor(balance.id(), second.id());
            assertThat(wb.codebook().anchors(balance.id())).hasSize(2).contains(second);
            wb.codebook().removeAnchor(balance.id(), second.id());
            assertThat(wb.codebook().anchors(balance.id())).hasSize(1).doesNotContain(second);
        }
    }

    @Test
    void installingACodebookLinksItsAnchorExamplesToPassagesWithTheSameQuote() throws Exception {
        try (Workbench wb = copyOfSample()) {
            CodebookDefinition exported = wb.codebook().definition();
            Code threat = wb.codebook().code("Perception of threatening behavior");
            Segment anchor = wb.codebook().anchors(threat.id()).get(0);
            wb.codebook().removeAnchor(threat.id(), anchor.id());
            assertThat(wb.codebook().anchors(threat.id())).isEmpty();

            wb.codebook().install(exported);

            assertThat(wb.codebook().anchors(threat.id())).containsExactly(anchor);
            assertThat(wb.codebook().definition()).isEqualTo(exported);
        }
    }

    @Test
    void editingRulesIsUndoableAndAnEmptyRuleClearsIt() throws Exception {
        try (Workbench wb = Workbench.create(dir.resolve("rules.parallax"), null)) {
            long frame = wb.codebook().addFrame("Realism", "Power first.", "#1f4e99").id();
            Code code = wb.codebook().addCode("Balance of power", frame, null, "#1f77b4", "Weighs power.");

            wb.codebook().updateCode(code.withRules("Sides weigh strength.", "Mere threat talk."));
            assertThat(wb.codebook().code("Balance of power").inclusion()).isEqualTo("Sides weigh strength.");

            wb.history().undo();
            assertThat(wb.codebook().code("Balance of power").inclusion()).isNull();
            assertThat(wb.codebook().code("Balance of power").exclusion()).isNull();

            wb.history().redo();
            wb.codebook().updateCode(wb.codebook().code("Balance of power").withRules(null, ""));
            Code edited = wb.codebook().code("Balance of power");
            assertThat(edited.inclusion()).isEqualTo("Sides weigh strength.");
            assertThat(edited.exclusion()).isNull();
        }
    }

    private static List<AnchorExample> anchorsOf(CodebookDefinition definition, String code) {
        return definition.frames().stream().map(FrameDefinition::codes).flatMap(List::stream)
                .filter(c -> c.name().equals(code)).findFirst().orElseThrow().anchors();
    }
}
