package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * The line under a search's listing counts what was found and what --limit let through, reading right for none, one
 * and many: `--limit 1` said "first 1 lines shown", `--limit 0` "first 0 lines shown".
 */
class SearchLimitNoteCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() {
        project = TestProjects.table1WithOneText(dir, "study.parallax", "act.txt",
                "NATO and Russia build a council. NATO meets again. NATO and Russia part.\n");
    }

    @Test
    void theLastLineReadsRightForNoneOneAndManyLinesShown() {
        assertThat(lastLine("NATO", "--limit", 1)).isEqualTo("3 hits in 1 document (first line shown)");
        assertThat(lastLine("NATO", "--limit", 2)).isEqualTo("3 hits in 1 document (first 2 lines shown)");
        assertThat(lastLine("NATO", "--limit", 0)).isEqualTo("3 hits in 1 document (no lines shown)");
        assertThat(lastLine("NATO", "--limit", 3)).isEqualTo("3 hits in 1 document");
        assertThat(lastLine("council")).isEqualTo("1 hit in 1 document");
        assertThat(lastLine("qwertyuiop")).isEqualTo("No passage matched 'qwertyuiop'");
    }

    /**
     * A search that found nothing printed the table's headings over no row and "0 hits in 0 documents", which read as
     * a listing cut off; it says in one line that no passage matched what was searched, and exits 0 as the other
     * listings that find nothing do. CSV and JSON stay data: the headings alone, an empty list.
     */
    @Test
    void aSearchThatFindsNothingSaysSoInOneLine() {
        Cli none = Cli.ok("search", project, "qwertyuiop code:\"Balance of power\"");
        assertThat(none.out().strip()).isEqualTo("No passage matched 'qwertyuiop code:\"Balance of power\"'");
        assertThat(Cli.ok("search", project, "qwertyuiop", "--exact").out().strip())
                .isEqualTo("No passage matched 'qwertyuiop' (exact word forms)");
        assertThat(Cli.ok("search", project, "qwertyuiop", "--format", "csv").out().strip())
                .isEqualTo("document,title,date,actor,start,end,left,hit,right");
        assertThat(Cli.ok("search", project, "qwertyuiop", "--format", "json").out().replace(" ", "").strip())
                .isEqualTo("[]");
        assertThat(Cli.ok("search", project, "actor:nobody").out().strip()).isEqualTo("No passage matched 'actor:nobody'");
    }

    @Test
    void theLinesPrintedAreTheLinesCounted() {
        Cli one = Cli.ok("search", project, "NATO", "--limit", 1);
        assertThat(one.out().strip().lines().filter(l -> l.contains("NATO")).count()).isEqualTo(1);
        Cli none = Cli.ok("search", project, "NATO", "--limit", 0);
        assertThat(none.out().strip().lines().filter(l -> l.contains("NATO")).count()).isZero();
    }

    private String lastLine(Object... query) {
        Object[] args = new Object[query.length + 2];
        args[0] = "search";
        args[1] = project;
        System.arraycopy(query, 0, args, 2, query.length);
        Cli run = Cli.ok(args);
        return run.out().strip().lines().reduce((first, last) -> last).orElseThrow();
    }
}
