package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.ProjectRows;
import org.parallax.testutil.TestServer;

/**
 * Removing a document from a team project: a coder's role does not allow it (the server refuses, nothing changes,
 * the coder's undo history is untouched); the lead's removal takes the coder's passages on it too, and the lead's
 * undo puts them back, the coder's included, as the coder then reads them.
 */
@NeedsTestServer
class TeamDocumentRemovalTest {
    @TempDir
    Path dir;

    @Test
    void aCoderCannotRemoveADocumentAndTheLeadsUndoBringsBackTheCodersPassages() throws Exception {
        String project = TestServer.freshProjectName("rm");
        String url = TestServer.publishSample(dir, TestServer.freshDatabase(), project);
        String login = project + "_cody";
        Team.addUser(url, null, login, TeamRole.CODER, "cody-pw".toCharArray(), null);
        try (Workbench lead = Workbench.open(url, null);
                Workbench cody = Workbench.open(TestServer.asLogin(url, login), "cody-pw"::toCharArray)) {
            long doc = lead.documents().list().get(0).id();
            Segment codys = cody.coding().code(doc, 0, 5, cody.codebook().code("Balance of power").id(), "mine");
            Map<String, List<String>> before = ProjectRows.of(lead);

            assertThatThrownBy(() -> cody.documents().delete(doc))
                    .hasMessageContaining("your role in the team project does not allow it (nothing was changed)");
            assertThat(ProjectRows.of(lead)).isEqualTo(before);
            assertThat(cody.history().undoLabel()).hasValueSatisfying(l -> assertThat(l).doesNotContain("Remove"));

            lead.documents().delete(doc);
            assertThat(cody.documents().get(doc)).isEmpty();
            assertThat(cody.coding().segments()).noneMatch(s -> s.id() == codys.id());

            lead.history().undo();
            assertThat(ProjectRows.of(lead)).isEqualTo(before);
            assertThat(cody.documents().get(doc)).isPresent();
            assertThat(cody.coding().segmentsOfDocument(doc)).anyMatch(s -> s.id() == codys.id()
                    && "mine".equals(s.memo()));
        }
    }
}
