package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;

/**
 * The {@code parallax sensitive} command a line names on a team project: only a lead writes the sensitive marks and
 * forms, so a coder is given the project's address with LEAD for the login (their own URL logs in as them, whom the
 * server refuses), and a lead their own URL.
 */
@NeedsTestServer
class TeamSensitiveAddressCliTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aCoderRefusedAPseudonymisedExportIsGivenTheLeadsAddressToMarkAnAttribute() throws Exception {
        String lead = team.publish("h1_sensitive_mark");
        String coder = team.member(lead, "ann", "coder");

        Cli coders = Cli.parallax("export", "csv", coder, team.dir().resolve("coder.csv"), "--pseudonymise");
        Cli leads = Cli.parallax("export", "csv", lead, team.dir().resolve("lead.csv"), "--pseudonymise");

        assertThat(coders.exit()).isOne();
        assertThat(coders.err()).contains("e.g. parallax sensitive " + leadAddress(lead) + " speaker (")
                .doesNotContain("parallax sensitive " + coder);
        assertThat(leads.exit()).isOne();
        assertThat(leads.err()).contains("e.g. parallax sensitive " + lead + " speaker (").doesNotContain("LEAD@");
    }

    @Test
    void aCoderWarnedOfANameStandingAloneIsGivenTheLeadsAddressToMakeItAForm() throws Exception {
        String lead = team.publish("h1_sensitive_form");
        String coder = team.member(lead, "ann", "coder");
        Cli.ok("sensitive", lead, "speaker");
        // A surname written with a capital is replaced; one written small is the part left alone that is named.
        Path notes = Files.writeString(team.dir().resolve("notes.txt"),
                "Filed under putin, as the archive writes it.\n");
        Cli.ok("import", lead, notes);

        Cli coders = Cli.parallax("export", "csv", coder, team.dir().resolve("coder.csv"), "--pseudonymise");
        Cli leads = Cli.parallax("sensitive", lead);

        assertThat(coders.exit()).as(coders.err()).isZero();
        assertThat(coders.err()).contains("'Putin' (of 'Vladimir Putin') is not pseudonymised in 1 document: it is "
                + "written in lower case; if it names the same person, make it a form: parallax sensitive "
                + leadAddress(lead) + " --form 'Vladimir Putin=Putin'").doesNotContain("parallax sensitive " + coder);
        assertThat(leads.err()).contains("make it a form: parallax sensitive " + lead
                + " --form 'Vladimir Putin=Putin'").doesNotContain("LEAD@");
    }

    /** The lead's URL with LEAD for the login: the team project whoever logs in. */
    private static String leadAddress(String leadUrl) {
        return leadUrl.replaceFirst("//[^@]+@", "//LEAD@");
    }
}
