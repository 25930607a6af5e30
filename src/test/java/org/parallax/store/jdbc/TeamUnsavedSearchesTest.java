package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.ParallaxException;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;
import org.parallax.workbench.Workbench;

/**
 * A team project's searches saved before Parallax recorded who saves them (schema 17) name no saver: a coder saving
 * under such a name is refused in one line, and a lead saves over it and becomes its saver. Before, any member
 * replaced the team's search without a word, and became its owner, so the lead could no longer change it.
 */
@NeedsTestServer
class TeamUnsavedSearchesTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void onlyALeadSavesOverASearchThatNamesNoSaver() throws Exception {
        String owner = team.publish("oldsearches");
        String coder = team.member(owner, "cleo", "coder");
        String lead = team.member(owner, "lars", "lead");
        try (Workbench wb = Workbench.open(lead, null)) {
            wb.search().save("threats", "угроза OR threat");
        }
        // As a server set up before schema 17 held it: no saver column (nor the rules written on it), each row
        // summed without one.
        TeamUrl url = TeamUrl.parse(owner);
        try (Connection admin = TestServer.projectSession(owner.substring(0, owner.indexOf('?')),
                url.requireProject()); var st = admin.createStatement()) {
            st.execute("ALTER TABLE saved_searches DROP COLUMN saved_by CASCADE");
            RowChecks.sealAnew(admin, SavedSearchSavers.before17(RowChecks.SAVED_SEARCHES), "1=1");
            st.execute("UPDATE schema_version SET version = 16");
        }
        Cli init = Cli.parallax("team", "init", owner);
        assertThat(init.exit()).as(init.err()).isZero();

        try (Workbench wb = Workbench.open(coder, null)) {
            assertThat(wb.search().saved()).extracting(s -> s.name() + " by " + s.savedBy())
                    .containsExactly("threats by null");
            assertThatThrownBy(() -> wb.search().save("threats", "sanction*")).isInstanceOf(ParallaxException.class)
                    .hasMessage("the search 'threats' was saved before Parallax recorded who saves searches, so "
                            + "only a lead of the team project saves over it: choose another name (nothing was "
                            + "changed)");
            assertThat(wb.search().saved()).extracting(s -> s.query()).containsExactly("угроза OR threat");
        }
        try (Workbench wb = Workbench.open(lead, null)) {
            wb.search().save("threats", "угроза");
            assertThat(wb.search().saved()).extracting(s -> s.name() + "=" + s.query() + " by " + s.savedBy())
                    .containsExactly("threats=угроза by " + TeamMembers.login(lead));
        }
    }
}
