package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;

/**
 * The question before deleting a code counted its passages in the asking window's cache, and the deletion took
 * whatever the server held when it ran: on a team project, passages another member coded since were neither counted
 * nor spared, so "Delete 'X' and its 3 coded passages?" deleted 9. Two members' sessions on the real server.
 */
@NeedsTestServer
class TeamDeleteCodeCountTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aDeleteAskedAboutFewerPassagesThanTheServerNowHoldsIsRefusedAndDeletesNothing() throws Exception {
        String lead = team.publish("delcount");
        String ann = team.member(lead, "ann", "coder");
        try (Workbench lena = Workbench.open(lead, null)) {
            Long frame = lena.codebook().current().frames().get(0).id();
            Code code = lena.codebook().addCode("Elite cohesion", frame, null, null, null);
            long document = PassagesCodedMeanwhile.codedByTheLead(lena, code.id());
            assertThat(lena.codebook().passageCount(code.id())).isEqualTo(3);
            PassagesCodedMeanwhile.codedByAMember(ann, "ann pass", document, code.id());

            assertThat(lena.codebook().passageCount(code.id())).as("counted on the server when asked").isEqualTo(9);
            assertThatThrownBy(() -> lena.codebook().deleteCode(code.id(), 3))
                    .isInstanceOf(ParallaxException.class)
                    .hasMessage("'Elite cohesion' has 9 coded passages now, not the 3 you were asked about (coded or "
                            + "removed since, by another member or in another window); nothing was deleted: delete it "
                            + "again to be asked about the 9");
            assertThat(lena.codebook().current().code(code.id())).isPresent();
            assertThat(lena.codebook().passageCount(code.id())).isEqualTo(9);

            lena.codebook().deleteCode(code.id(), 9);
            assertThat(lena.codebook().current().code(code.id())).isEmpty();
            lena.history().undo();
            assertThat(lena.codebook().passageCount(code.id())).isEqualTo(9);
        }
    }
}
