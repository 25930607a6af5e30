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
}
