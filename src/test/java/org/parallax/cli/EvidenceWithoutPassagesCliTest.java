package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * An evidence item resting on no passage: its rows of evidence_passages removed by another program (or held back
 * by a team server set up before ADR 0030's rule). It is listed, counted in the ledger and exported without a quote,
 * and an edit that would take the description back to the first passage's quote says why it cannot.
 */
class EvidenceWithoutPassagesCliTest {
    static final String SET = "NATO-Russia relations since 1997";

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void anItemWhosePassagesAreGone() throws Exception {
        project = itemWithoutPassages(dir);
    }

    /** The sample with two items, the first left without its passage; returns the project. */
    static Path itemWithoutPassages(Path dir) throws Exception {
        Path project = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("study.parallax"));
        Cli.ok("hypothesis", "template", project);
        Cli.ok("evidence", "add", project, "--set", SET, "--segment", "1", "--likelihood", "H1=0.8", "--likelihood",
                "H2=0.2", "--likelihood", "Other=0.5", "--description", "Item without passage", "--note", "kept note");
        Cli.ok("evidence", "add", project, "--set", SET, "--doc", "1", "--start", "0", "--end", "20", "--likelihood",
                "H1=0.35", "--likelihood", "H2=0.65", "--likelihood", "Other=0.5", "--description", "A plain selection");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project)) {
            assertThat(c.createStatement().executeUpdate("DELETE FROM evidence_passages WHERE evidence_id = 1"))
                    .isEqualTo(1);
        }
        return project;
    }

    @Test
    void itIsListedCountedAndExportedWithoutAQuote() throws Exception {
        assertThat(Cli.ok("evidence", project, "--set", SET).out()).contains("Item without passage", "kept note");
        assertThat(Cli.ok("evidence", project, "--set", SET, "--format", "json").out()).contains("Item without passage");
        assertThat(Cli.ok("ledger", project, "--set", SET, "--format", "csv").out().lines()).hasSize(7);
        for (String name : List.of("report.html", "report.docx", "ledger.csv", "ledger.json", "chain.svg")) {
            Path out = dir.resolve(name);
            Cli export = Cli.parallax("export", "tracing", project, out, "--set", SET);
            assertThat(export.exit()).as(name + ": " + export.err()).isZero();
            assertThat(Files.size(out)).as(name).isPositive();
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Item without passage", "A plain selection");
        Cli qdpx = Cli.parallax("export", "qdpx", project, dir.resolve("study.qdpx"));
        assertThat(qdpx.exit()).as(qdpx.err()).isZero();
    }

    @Test
    void aBlankDescriptionIsRefusedInOneLineWhileOtherEditsGoThrough() {
        Cli blank = Cli.parallax("evidence", "edit", project, "--set", SET, "--id", "1", "--description", "");
        assertThat(blank.exit()).isEqualTo(1);
        assertThat(blank.err().strip()).hasLineCount(1).contains("Evidence #1 rests on no passage, so a blank "
                + "description has no quote to go back to").doesNotContain("Exception");
        assertThat(Cli.ok("evidence", project, "--set", SET).out()).contains("Item without passage");

        Cli.ok("evidence", "edit", project, "--set", SET, "--id", "1", "--note", "a new note");
        assertThat(Cli.ok("evidence", project, "--set", SET).out()).contains("a new note", "Item without passage");
    }
}
