package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;

/**
 * A codebook file's codes go in one level of their tree at a time ({@code CodeBatchInsertTest} counts the
 * statements), and the tree stands as the file has it: each code under its parent and in its frame, new codes in the
 * file's order after the project's, a code already here matched with new codes under it, and a second code of a name
 * named after the parent it stands under, on SQLite and on a team server alike.
 */
class ExchangeCodeTreeLevelsTest {
    private static final String QDC = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes>
            <Code guid="00000000-0000-0000-0000-000000000001" name="Realism" isCodable="false">
              <Code guid="00000000-0000-0000-0000-000000000002" name="Power" isCodable="true">
                <Code guid="00000000-0000-0000-0000-000000000003" name="Hard power" isCodable="true">
                  <Code guid="00000000-0000-0000-0000-000000000004" name="Military" isCodable="true"/>
                </Code>
                <Code guid="00000000-0000-0000-0000-000000000005" name="Soft power" isCodable="true">
                  <Code guid="00000000-0000-0000-0000-000000000006" name="Military" isCodable="true"/>
                </Code>
              </Code>
              <Code guid="00000000-0000-0000-0000-000000000007" name="Balance of power" isCodable="true">
                <Code guid="00000000-0000-0000-0000-000000000008" name="Alliances" isCodable="true"/>
              </Code>
            </Code>
            <Code guid="00000000-0000-0000-0000-000000000009" name="Unsorted" isCodable="true"/>
            </Codes></CodeBook>
            """;

    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open(Backend backend) {
        wb = backend.table1(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void theTreeStandsAsTheFileHasIt() throws Exception {
        Codebook before = wb.codebook().current();
        int lastPosition = before.codes().stream().mapToInt(Code::position).max().orElse(0);

        var report = wb.exchange().importQdc(Files.writeString(dir.resolve("tree.qdc"), QDC));

        Codebook after = wb.codebook().current();
        long realism = after.frames().stream().filter(f -> f.name().equals("Realism")).findFirst().orElseThrow().id();
        assertThat(report.codesCreated()).isEqualTo(7);
        assertThat(report.problems()).contains("The file has more than one code named 'Military'; the one under "
                + "'Soft power' was imported as 'Military (under Soft power)' (code names are unique in a project)");
        assertThat(parentOf(after, "Power")).isNull();
        assertThat(parentOf(after, "Hard power")).isEqualTo("Power");
        assertThat(parentOf(after, "Military")).isEqualTo("Hard power");
        assertThat(parentOf(after, "Soft power")).isEqualTo("Power");
        assertThat(parentOf(after, "Military (under Soft power)")).isEqualTo("Soft power");
        assertThat(parentOf(after, "Alliances")).isEqualTo("Balance of power");
        assertThat(parentOf(after, "Unsorted")).isNull();
        for (String name : List.of("Power", "Hard power", "Military", "Soft power", "Military (under Soft power)",
                "Alliances")) {
            assertThat(code(after, name).frameId()).as(name).isEqualTo(realism);
        }
        assertThat(code(after, "Unsorted").frameId()).isNull();
        assertThat(after.codes().stream().filter(c -> before.code(c.id()).isEmpty())
                .sorted(Comparator.comparingInt(Code::position)).map(Code::name).toList())
                .containsExactly("Power", "Hard power", "Military", "Soft power", "Military (under Soft power)",
                        "Alliances", "Unsorted");
        assertThat(after.codes().stream().filter(c -> before.code(c.id()).isEmpty()).mapToInt(Code::position).min()
                .orElseThrow()).isGreaterThan(lastPosition);
        assertThat(wb.exchange().importQdc(dir.resolve("tree.qdc")).codesCreated()).as("imported again").isZero();
    }

    private static Code code(Codebook book, String name) {
        return book.codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String parentOf(Codebook book, String name) {
        Long parent = code(book, name).parentId();
        return parent == null ? null : book.code(parent).orElseThrow().name();
    }
}
