package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.testutil.TestProjects;

/**
 * The study's codebook sends the coder from one code to another by name ("nor to agreement already reached on specific
 * norms (use Convergence of norms)"). A code renamed or merged away left those rules citing a name no code had any
 * more; they follow the new name now, in the same undo step.
 */
class CodeReferencesFollowTest {
    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() {
        wb = TestProjects.table1(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Code code(String name) {
        return wb.codebook().code(name);
    }

    @Test
    void renamingACodeRewritesTheRulesOfTheCodesThatCiteItAndUndoPutsThemBack() {
        String seekingBefore = code("Seeking a common language and community").exclusion();
        String interestsBefore = code("Convergence of interests").exclusion();
        assertThat(seekingBefore).contains("(use Convergence of norms)");

        wb.codebook().updateCode(code("Convergence of norms").withName("Norm convergence"));

        assertThat(code("Seeking a common language and community").exclusion())
                .isEqualTo(seekingBefore.replace("(use Convergence of norms)", "(use Norm convergence)"));
        assertThat(code("Convergence of interests").exclusion()).contains("(use Norm convergence)")
                .doesNotContain("Convergence of norms");
        assertThat(wb.codebook().current().codes()).noneMatch(c -> (c.definition() + c.inclusion()
                + c.exclusion()).contains("Convergence of norms"));

        assertThat(wb.history().undo()).isPresent();
        assertThat(code("Convergence of norms")).isNotNull();
        assertThat(code("Seeking a common language and community").exclusion()).isEqualTo(seekingBefore);
        assertThat(code("Convergence of interests").exclusion()).isEqualTo(interestsBefore);

        assertThat(wb.history().redo()).isPresent();
        assertThat(code("Convergence of interests").exclusion()).contains("(use Norm convergence)");
    }

    @Test
    void mergingACodeSendsTheRulesThatCiteItToTheCodeItWentIntoAndUndoPutsThemBack() {
        String balanceBefore = code("Balance of power").exclusion();
        assertThat(balanceBefore).contains("(use Convergence of interests)");

        wb.codebook().mergeCode(code("Convergence of interests").id(), code("Convergence of norms").id());

        assertThat(code("Balance of power").exclusion())
                .isEqualTo(balanceBefore.replace("(use Convergence of interests)", "(use Convergence of norms)"));
        assertThat(wb.codebook().current().codes()).filteredOn(c -> !c.name().equals("Convergence of norms"))
                .noneMatch(c -> (c.definition() + c.inclusion() + c.exclusion()).contains("Convergence of interests"));

        assertThat(wb.history().undo()).isPresent();
        assertThat(code("Balance of power").exclusion()).isEqualTo(balanceBefore);
        assertThat(code("Convergence of interests")).isNotNull();
    }

    /**
     * A deleted code stayed cited by name in the rules of the codes that send coders to it; they say it is deleted now,
     * its own sub-code's definition too (the deletion moves the sub-code up a level), and undo puts the texts back.
     */
    @Test
    void deletingACodeMarksTheRulesThatCiteItAndUndoPutsThemBack() {
        String seekingBefore = code("Seeking a common language and community").exclusion();
        assertThat(seekingBefore).contains("(use Convergence of norms)");
        Code norms = code("Convergence of norms");
        wb.codebook().addCode(new Code(0, norms.id(), norms.frameId(), null, "Norm talk", null,
                "Talk of norms, a kind of Convergence of norms", 0, 0));

        wb.codebook().deleteCode(norms.id());

        assertThat(wb.codebook().current().codeNamed("Convergence of norms")).isEmpty();
        assertThat(code("Seeking a common language and community").exclusion()).isEqualTo(seekingBefore
                .replace("(use Convergence of norms)", "(use Convergence of norms (deleted code))"));
        assertThat(code("Norm talk").definition())
                .isEqualTo("Talk of norms, a kind of Convergence of norms (deleted code)");
        assertThat(wb.history().undoLabel()).contains("Delete code Convergence of norms");

        assertThat(wb.history().undo()).contains("Delete code Convergence of norms");
        assertThat(code("Convergence of norms")).isNotNull();
        assertThat(code("Seeking a common language and community").exclusion()).isEqualTo(seekingBefore);
        assertThat(code("Norm talk").definition()).isEqualTo("Talk of norms, a kind of Convergence of norms");

        assertThat(wb.history().redo()).isPresent();
        assertThat(code("Seeking a common language and community").exclusion())
                .contains("(use Convergence of norms (deleted code))");
        assertThat(wb.history().undo()).isPresent();
        assertThat(code("Seeking a common language and community").exclusion()).isEqualTo(seekingBefore);
    }

    @Test
    void aOneWordNameIsFollowedOnlyAsWrittenWithItsCapital() {
        Code threat = code("Perception of threatening behavior");
        wb.codebook().updateCode(threat.withName("Threat").withRules(threat.inclusion(), threat.exclusion()));
        Code power = code("Balance of power");
        wb.codebook().updateCode(power.withRules(power.inclusion(), "Not for threat talk (use Threat)."));

        wb.codebook().updateCode(code("Threat").withName("Threat perception"));

        assertThat(code("Balance of power").exclusion()).isEqualTo("Not for threat talk (use Threat perception).");
    }

    /**
     * A frame's core tenets or a scenario's description that sent the coder to a code by name kept the old name after
     * the code was renamed or merged away, while the codes' rules followed it.
     */
    @Test
    void frameAndScenarioDescriptionsCitingTheCodeFollowItInTheSameUndoStep() {
        org.parallax.model.Frame frame = wb.codebook().current().frames().get(0);
        wb.codebook().updateFrame(new org.parallax.model.Frame(frame.id(), frame.name(),
                "Core tenets; agreement on norms goes to Convergence of norms.", frame.color(), frame.position(),
                frame.version()));
        org.parallax.model.Scenario scenario = wb.codebook().current().scenarios().get(0);
        wb.codebook().updateScenario(new org.parallax.model.Scenario(scenario.id(), scenario.name(),
                "Talks that end in convergence of norms or Convergence of interests.", scenario.position(),
                scenario.version()));

        wb.codebook().updateCode(code("Convergence of norms").withName("Norm convergence"));

        assertThat(frameDescription(frame.id())).isEqualTo("Core tenets; agreement on norms goes to Norm convergence.");
        assertThat(scenarioDescription(scenario.id()))
                .isEqualTo("Talks that end in Norm convergence or Convergence of interests.");
        assertThat(wb.history().undoLabel()).contains("Edit code Convergence of norms");

        assertThat(wb.history().undo()).isPresent();
        assertThat(code("Convergence of norms")).isNotNull();
        assertThat(frameDescription(frame.id()))
                .isEqualTo("Core tenets; agreement on norms goes to Convergence of norms.");
        assertThat(scenarioDescription(scenario.id()))
                .isEqualTo("Talks that end in convergence of norms or Convergence of interests.");

        wb.codebook().mergeCode(code("Convergence of interests").id(), code("Convergence of norms").id());

        assertThat(scenarioDescription(scenario.id()))
                .isEqualTo("Talks that end in convergence of norms or Convergence of norms.");
        assertThat(wb.history().undo()).isPresent();
        assertThat(scenarioDescription(scenario.id()))
                .isEqualTo("Talks that end in convergence of norms or Convergence of interests.");
    }

    private String frameDescription(long id) {
        return wb.codebook().current().frame(id).orElseThrow().description();
    }

    private String scenarioDescription(long id) {
        return wb.codebook().current().scenario(id).orElseThrow().description();
    }
}
