package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.workbench.OfflineMember.indicator;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;

/** A lead renames a code on the server while a coder has passages on it in an offline copy. */
@NeedsTestServer
class TeamCodeRenamedTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    @TempDir
    Path dir;

    @Test
    void passagesCodedOfflineOnACodeTheLeadRenamedSinceThePullReachTheRenamedCode() {
        OfflineMember cora = OfflineMember.coder(team, "renamed");
        Code code;
        long document;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            code = indicator(online);
            document = online.documents().list().get(0).id();
            online.coding().code(document, 0, 10, code.id(), null);
        }
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().code(document, 20, 40, code.id(), null);
        }
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.codebook().updateCode(lead.codebook().current().code(code.id()).orElseThrow()
                    .withName("Renamed by the lead"));
        }

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).isEmpty();
        assertThat(push.passagesSent()).isOne();
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).filteredOn(s -> s.documentId() == document
                    && s.codeId() == code.id()).extracting(s -> s.start() + "-" + s.end())
                    .containsOnlyOnce("0-10", "20-40");
        }
        assertThat(cora.push(copy).passagesSent()).as("nothing twice").isZero();
    }

    @Test
    void passagesCodedOfflineOnACodeTheLeadMergedSinceThePullAreSentUnderTheCodeItWasMergedInto() {
        OfflineMember cora = OfflineMember.coder(team, "merged");
        Code code;
        Code target;
        long document;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            code = indicator(online);
            target = online.codebook().current().codes().stream().filter(c -> c.id() != code.id()).findFirst()
                    .orElseThrow();
            document = online.documents().list().get(0).id();
        }
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().code(document, 20, 40, code.id(), null);
        }
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.codebook().mergeCode(code.id(), target.id());
        }

        PushReport push = cora.push(copy);

        // Before: "code … was removed from the team codebook since the last pull or push: 1 passage not sent".
        assertThat(push.conflicts()).isEmpty();
        assertThat(push.passagesSent()).isOne();
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).filteredOn(s -> s.documentId() == document
                    && s.codeId() == target.id() && s.start() == 20 && s.end() == 40).hasSize(1);
        }
        assertThat(cora.push(copy).passagesSent()).as("nothing twice").isZero();
    }

    @Test
    void passagesCodedOfflineOnACodeTheLeadDeletedAreNamedOnceWithTheRemedyAndStayInTheCopy() {
        OfflineMember cora = OfflineMember.coder(team, "deleted");
        Code code;
        long document;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            code = indicator(online);
            document = online.documents().list().get(0).id();
        }
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().code(document, 20, 40, code.id(), null);
            offline.coding().code(document, 50, 60, code.id(), null);
        }
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.codebook().deleteCode(code.id());
        }

        PushReport push = cora.push(copy);

        assertThat(push.passagesSent()).isZero();
        assertThat(push.conflicts()).singleElement().asString().contains("code " + code.name()
                + " was deleted from the team codebook since the last pull or push: 2 passages not sent",
                "kept in cora.parallax", "a lead adds a code named " + code.name() + " again");
        try (Workbench offline = Workbench.open(copy)) {
            assertThat(offline.coding().segments()).filteredOn(s -> s.codeId() == code.id()
                    && (s.start() == 20 || s.start() == 50)).hasSize(2);
        }
        // The remedy named works: the code back under its name, the next push sends both.
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.codebook().addCode(code.name(), code.frameId(), null, null, null);
        }
        PushReport again = cora.push(copy);
        assertThat(again.conflicts()).isEmpty();
        assertThat(again.passagesSent()).isEqualTo(2);
    }
}
