package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;

/**
 * NVivo lets a code carry its parent's name ("pedagogy" under "pedagogy"); code names are unique in a project, and the
 * second one came in as "pedagogy (pedagogy)", which reads as a note on the code rather than where it stood. It comes in
 * as "pedagogy (under pedagogy)", and the import's line says which one was renamed and why.
 */
class SameNameUnderItsParentImportTest {
    private static final String QDE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="courses" origin="NVivo">
              <CodeBook><Codes>
                <Code guid="00000000-0000-0000-0000-000000000001" name="pedagogy" isCodable="true">
                  <Code guid="00000000-0000-0000-0000-000000000002" name="pedagogy" isCodable="true"/>
                  <Code guid="00000000-0000-0000-0000-000000000003" name="assessment" isCodable="true"/>
                </Code>
                <Code guid="00000000-0000-0000-0000-000000000004" name="Security" isCodable="true">
                  <Code guid="00000000-0000-0000-0000-000000000005" name="Trust" isCodable="true"/>
                </Code>
                <Code guid="00000000-0000-0000-0000-000000000006" name="Economy" isCodable="true">
                  <Code guid="00000000-0000-0000-0000-000000000007" name="Trust" isCodable="true"/>
                </Code>
              </Codes></CodeBook>
            </Project>
            """;
    @TempDir
    Path dir;
    Workbench wb;

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void aCodeNamedAsItsParentIsNamedUnderItAndTheLineSaysSo(Backend backend) {
        wb = backend.create(dir.resolve("courses.parallax"), null);
        Path qdpx = QdpxFiles.zip(dir.resolve("courses.qdpx"), Map.of("project.qde", QdpxFiles.utf8(QDE)));

        ExchangeReport report = wb.exchange().importQdpx(qdpx);

        Codebook book = wb.codebook().current();
        assertThat(parentOf(book, "pedagogy (under pedagogy)")).isEqualTo("pedagogy");
        assertThat(parentOf(book, "Trust (under Economy)")).isEqualTo("Economy");
        assertThat(book.codeNamed("pedagogy (pedagogy)")).isEmpty();
        assertThat(report.problems()).contains(
                "The file has more than one code named 'pedagogy'; the one under 'pedagogy' was imported as "
                        + "'pedagogy (under pedagogy)' (code names are unique in a project)",
                "The file has more than one code named 'Trust'; the one under 'Economy' was imported as "
                        + "'Trust (under Economy)' (code names are unique in a project)");
        assertThat(wb.check().full()).isEmpty();
    }

    /** A project that took the file before, under the names given then, takes it again without a second code. */
    @BothBackends
    void aCodeAnEarlierImportNamedAfterItsParentIsMatchedAgain(Backend backend) {
        wb = backend.create(dir.resolve("courses.parallax"), null);
        Code economy = wb.codebook().addCode("Economy", null, null, null, null);
        wb.codebook().addCode("Trust (Economy)", null, economy.id(), null, null);
        Path qdpx = QdpxFiles.zip(dir.resolve("courses.qdpx"), Map.of("project.qde", QdpxFiles.utf8(QDE)));

        wb.exchange().importQdpx(qdpx);

        Codebook book = wb.codebook().current();
        assertThat(book.codeNamed("Trust (under Economy)")).isEmpty();
        assertThat(book.codes().stream().filter(c -> c.name().startsWith("Trust")).map(Code::name))
                .containsExactlyInAnyOrder("Trust", "Trust (Economy)");
    }

    private static String parentOf(Codebook book, String name) {
        Long parent = book.codeNamed(name).orElseThrow().parentId();
        return parent == null ? null : book.code(parent).orElseThrow().name();
    }
}
