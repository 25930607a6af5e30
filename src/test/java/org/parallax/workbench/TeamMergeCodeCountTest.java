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
 * The question before merging a code ("Move 3 passages from 'A' to 'B' and delete 'A'?") counted when it was asked,
 * and the merge moved whatever the server held when it ran: passages another member coded since moved too, never
 * counted. Two members' sessions on the real server, as for deleting a code (TeamDeleteCodeCountTest).
 */
@NeedsTestServer
class TeamMergeCodeCountTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aMergeAskedAboutFewerPassagesThanTheServerNowHoldsIsRefusedAndMergesNothing() throws Exception {
        String lead = team.publish("mergecount");
        String ann = team.member(lead, "ann", "coder");
        try (Workbench lena = Workbench.open(lead, null)) {
            Long frame = lena.codebook().current().frames().get(0).id();
            Code from = lena.codebook().addCode("Elite cohesion", frame, null, null, null);
            Code into = lena.codebook().addCode("Elite unity", frame, null, null, null);
            long document = PassagesCodedMeanwhile.codedByTheLead(lena, from.id());
            int asked = lena.codebook().passageCount(from.id());
            assertThat(asked).isEqualTo(3);
            PassagesCodedMeanwhile.codedByAMember(ann, "ann pass", document, from.id());

            assertThatThrownBy(() -> lena.codebook().mergeCode(from.id(), into.id(), asked))
                    .isInstanceOf(ParallaxException.class)
                    .hasMessage("'Elite cohesion' has 9 coded passages now, not the 3 you were asked about (coded or "
                            + "removed since, by another member or in another window); nothing was merged: merge it "
                            + "again to be asked about the 9");
            assertThat(lena.codebook().current().code(from.id())).isPresent();
            assertThat(lena.codebook().passageCount(from.id())).isEqualTo(9);
            assertThat(lena.codebook().passageCount(into.id())).isZero();
            assertThat(lena.history().undoLabel()).get().asString().doesNotStartWith("Merge");

            lena.codebook().mergeCode(from.id(), into.id(), 9);
            assertThat(lena.codebook().current().code(from.id())).isEmpty();
            assertThat(lena.codebook().passageCount(into.id())).isEqualTo(9);
            lena.history().undo();
            lena.history().redo();
            assertThat(lena.codebook().passageCount(into.id())).as("redo is not asked again").isEqualTo(9);
        }
    }
}
