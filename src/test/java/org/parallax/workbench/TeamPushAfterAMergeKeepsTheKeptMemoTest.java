package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;

/**
 * ann codes offline, in a pulled copy, words she had already coded on the team with another code and written a memo
 * on; meanwhile a lead merges the copy's code into that other code. Her push sends the offline passage under the code
 * it went into, where it is her pulled passage, and sent its memo over the pulled passage's memo: her earlier words
 * were gone from the team without a line. A push never writes over a memo it did not pull as the one it sends.
 */
@NeedsTestServer
class TeamPushAfterAMergeKeepsTheKeptMemoTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aMemoOfAPassageWhoseCodeWasMergedIsNotSentOverTheMemoOfItsTwin() throws Exception {
        String lead = team.publish("h1_mergetwin");
        String ann = team.member(lead, "ann", "coder");
        Path copy = team.dir().resolve("ann-offline.parallax");
        long document;
        Segment pulled;
        long from;
        long into;
        try (Workbench office = Workbench.open(ann, "ann pass"::toCharArray)) {
            document = office.documents().list().get(0).id();
            from = office.codebook().code("Balance of power").id();
            into = office.codebook().current().codes().stream()
                    .filter(c -> c.frameId() != null && c.id() != from).findFirst().orElseThrow().id();
            pulled = office.coding().code(document, 0, 12, into, "read at the office: the first reading");
        }
        Team.pull(ann, null, copy, "ann pass"::toCharArray);
        try (Workbench laptop = Workbench.open(copy)) {
            long there = laptop.documents().list().stream().filter(d -> d.id() == document).findFirst()
                    .orElseThrow().id();
            laptop.coding().code(there, 0, 12, from, "read on the train: the second reading");
        }
        try (Workbench lena = Workbench.open(lead, null)) {
            lena.codebook().mergeCode(from, into);
        }

        PushReport report = Team.push(copy, ann, null, "ann pass"::toCharArray);

        try (Workbench office = Workbench.open(ann, "ann pass"::toCharArray)) {
            assertThat(office.memos().memo(MemoTarget.passage(pulled.id()))).get()
                    .satisfies(m -> assertThat(m.text()).isEqualTo("read at the office: the first reading"));
        }
        assertThat(report.conflicts()).anySatisfy(line -> assertThat(line)
                .contains("memo on passage").contains("not sent"));
    }
}
