package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * The JSON of a REFI-QDA process tracing note can write half a character as an escape ({@code \ud800}), which
 * SQLite and PostgreSQL store as '?': an event's label came in as "Lisbon ? summit". Such a note is refused in one
 * line naming the file, the note and the field, as a codebook JSON's field is, and the rest of the file imports.
 */
class TracingNoteHalfCharacterCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SET = "NATO-Russia relations since 1997";
    @TempDir
    Path dir;

    @Test
    void halfACharacterInANotesDataIsRefusedNamingTheFileNoteAndFieldAndTheRestImports() throws Exception {
        Path project = TestProjects.table1WithOneText(dir, "study.parallax", "munich.txt",
                "NATO expansion is a threat.\n", "--title", "munich", "--date", "2007-02-10");
        Cli.ok("code", project, "--doc", 1, "--start", 0, "--end", 27, "--code", "Balance of power");
        Cli.ok("hypothesis", "template", project);
        Cli.ok("evidence", "add", project, "--set", SET, "--segment", 1, "--likelihood", "H1=0.8",
                "--likelihood", "H2=0.5", "--likelihood", "Other=0.3", "--description", "enlargement read as threat");
        Cli.ok("event", "add", project, "--date", "2010-11-20", "--label", "Lisbon summit");
        Cli.ok("event", "add", project, "--date", "2008-04-03", "--label", "Bucharest summit");
        Path qdpx = dir.resolve("study.qdpx");
        Cli.ok("export", "qdpx", project, qdpx);
        var entries = new LinkedHashMap<>(QdpxFiles.entries(qdpx));
        String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        String broken = qde.replace("\"label\" : \"Lisbon summit\"", "\"label\" : \"Lisbon \\ud800 summit\"")
                .replace("\"description\" : \"enlargement read as threat\"",
                        "\"description\" : \"enlargement \\udfff read as threat\"");
        assertThat(broken).contains("Lisbon \\ud800 summit", "enlargement \\udfff read");
        entries.put("project.qde", broken.getBytes(StandardCharsets.UTF_8));
        Path edited = dir.resolve("edited.qdpx");
        QdpxFiles.zip(edited, entries);

        Path fresh = dir.resolve("fresh.parallax");
        Cli.ok("new", fresh);
        Cli imported = Cli.ok("import", fresh, edited);

        String said = imported.out() + imported.err();
        assertThat(said.lines().filter(l -> l.contains("Lisbon"))).singleElement().asString()
                .contains("edited.qdpx").contains("label").contains("holds half a character (U+D800")
                .contains("not imported").doesNotContain("Exception");
        assertThat(said.lines().filter(l -> l.contains("Evidence #1"))).singleElement().asString()
                .contains("edited.qdpx").contains("description").contains("holds half a character (U+DFFF")
                .contains("not imported");
        String events = Cli.ok("event", "list", fresh, "--format", "json").out();
        assertThat(events).contains("Bucharest summit").doesNotContain("Lisbon");
        JsonNode items = JSON.readTree(Cli.ok("evidence", fresh, "--set", SET, "--format", "json").out());
        assertThat(items).isEmpty();
        assertThat(Cli.ok("hypotheses", fresh, "--format", "json").out()).contains("H1");
    }
}
