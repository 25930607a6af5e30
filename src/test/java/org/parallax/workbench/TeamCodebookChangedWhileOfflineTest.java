package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.workbench.OfflineMember.indicator;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;

/**
 * The lead changes the team codebook while a coder has unpushed work in a pulled copy: what the coder wrote reaches the
 * server once, under the coder's name, or stays in the copy with a line saying what to do; nothing is lost or doubled.
 */
@NeedsTestServer
class TeamCodebookChangedWhileOfflineTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    @TempDir
    Path dir;

    /** Passages coded offline with a code the lead merged since, with the coder's memos on them. */
    @Test
    void memosOnPassagesOfAMergedCodeTravelWithThemToTheKeptCode() {
        OfflineMember cora = OfflineMember.coder(team, "mergedmemo");
        Code code;
        Code target;
        long document;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            code = indicator(online);
            target = online.codebook().current().codes().stream().filter(c -> c.id() != code.id()
                    && !c.isScenarioCode()).findFirst().orElseThrow();
            document = online.documents().list().get(0).id();
            // The kept code already has cora's passage at 60-70: her offline passage there is the same coding.
            online.coding().code(document, 60, 70, target.id(), null);
        }
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().code(document, 20, 40, code.id(), "cora's reading offline");
            offline.coding().code(document, 60, 70, code.id(), "cora's reading of the twin");
        }
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.codebook().mergeCode(code.id(), target.id());
        }

        PushReport push = cora.push(copy);
        PushReport again = cora.push(copy);

        assertThat(push.conflicts()).isEmpty();
        assertThat(again.passagesSent()).as("nothing twice").isZero();
        assertThat(again.memosSent()).as("nothing twice").isZero();
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            List<Segment> mine = online.coding().segments().stream().filter(s -> s.documentId() == document
                    && (s.start() == 20 || s.start() == 60)).toList();
            assertThat(mine).extracting(Segment::codeId).containsOnly(target.id());
            assertThat(mine).hasSize(2);
            for (Segment s : mine) {
                Memo memo = online.memos().memo(MemoTarget.passage(s.id())).orElseThrow();
                assertThat(memo.text()).isEqualTo(s.start() == 20 ? "cora's reading offline"
                        : "cora's reading of the twin");
                assertThat(memo.author()).isEqualTo(cora.login());
            }
        }
    }

    /** The coder renames offline a code the lead deleted on the server since, and codes with it. */
    @Test
    void aCodeRenamedOfflineThatTheLeadDeletedKeepsItsPassagesInTheCopyWithOneLine() {
        OfflineMember cora = OfflineMember.coder(team, "renameddeleted");
        Code code;
        long document;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            code = indicator(online);
            document = online.documents().list().get(0).id();
        }
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.codebook().updateCode(offline.codebook().current().code(code.id()).orElseThrow()
                    .withName("Renamed by cora offline"));
            offline.coding().code(document, 20, 40, code.id(), null);
        }
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.codebook().deleteCode(code.id());
        }

        PushReport push = cora.push(copy);

        assertThat(push.passagesSent()).isZero();
        assertThat(push.conflicts()).anyMatch(l -> l.contains("1 passage not sent") && l.contains("cora.parallax"));
        try (Workbench offline = Workbench.open(copy)) {
            assertThat(offline.coding().segments()).filteredOn(s -> s.start() == 20 && s.end() == 40).hasSize(1);
        }
    }
}
