package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.io.refi.RefiSchemas;
import org.parallax.testutil.Cli;

/**
 * The project's events travel in a REFI-QDA exchange as process tracing notes (docs/refi-qda.md): a project exported
 * and imported into a fresh one keeps its events and so its periods; imported again, it adds none twice.
 */
class EventsExchangeCliTest {
    @TempDir
    Path dir;

    private static Cli ok(Cli cli) {
        assertThat(cli.exit()).as(cli.err()).isZero();
        return cli;
    }

    private static String events(Path project) {
        // Ids are the project's own; dates, labels and descriptions are what travels.
        return ok(Cli.parallax("event", "list", project, "--format", "csv")).out().lines()
                .map(l -> l.substring(l.indexOf(',') + 1)).reduce("", (a, b) -> a + b + "\n");
    }

    private static String periods(Path project) {
        return ok(Cli.parallax("tally", project, "--cols", "period", "--format", "csv")).out();
    }

    @Test
    void aProjectsEventsComeBackFromItsQdpxAndSoDoItsPeriods() throws Exception {
        Path project = dir.resolve("study.parallax");
        ok(Cli.parallax("new", project, "--codebook", "table1"));
        ok(Cli.parallax("import", project, Files.writeString(dir.resolve("reset.md"),
                "---\ndate: 2010-05-01\nactor: USA\n---\nWe press the reset button and seek a balance of power.\n")));
        ok(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 30, "--code", "Balance of power"));
        ok(Cli.parallax("event", "add", project, "--date", "2009-03-06", "--label", "Reset",
                "--description", "Clinton and Lavrov in Geneva"));
        ok(Cli.parallax("event", "remove", project, "--id", 9));

        Path qdpx = dir.resolve("study.qdpx");
        ok(Cli.parallax("export", "qdpx", project, qdpx));
        String qde = new String(QdpxFiles.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(RefiSchemas.validateProject(QdpxFiles.utf8(qde))).as("other tools read it").isEmpty();
        assertThat(qde).as("a note a person reads in any tool").contains("Event: Reset (2009-03-06)");

        Path fresh = dir.resolve("fresh.parallax");
        ok(Cli.parallax("new", fresh));
        Cli imported = ok(Cli.parallax("import", fresh, qdpx));
        assertThat(imported.out()).contains("9 events added");
        assertThat(imported.out() + imported.err()).doesNotContain("not imported");
        assertThat(events(fresh)).isEqualTo(events(project)).contains("Reset,Clinton and Lavrov in Geneva")
                .doesNotContain("Invasion of Ukraine");
        assertThat(periods(fresh)).isEqualTo(periods(project)).contains("Reset");
        assertThat(ok(Cli.parallax("segments", fresh, "--format", "csv")).out()).doesNotContain("Parallax process");

        Cli again = ok(Cli.parallax("import", fresh, qdpx));
        assertThat(again.out()).doesNotContain("events added");
        assertThat(events(fresh)).isEqualTo(events(project));
    }

    @Test
    void aPseudonymisedExportReplacesANameInAnEvent() throws Exception {
        Path project = dir.resolve("interviews.parallax");
        ok(Cli.parallax("new", project));
        ok(Cli.parallax("import", project, Files.writeString(dir.resolve("talk.md"),
                "---\ndate: 2012-05-01\nspeaker: Sergei Volkov\n---\nAn interview about the council.\n")));
        ok(Cli.parallax("sensitive", project, "speaker"));
        ok(Cli.parallax("event", "add", project, "--date", "2012-04-01", "--label", "Sergei Volkov appointed",
                "--description", "Sergei Volkov joins the council"));

        Path qdpx = dir.resolve("interviews.qdpx");
        ok(Cli.parallax("export", "qdpx", project, qdpx, "--pseudonymise"));
        String qde = new String(QdpxFiles.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(qde).doesNotContain("Volkov").contains("appointed");
    }
}
