package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * The assistant's record of the passages it proposed (docs/assistant.md, "Provenance") went missing when the passages
 * moved to another project: a REFI-QDA round trip turned each record into a passage memo authored by the coder
 * ("Suggested by the Parallax assistant …"), 25 memos became 69, and `merge` of a project holding them dropped the
 * records; either way the passages then read as coded by hand.
 */
class ProvenanceCarriedCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path suggested;

    @BeforeEach
    void aProjectWithTheAssistantsLayer() throws Exception {
        suggested = Files.move(TestProjects.sampleCopy(dir), dir.resolve("suggested.parallax"));
        Cli run = Cli.parallax("assistant", "run", suggested, "--codes", "Balance of power");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(withProvenance(suggested)).isNotEmpty();
    }

    @Test
    void aRefiQdaRoundTripKeepsTheProvenanceAsProvenanceNotAsMemos() throws Exception {
        Path qdpx = dir.resolve("suggested.qdpx");
        assertThat(Cli.parallax("export", "qdpx", suggested, qdpx).exit()).isZero();
        Path copy = dir.resolve("copy.parallax");
        assertThat(Cli.parallax("new", copy).exit()).isZero();

        Cli imported = Cli.parallax("import", copy, qdpx);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(withProvenance(copy)).isEqualTo(withProvenance(suggested));
        assertThat(memos(copy)).isEqualTo(memos(suggested));
    }

    @Test
    void aMergedProjectsPassagesKeepTheirProvenanceThroughUndoAndRedo() throws Exception {
        Path base = Files.copy(TestProjects.SAMPLES.resolve("nato-russia.parallax"), dir.resolve("base.parallax"));

        Cli merged = Cli.parallax("merge", base, suggested);

        assertThat(merged.exit()).as(merged.err()).isZero();
        List<String> expected = withProvenance(suggested);
        assertThat(withProvenance(base)).isEqualTo(expected);
        try (Workbench wb = Workbench.open(base)) {
            wb.history().undo();
            wb.history().redo();
        }
        assertThat(withProvenance(base)).as("after undo and redo").isEqualTo(expected);
    }

    /** Each passage with a provenance record: its text and range, its code and coder, and the record. */
    private static List<String> withProvenance(Path project) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode p : json("segments", project)) {
            if (!p.path("provenance").asText("").isEmpty()) {
                // by the passage's text: a document's id in a new project is another
                out.add(p.get("text").asText() + " " + p.get("start").asText() + "-" + p.get("end").asText() + " "
                        + p.get("code").asText() + " " + p.get("coder").asText() + ": " + p.get("provenance").asText());
            }
        }
        return out.stream().sorted().toList();
    }

    private static List<String> memos(Path project) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode m : json("memos", project)) {
            out.add(m.get("kind").asText() + " " + m.get("about").asText() + ": " + m.get("text").asText());
        }
        return out.stream().sorted().toList();
    }

    private static JsonNode json(String listing, Path project) throws Exception {
        Cli cli = Cli.parallax(listing, project, "--format", "json");
        assertThat(cli.exit()).as(cli.err()).isZero();
        return JSON.readTree(cli.out());
    }
}
