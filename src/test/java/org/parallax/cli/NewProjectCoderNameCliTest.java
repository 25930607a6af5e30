package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * `parallax new` said "Created FILE" and nothing of the coder: every passage coded then went out under the computer's
 * login (the coder column, a REFI-QDA file's users), which a researcher who pseudonymises interviewees may not show
 * either. It now says which name is recorded and written, and how to choose another before anything is coded.
 */
class NewProjectCoderNameCliTest {
    @TempDir
    Path dir;

    @Test
    void aNewProjectSaysTheCoderNameItsExportsWriteAndHowToChooseAnother() throws Exception {
        Path project = dir.resolve("fieldwork.parallax");

        Cli made = Cli.ok("new", project, "--codebook", "table1");

        String login = System.getProperty("user.name");
        assertThat(made.out()).contains("Passages coded in it are recorded as coder '" + login + "' (this computer's "
                + "login), and every export writes that name with them").contains("parallax coders " + project
                + " --active NAME");
        Cli.ok("coders", project, "--active", "Coder A");
        Path text = Files.writeString(dir.resolve("notes.txt"), "The council met in Brussels and agreed on nothing.");
        Cli.ok("import", project, text);
        Cli.ok("code", project, "--doc", "1", "--start", "4", "--end", "11", "--code", "Balance of power");
        Path csv = dir.resolve("passages.csv");
        Cli.ok("export", "csv", project, csv);
        assertThat(Files.readString(csv)).contains(",Coder A,");
    }
}
