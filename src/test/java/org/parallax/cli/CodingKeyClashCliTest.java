package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A project that an earlier release left with one coding key on two codes (a codebook import gave a new code a key
 * in use): `check` named nothing and every `codebook export` failed ("shortcut 1 is given to both …"). The check
 * names the clash in one line with its mend; every export works, the key going out with the first code.
 */
class CodingKeyClashCliTest {
    private static final Path OLDER_SAMPLE = Path.of("src/test/resources/older/sample-schema-3.parallax");

    @TempDir
    Path dir;

    @Test
    void checkNamesAKeyOnTwoCodesAndEveryExportStillWorksAndTheExportImportedWithReplaceMendsIt() throws Exception {
        Path project = fileWithAKeyOnTwoCodes(dir);

        Cli check = Cli.parallax("check", project);
        assertThat(check.exit()).isOne();
        assertThat(check.out().lines().filter(l -> l.startsWith("coding key 1: ")).toList()).singleElement()
                .asString().contains("“Balance of power”", "“Perception of threatening behavior”",
                        "it codes 4 “Balance of power”", "Codes pane", "parallax codebook export p.parallax",
                        "parallax codebook import --replace p.parallax codebook.json");
        assertThat(check.out()).contains("nothing to restore").doesNotContain("parallax restore");

        Path json = dir.resolve("codebook.json");
        Cli export = Cli.parallax("codebook", "export", project, json);
        assertThat(export.err()).isEmpty();
        assertThat(export.exit()).isZero();
        everyExportWorks(project, dir);

        // A plain import keeps the project's codes as they are, the clash with them; the mend the check names replaces.
        assertThat(Cli.parallax("codebook", "import", project, json).exit()).isZero();
        assertThat(Cli.parallax("check", project).exit()).isOne();
        Cli mend = Cli.parallax("codebook", "import", "--replace", project, json);
        assertThat(mend.exit()).as(mend.err()).isZero();
        assertThat(mend.out()).contains("codes already present; changed to the file's values: 1 code");
        assertThat(Cli.parallax("check", project).exit()).isZero();
        Cli codes = Cli.parallax("codes", project, "--format", "csv");
        assertThat(codes.out().lines().filter(l -> l.contains("Perception of threatening behavior")).findFirst())
                .hasValueSatisfying(l -> assertThat(l.split(",", -1)[4]).isEmpty());
    }

    /** --replace is for a JSON codebook: a .qdc or a sheet is refused in one line before anything is imported. */
    @Test
    void replaceRefusesACodebookThatIsNotJson() throws Exception {
        Path project = dir.resolve("q.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path sheet = Files.writeString(dir.resolve("codebook.csv"), "tag,description\nTrust,Talk of trust\n");

        Cli refused = Cli.parallax("codebook", "import", "--replace", project, sheet);

        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err().strip()).isEqualTo("error: " + sheet + ": --replace takes a JSON codebook only; a "
                + ".qdc, a CSV sheet or a codebook that comes with Parallax is merged keeping what the project has; "
                + "nothing was imported");
        assertThat(Cli.parallax("codes", project, "--format", "csv").out()).doesNotContain("Trust");
    }

    /** The schema-3 sample as an earlier release left it: "Perception of threatening behavior" given key 1 too. */
    static Path fileWithAKeyOnTwoCodes(Path dir) throws Exception {
        Path project = Files.copy(OLDER_SAMPLE, dir.resolve("p.parallax"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE codes SET shortcut=1 WHERE name='Perception of threatening behavior'"))
                    .isOne();
        }
        // Any writing command upgrades the file and seals its rows, clash and all, as that release's files are.
        assertThat(Cli.parallax("backup", project).exit()).isZero();
        return project;
    }

    /** Every export kind writes its file, from a project file or a team project's URL. */
    static void everyExportWorks(Object project, Path dir) {
        for (String[] kind : new String[][] {{"csv", "p.csv"}, {"xlsx", "p.xlsx"}, {"qdpx", "p.qdpx"},
            {"qdc", "p.qdc"}, {"quotes", "quotes.csv"}, {"table", "table.csv"}}) {
            Cli other = Cli.parallax("export", kind[0], project, dir.resolve(kind[1]));
            assertThat(other.exit()).as(kind[0] + ": " + other.err()).isZero();
        }
    }
}
