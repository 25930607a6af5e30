package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.ReadOnlyCause;
import org.parallax.store.StoreException;
import org.parallax.store.TeamUrl;
import org.parallax.store.jdbc.Migrations;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;

/**
 * A team project open read-only had one kind of reason, whatever it was (a reader's role, server rules older than this
 * Parallax, a finding of the check): the banner and the command line said why but not what gives the writing back. A
 * login whose rights are taken back (a coder made reader) is now told to ask the project's lead, in the banner and in
 * the line that refuses a change on the command line; its kind is {@link ReadOnlyCause#TEAM_READER}.
 */
@NeedsTestServer
class TeamReadOnlyCausesTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @TempDir
    Path dir;

    @Test
    void aCoderMadeReaderIsToldToAskTheLeadInTheBannerAndOnTheCommandLine() throws Exception {
        String lead = team.publish("causes");
        String coder = team.member(lead, "cora", "coder");
        try (Workbench cora = Workbench.open(coder, null)) {
            assertThat(cora.readOnlyCause()).isEmpty();
        }
        // The lead takes the coder's rights back: the same login, made a reader.
        team.member(lead, "cora", "reader");

        try (Workbench cora = Workbench.open(coder, null)) {
            assertThat(cora.readOnlyCause()).contains(ReadOnlyCause.TEAM_READER);
        }
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            fixture.main.context().setWorkbench(Workbench.open(coder, null));
            assertThat(fixture.main.backups().bannerProperty().get()).contains("is open read-only: your role in this "
                    + "team project is reader: to code in it, ask the project's lead for the coder role. You can read");
            assertThat(fixture.main.backups().offerProperty().get()).as("no backup offered").isNull();
            assertThat(fixture.main.backups().copyOfferedProperty().get()).isFalse();
            fixture.main.close();
        }
        Document document;
        String code;
        try (Workbench lena = Workbench.open(lead, null)) {
            document = lena.documents().list().get(0);
            code = lena.codebook().current().codes().get(0).name();
        }
        Cli refused = Cli.parallax("code", coder, "--doc", document.id(), "--start", 0, "--end", 5, "--code", code);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).contains("your role in this team project is reader: to code in it, ask "
                + "the project's lead for the coder role").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void aLeadOfAProjectWhoseServerRulesAreOlderIsToldWhatTheOwnerRunsInTheBannerAndOnTheCommandLine()
            throws Exception {
        String owner = team.publish("olderrules");
        String lead = team.member(owner, "lena", "lead");
        String project = TeamUrl.parse(owner).requireProject();
        try (Connection admin = TestServer.plainSession(owner, TestServer.adminUser(owner), null)) {
            // The rules of a team init before their version was recorded.
            admin.createStatement().execute("DROP FUNCTION " + project + ".setup_version()");
        }
        String ownerRuns = "parallax team init postgresql://OWNER@" + TeamUrl.parse(lead).projectAddress();
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            Workbench lena = Workbench.open(lead, null);
            assertThat(lena.readOnlyCause()).contains(ReadOnlyCause.TEAM_RULES_OLDER);
            fixture.main.context().setWorkbench(lena);
            assertThat(fixture.main.backups().bannerProperty().get()).isEqualTo(lena.displayName() + " is open "
                    + "read-only: the team project's server rules were set up by an older Parallax: in blind mode they "
                    + "still hand a coder's other programs (psql) the memos and evidence Parallax hides; Parallax "
                    + "writes nothing to it until the database owner brings it up to date (no data changes) with: "
                    + ownerRuns + ". Nothing you do now is saved.");
            assertThat(fixture.main.backups().offerProperty().get()).as("no backup offered").isNull();
            assertThat(fixture.main.backups().copyOfferedProperty().get()).isFalse();
            fixture.main.close();
        }
        Cli listed = Cli.ok("docs", lead);
        assertThat(listed.err().strip()).hasLineCount(1).startsWith("warning: ").contains("set up by an older "
                + "Parallax", ownerRuns).doesNotContain("Exception");
        Cli refused = Cli.parallax("code", lead, "--doc", 1, "--start", 0, "--end", 5, "--code", "Balance of power");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).hasLineCount(1).contains(ownerRuns).doesNotContain("Exception");
    }

    /**
     * A project whose schema an older Parallax made cannot be opened at all: the line named the member's own URL for
     * team init ("team init postgresql://lena@…"), which only the database owner can run.
     */
    @Test
    void aProjectOfAnOlderSchemaNamesTheOwnersTeamInitWhenOpenedAndOnTheCommandLine() throws Exception {
        String owner = team.publish("olderschema");
        String lead = team.member(owner, "lena", "lead");
        String project = TeamUrl.parse(owner).requireProject();
        try (Connection admin = TestServer.plainSession(owner, TestServer.adminUser(owner), null)) {
            admin.createStatement().execute("UPDATE " + project + ".schema_version SET version = version - 1");
        }
        String line = TeamUrl.parse(lead) + ": the team project has schema version "
                + (Migrations.latest() - 1) + " and this Parallax needs " + Migrations.latest() + ": the database "
                + "owner upgrades it with parallax team init postgresql://OWNER@" + TeamUrl.parse(lead).projectAddress();
        assertThatThrownBy(() -> Workbench.open(lead, null)).isInstanceOf(StoreException.class).hasMessage(line);
        Cli refused = Cli.parallax("docs", lead);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("error: " + line);
    }
}
