package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.ReadOnlyCause;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;
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
}
