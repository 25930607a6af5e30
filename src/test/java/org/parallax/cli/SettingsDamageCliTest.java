package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * The settings table carries no row checksum (decision 24). Garbage in each value Parallax reads went unnamed by
 * `check`, blind mode damaged into neither on nor off was read as off, and a sensitive attribute's damaged name let
 * `--pseudonymise` export the attribute it stood for in clear without a word.
 */
class SettingsDamageCliTest {
    @TempDir
    Path dir;

    @Test
    void checkNamesEachDamagedSettingInOneLineAndNoCommandTakesItForSomethingThatLeaks() throws Exception {
        Path project = Files.copy(TestProjects.SAMPLES.resolve("nato-russia.parallax"), dir.resolve("s.parallax"));
        Map<String, String> garbage = Map.of("active_coder", " ", "blind_mode", "maybe",
                "sensitive_attributes", "spe\u00e1ker",
                "pseudonym_mapping", "Putin\tP01\nMedvedev P02\nLavrov\tP03\n", "codebook_name", " ",
                "tracing.verbal_scale", "likely=lots", "tracing.test_thresholds",
                "certainty=abc", "exchange_key", "not a key", "team_pull", "1 yesterday");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
                var st = c.prepareStatement("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)")) {
            for (var entry : garbage.entrySet()) {
                st.setString(1, entry.getKey());
                st.setString(2, entry.getValue());
                st.executeUpdate();
            }
        }

        Cli check = Cli.parallax("check", project);
        assertThat(check.err()).isEmpty();
        assertThat(check.exit()).isOne();
        for (String key : garbage.keySet()) {
            assertThat(check.out().lines().filter(l -> l.startsWith("setting " + key + ": ")).toList()).as(key)
                    .hasSize(1);
        }
        assertThat(check.out()).contains("'spe\u00e1ker', an attribute no document has", "line 2 cannot be read",
                "setting active_coder: is empty", "read as on");

        Cli coders = Cli.parallax("coders", project);
        assertThat(coders.exit()).as(coders.err()).isZero();
        assertThat(coders.out()).contains("blind mode on");
        assertThat(Cli.parallax("hypotheses", project).exit()).isZero();
        assertThat(Cli.parallax("codebook", "export", project, dir.resolve("book.json")).exit()).isZero();
        assertThat(Files.readString(dir.resolve("book.json"))).contains("\"name\" : \"s\"");

        for (List<Object> export : List.<List<Object>>of(
                List.of("export", "csv", project, dir.resolve("anon.csv"), "--pseudonymise"),
                List.of("export", "qdpx", project, dir.resolve("anon.qdpx"), "--pseudonymise"))) {
            Cli refused = Cli.parallax(export.toArray());
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.err().strip()).doesNotContain("\n", "Exception")
                    .contains("'spe\u00e1ker' is an attribute of no document", "--unmark");
            assertThat(dir.resolve(String.valueOf(export.get(3)))).doesNotExist();
        }
        assertThat(Cli.parallax("sensitive", project, "--unmark", "spe\u00e1ker", "speaker").exit()).isZero();
        Cli anon = Cli.parallax("export", "csv", project, dir.resolve("anon.csv"), "--pseudonymise");
        assertThat(anon.exit()).as(anon.err()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
                var rs = st.executeQuery("SELECT value FROM settings WHERE key='pseudonym_mapping'")) {
            assertThat(rs.next()).isTrue();
            List<String> lines = rs.getString(1).lines().toList();
            // Putin and Lavrov keep theirs; new values are numbered past P03, so no pseudonym names two values.
            assertThat(lines).startsWith("Putin\tP01", "Lavrov\tP03");
            assertThat(lines.stream().map(l -> l.substring(l.indexOf('\t') + 1))).doesNotHaveDuplicates()
                    .doesNotContain("P02").hasSizeGreaterThan(1);
        }
    }
}
