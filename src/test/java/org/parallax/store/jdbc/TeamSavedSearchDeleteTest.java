package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.ParallaxException;
import org.parallax.model.SavedSearch;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;
import org.parallax.workbench.Workbench;

/**
 * Deleting a saved search follows the rule for saving over one: a search another member saved is theirs, and one
 * saved before Parallax recorded who saves searches only a lead deletes. Before, any member deleted any member's
 * search, the team's old ones included, without a word.
 */
@NeedsTestServer
class TeamSavedSearchDeleteTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aMemberDeletesOnlyTheSearchesTheySavedAndOnlyALeadOnesThatNameNoSaver() throws Exception {
        String owner = team.publish("deletesearch");
        String coder = team.member(owner, "cleo", "coder");
        String lead = team.member(owner, "lars", "lead");
        try (Workbench wb = Workbench.open(lead, null)) {
            wb.search().save("threats", "угроза OR threat");
            wb.search().save("old", "sanction*");
        }
        // As a search saved before schema 17 reads: no saver, its row summed anew.
        try (Connection admin = TestServer.projectSession(owner.substring(0, owner.indexOf('?')),
                TeamUrl.parse(owner).requireProject()); var st = admin.createStatement()) {
            st.execute("UPDATE saved_searches SET saved_by = NULL WHERE name = 'old'");
            RowChecks.sealAnew(admin, RowChecks.SAVED_SEARCHES, "name = 'old'");
        }
        try (Workbench wb = Workbench.open(coder, null)) {
            wb.search().save("mine", "treaty");
            assertThatThrownBy(() -> wb.search().deleteSaved(id(wb, "threats"))).isInstanceOf(ParallaxException.class)
                    .hasMessage("another member (" + TeamMembers.login(lead) + ") saved the search 'threats', so "
                            + "only they delete it (nothing was changed)");
            assertThatThrownBy(() -> wb.search().deleteSaved(id(wb, "old"))).isInstanceOf(ParallaxException.class)
                    .hasMessage("the search 'old' was saved before Parallax recorded who saves searches, so only a "
                            + "lead of the team project deletes it (nothing was changed)");
            assertThat(wb.search().saved()).extracting(SavedSearch::name).containsExactly("mine", "old", "threats");
        }
        try (Workbench wb = Workbench.open(lead, null)) {
            assertThatThrownBy(() -> wb.search().deleteSaved(id(wb, "mine"))).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("another member (" + TeamMembers.login(coder) + ") saved the search 'mine'");
            wb.search().deleteSaved(id(wb, "old"));
            wb.search().deleteSaved(id(wb, "threats"));
            assertThat(wb.search().saved()).extracting(SavedSearch::name).containsExactly("mine");
        }
        try (Workbench wb = Workbench.open(coder, null)) {
            wb.search().deleteSaved(id(wb, "mine"));
            assertThat(wb.search().saved()).isEmpty();
        }
    }

    private static long id(Workbench wb, String name) {
        return wb.search().saved().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }
}
