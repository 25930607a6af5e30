package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.ReadOnlyCause;
import org.parallax.model.Segment;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;

/**
 * A team project set up by an older team init, before actions were recorded (no applied_actions): a write could
 * be applied twice after a lost connection, so a member's session opens it read-only with one line telling them what
 * the owner runs, on the command line too; the owner's next session brings it up to date without touching its data.
 */
@NeedsTestServer
class TeamOlderSetupTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aProjectWithoutTheActionLogOpensReadOnlyForAMemberAndTheOwnersSessionUpgradesIt() throws Exception {
        SpeechProject speech = SpeechProject.create("older");
        TeamUrl lead = TeamUrl.parse(team.member(speech.url().toString(), "lena", "lead"));
        try (Connection admin = speech.admin()) {
            admin.createStatement().execute("DROP TABLE applied_actions");
            admin.createStatement().execute("DROP FUNCTION setup_version()");
        }
        try (ProjectStore store = ProjectStores.open(lead, null)) {
            assertThat(store.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("set up by an older Parallax", "parallax team init postgresql://OWNER@")
                    .contains("?project=" + speech.project()).doesNotContain("\n"));
            assertThat(store.readOnlyCause()).contains(ReadOnlyCause.TEAM_RULES_OLDER);
            assertThatThrownBy(() -> store.write(() -> store.segments().insert(new Segment(0, speech.document(), 0, 5,
                    speech.code(), store.coders().ensure("x").id(), null, Instant.now()))))
                    .hasMessageContaining("reading only").hasMessageContaining("team init");
        }
        Cli code = Cli.parallax("code", lead.toString(), "--doc", speech.document(), "--start", 0, "--end", 5,
                "--code", "Power");
        assertThat(code.exit()).isEqualTo(1);
        assertThat(code.err().strip()).contains("team init").doesNotContain("Exception").hasLineCount(1);

        try (ProjectStore owners = ProjectStores.open(speech.url(), null)) {
            assertThat(owners.readOnlyReason()).isEmpty();
        }
        try (ProjectStore store = ProjectStores.open(lead, null)) {
            assertThat(store.readOnlyReason()).isEmpty();
            assertThat(store.segments().count()).isZero();
        }
    }

    @Test
    void rulesOfTheVersionBeforeProvenanceRulesAreBroughtUpToDateByTheOwnersOpenAndAMemberThenWrites()
            throws Exception {
        olderRulesAreBroughtUpToDate("rules3", "passage_provenance", 3);
    }

    @Test
    void rulesOfTheVersionBeforeRejectionsWereEachCodersAreBroughtUpToDateByTheOwnersOpen() throws Exception {
        olderRulesAreBroughtUpToDate("rules4", "assistant_rejections", 4);
    }

    /** A project whose rules are as version {@code version} left them: {@code table} without row-level security. */
    private void olderRulesAreBroughtUpToDate(String stem, String table, int version) throws Exception {
        SpeechProject speech = SpeechProject.create(stem);
        TeamUrl lead = TeamUrl.parse(team.member(speech.url().toString(), "lena", "lead"));
        try (Connection admin = speech.admin()) {
            for (String policy : new String[] {"lead_all", "reader_all", "coder_sees", "coder_adds", "coder_changes",
                    "coder_removes"}) {
                admin.createStatement().execute("DROP POLICY " + policy + " ON " + table);
            }
            admin.createStatement().execute("ALTER TABLE " + table + " DISABLE ROW LEVEL SECURITY");
            admin.createStatement().execute("CREATE OR REPLACE FUNCTION setup_version() RETURNS INTEGER "
                    + "LANGUAGE sql IMMUTABLE AS 'SELECT " + version + "'");
        }
        try (ProjectStore store = ProjectStores.open(lead, null)) {
            assertThat(store.readOnlyCause()).contains(ReadOnlyCause.TEAM_RULES_OLDER);
        }

        try (ProjectStore owners = ProjectStores.open(speech.url(), null)) {
            assertThat(owners.readOnlyReason()).isEmpty();
        }
        try (Connection admin = speech.admin()) {
            assertThat(SpeechProject.value(admin, "SELECT setup_version()")).isEqualTo(TeamRules.VERSION);
            assertThat(SpeechProject.value(admin, "SELECT count(*) FROM pg_policies WHERE schemaname = '"
                    + speech.project() + "' AND tablename = '" + table + "'")).isEqualTo(6);
            assertThat(SpeechProject.value(admin, "SELECT count(*) FROM pg_class WHERE oid = '" + table
                    + "'::regclass AND relrowsecurity")).isEqualTo(1);
        }
        try (ProjectStore store = ProjectStores.open(lead, null)) {
            assertThat(store.readOnlyReason()).isEmpty();
            store.write(() -> store.segments().insert(new Segment(0, speech.document(), 0, 5, speech.code(),
                    store.coders().ensure("x").id(), null, Instant.now())));
            assertThat(store.segments().count()).isEqualTo(1);
        }
    }
}
