package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.analysis.tracing.StudyHypotheses;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.ui.TeamWindow;
import org.parallax.ui.codebook.CodebookNode;
import org.parallax.ui.codebook.CodebookViewModel;
import org.parallax.ui.documents.DocumentsViewModel;
import org.parallax.ui.tracing.EvidenceRow;
import org.parallax.ui.tracing.TracingViewModel;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.Workbench;

/**
 * A team member who may not change the codebook, the documents or process tracing is told so before anything is
 * asked: before, a coder was asked "Delete 'Balance of power' and its 9 coded passages?" and, having said yes, met
 * the server's refusal. The lead is still asked, and the server still holds what the member was not offered.
 */
@NeedsTestServer
class TeamMemberNotAskedTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aCoderIsToldOnlyALeadDeletesACodeOrRemovesADocumentAndIsAskedNothing() throws Exception {
        String lead = team.publish("notasked");
        TeamWindow window = new TeamWindow(team).open(team.member(lead, "cody", "coder"));
        int codes = window.main.context().workbench().codebook().current().codes().size();
        int documents = window.main.context().workbench().documents().list().size();

        CodebookViewModel codebook = window.main.codebook();
        codebook.selectedProperty().set(code(codebook, "Balance of power"));
        codebook.delete();
        codebook.merge();
        DocumentsViewModel list = window.main.documents();
        list.selectedProperty().set(list.rows().get(0));
        list.removeChosen();

        assertThat(window.dialogs.confirmations).as("nothing asked").isEmpty();
        assertThat(window.dialogs.choices).as("no code to merge into asked for").isEmpty();
        assertThat(window.dialogs.errors).as("no refusal after an answer").isEmpty();
        assertThat(window.dialogs.informations).containsExactly(
                "Only a lead changes the codebook (you are coder)",
                "Only a lead changes the codebook (you are coder)",
                "Only a lead adds, changes or removes documents (you are coder)");
        try (Workbench check = Workbench.open(lead, null)) {
            assertThat(check.codebook().current().codes()).hasSize(codes);
            assertThat(check.documents().list()).hasSize(documents);
        }
    }

    @Test
    void aReaderIsNotOfferedToEditEvidence() throws Exception {
        String lead = team.publish("noevidence");
        try (Workbench wb = Workbench.open(lead, null)) {
            wb.tracing().installStudyTemplate();
            Segment passage = wb.coding().segments().get(0);
            wb.tracing().addEvidence(new EvidenceRequest(StudyHypotheses.TEMPLATE.name(), List.of(passage.id()), null,
                    Map.of("H1", "0.9", "H2", "0.2", "Other", "0.5"), null, null, "a note", null));
        }
        TeamWindow window = new TeamWindow(team).open(team.member(lead, "rita", "reader"));
        TracingViewModel tracing = window.main.tracing();
        tracing.setProperty().set(StudyHypotheses.TEMPLATE.name());
        EvidenceRow row = tracing.evidence().get(0);

        tracing.edit(row);

        assertThat(tracing.editingProperty().get()).as("the form is not opened to be refused on saving").isNull();
        assertThat(window.dialogs.informations)
                .containsExactly("Only a lead changes process tracing (hypotheses, evidence, events) (you are reader)");
    }

    @Test
    void theLeadIsAskedAsBefore() throws Exception {
        TeamWindow window = new TeamWindow(team).open(team.publish("leadasked"));
        window.dialogs.confirmAnswer = false;
        CodebookViewModel codebook = window.main.codebook();
        codebook.selectedProperty().set(code(codebook, "Balance of power"));

        codebook.delete();

        assertThat(window.dialogs.confirmations).singleElement().asString().startsWith("Delete 'Balance of power'");
        assertThat(window.dialogs.informations).isEmpty();
    }

    private static CodebookNode code(CodebookViewModel codebook, String name) {
        return codebook.roots().stream().flatMap(r -> r.children().stream()).filter(n -> n.name().equals(name))
                .findFirst().orElseThrow();
    }
}
