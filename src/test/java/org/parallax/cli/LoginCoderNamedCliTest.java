package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A new project records its passages under the computer's login until the researcher names themselves; once they do,
 * a login that recorded nothing is not left behind as a second coder, which every REFI-QDA export listed among its
 * users and named as the maker of every document nobody had coded yet.
 */
class LoginCoderNamedCliTest {
    private static final String LOGIN = System.getProperty("user.name");

    @TempDir
    Path dir;

    @Test
    void aLoginThatRecordedNothingBecomesTheNameGivenAndIsNotExported() throws Exception {
        Path project = dir.resolve("thesis.parallax");
        Path text = Files.writeString(dir.resolve("readout.txt"), "NATO and Russia met in the council.\n");
        Cli.ok("new", project);
        Cli.ok("import", project, text);

        Cli.ok("coders", project, "--active", "Maria Kowalska");

        assertThat(Cli.ok("coders", project).out().lines().skip(1).takeWhile(l -> !l.startsWith("blind")))
                .singleElement().asString().contains("Maria Kowalska").contains("yes");
        Path qdpx = dir.resolve("thesis.qdpx");
        Cli.ok("export", "qdpx", project, qdpx);
        String xml;
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xml).contains("name=\"Maria Kowalska\"").doesNotContain("name=\"" + LOGIN + "\"");
    }

    @Test
    void aLoginThatCodedStaysACoderBesideTheNameGiven() throws Exception {
        Path project = dir.resolve("thesis.parallax");
        Cli.ok("new", project, "--codebook", "table1");
        Path text = Files.writeString(dir.resolve("readout.txt"), "NATO and Russia met in the council.\n");
        Cli.ok("import", project, text);
        Cli.ok("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power");

        Cli.ok("coders", project, "--active", "Maria Kowalska");

        String listed = Cli.ok("coders", project).out();
        assertThat(listed).contains("Maria Kowalska").containsPattern("(?m)^\\s*1\\s+" + LOGIN + "\\s+1\\s");
        assertThat(Cli.ok("segments", project).out()).contains(LOGIN);
    }
}
