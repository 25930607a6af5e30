package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.testutil.Cli;

/**
 * A .qdpx whose archive lacks the text file of one of its sources (cut short, or written in part): the rest comes in,
 * its codebook too, and what the summary says is what the project got. The note named "the archive", not which one,
 * and the summary said "1 code created" beside the documents added, as if the file had held nothing more.
 */
class QdpxSourcesMissingCliTest {
    private static final String PRESENT = "33333333-3333-3333-3333-333333333333";
    private static final String MISSING = "44444444-4444-4444-4444-444444444444";

    @TempDir
    Path dir;

    @Test
    void theSummarySaysHowManySourcesWereLeftOutAndTheNoteNamesTheArchive() {
        Path project = dir.resolve("study.parallax");
        Cli.ok("new", project);
        Path qdpx = QdpxFiles.zip(dir.resolve("halves.qdpx"), Map.of(
                "project.qde", QdpxFiles.utf8(projectOfTwoSources()),
                "sources/" + PRESENT + ".txt", QdpxFiles.utf8("NATO and Russia met in the Council.")));

        Cli imported = Cli.parallax("import", project, qdpx);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out().lines()).as(imported.err()).containsExactly(
                "halves.qdpx: 1 document added, 0 matched, 1 code created, 0 matched, 1 passage added, 0 already present",
                "halves.qdpx: 1 source of the file not imported (the notes say why), nor the passages coded in it",
                "positions: Unicode code points (the standard) in 1 sources");
        assertThat(imported.err().lines()).containsExactly("note: Source 'source two': its text file 'internal://"
                + MISSING + ".txt' is missing from halves.qdpx; not imported");
        assertThat(Cli.ok("docs", project).out().lines().skip(1)).singleElement().asString().contains("source one");
        assertThat(Cli.ok("codes", project).out().lines().skip(1)).singleElement().asString()
                .matches("\\s*\\d+\\s+Threat\\s+1\\s+1\\s+4\\s*");
    }

    private static String projectOfTwoSources() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="halves" origin="hand-made">
                  <Users><User guid="11111111-1111-1111-1111-111111111111" name="tester"/></Users>
                  <CodeBook><Codes>
                    <Code guid="22222222-2222-2222-2222-222222222222" name="Threat" isCodable="true"/>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="%s" name="source one" plainTextPath="internal://%s.txt">%s</TextSource>
                    <TextSource guid="%s" name="source two" plainTextPath="internal://%s.txt">%s</TextSource>
                  </Sources>
                </Project>
                """.formatted(PRESENT, PRESENT, QdpxFiles.selection("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaa1", 0, 4,
                "NATO"), MISSING, MISSING, QdpxFiles.selection("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaa2", 0, 4, "NATO"));
    }
}
