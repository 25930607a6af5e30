package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;

/**
 * Undo in a coder's window on a team project, refused by what others did on the server meanwhile: a coding whose code
 * the lead deleted (its passages gone with it) cannot be undone and its step is taken off the history, as for a
 * passage removed by another program in a project file; a coding undone while a lead made the coder a reader is
 * refused for now and stays in the history, undone once the coder role is back.
 */
@NeedsTestServer
class TeamUndoRefusedTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    @Test
    void undoOfACodingWhoseCodeTheLeadDeletedIsRefusedInOneLineAndTakenOff() {
        OfflineMember cora = OfflineMember.coder(team, "undodeleted");
        try (Workbench wb = Workbench.open(cora.url(), cora.password())) {
            Code code = OfflineMember.indicator(wb);
            long doc = wb.documents().list().get(0).id();
            Code other = wb.codebook().current().codes().stream().filter(c -> c.id() != code.id()
                    && c.frameId() != null).findFirst().orElseThrow();
            wb.coding().code(doc, 40, 60, other.id(), null);
            Segment coded = wb.coding().code(doc, 0, 20, code.id(), null);
            try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
                lead.codebook().deleteCode(code.id());
            }

            assertThatThrownBy(() -> wb.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + coded.id() + " was removed since it was coded")
                    .hasMessageContaining("taken off the history")
                    .hasMessageNotContaining("\n");
            assertThat(wb.history().undoLabel()).as("the step before it").hasValue("Code passage with "
                    + other.name());
        }
    }

    @Test
    void undoRefusedWhileTheCoderIsAReaderStaysAndUndoesOnceTheyAreACoderAgain() {
        OfflineMember cora = OfflineMember.coder(team, "undoreader");
        try (Workbench wb = Workbench.open(cora.url(), cora.password())) {
            Code code = OfflineMember.indicator(wb);
            long doc = wb.documents().list().get(0).id();
            Segment coded = wb.coding().code(doc, 0, 20, code.id(), null);
            String label = wb.history().undoLabel().orElseThrow();
            Team.addUser(cora.leadUrl(), null, cora.login(), TeamRole.READER, "cora-pw".toCharArray(), null);

            assertThatThrownBy(() -> wb.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining(cora.login() + " is now a reader of team project")
                    .hasMessageContaining("the step stays in the history")
                    .hasMessageNotContaining("\n");
            assertThat(wb.history().undoLabel()).as("the refused step, kept").hasValue(label);

            Team.addUser(cora.leadUrl(), null, cora.login(), TeamRole.CODER, "cora-pw".toCharArray(), null);
            assertThat(wb.history().undo()).hasValue(label);
            assertThat(wb.coding().segments()).noneMatch(s -> s.id() == coded.id());
        }
    }
}
