package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.ImportLimits;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.io.refi.QdpxReader;
import org.parallax.io.refi.RefiException;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

class ExchangeHostileInputTest {
    private static final String SOURCE = "aaaaaaaa-0000-0000-0000-000000000001";

    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open(Backend backend) {
        wb = backend.table1(dir);
        TestProjects.importSamples(wb);
        long doc = wb.documents().list().get(0).id();
        wb.coding().code(doc, 0, 5, wb.codebook().code("Balance of power").id(), "kept");
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void externalEntityInProjectXmlIsRefusedNotExpanded() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Project [<!ENTITY xxe SYSTEM "%s">]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>
                """.formatted(secret.toUri());
        Path file = QdpxFiles.zip(dir.resolve("xxe.qdpx"), Map.of("project.qde", utf8(qde)));
        List<Object> before = state();
        assertThatThrownBy(() -> wb.exchange().importQdpx(file)).isInstanceOf(RefiException.class)
                .hasMessageContaining("xxe.qdpx").hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET-VALUE"));
        assertThat(state()).isEqualTo(before);
    }

    @BothBackends
    void zipSlipEntryIsIgnoredReportedAndNeverWritten() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", utf8(QdpxFiles.projectWithSource(SOURCE, "internal://" + SOURCE + ".txt", "")));
        entries.put("sources/" + SOURCE + ".txt", utf8("A harmless new text about the Founding Act."));
        entries.put("../../evil.txt", utf8("escaped"));
        entries.put("/tmp/parallax-evil-absolute.txt", utf8("escaped"));
        Path file = QdpxFiles.zip(dir.resolve("slip.qdpx"), entries);
        ExchangeReport report = wb.exchange().importQdpx(file);
        assertThat(report.documentsAdded()).containsExactly("source one");
        assertThat(report.problems()).anyMatch(p -> p.contains("../../evil.txt"))
                .anyMatch(p -> p.contains("/tmp/parallax-evil-absolute.txt"));
        assertThat(dir.resolve("../../evil.txt").normalize()).doesNotExist();
        assertThat(Path.of("../../evil.txt").toAbsolutePath().normalize()).doesNotExist();
        assertThat(Path.of("/tmp/parallax-evil-absolute.txt")).doesNotExist();
    }

    /**
     * A source whose text file is a picture, text in Windows-1251 or text with zero bytes came in as a document of
     * replacement characters and zero bytes, its passage coded in them; REFI-QDA's plain text is UTF-8. Each is now
     * named in the report and left out, and the project holds nothing of it.
     */
    @BothBackends
    void aSourceWhoseTextFileIsNotUtf8TextIsNamedAndNotImported() {
        byte[] picture = new byte[3000];
        new java.util.Random(5).nextBytes(picture);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, picture, 0, 8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("picture", picture);
        files.put("cp1251", "Встреча в Брюсселе прошла хорошо.".getBytes(
                java.nio.charset.Charset.forName("windows-1251")));
        files.put("zeros", utf8("Text with\0\0 zero bytes in it, and more text after them."));
        List<Object> before = state();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = "internal://" + SOURCE + ".txt";
            Path qdpx = QdpxFiles.zip(dir.resolve(file.getKey() + ".qdpx"), Map.of("project.qde",
                    utf8(QdpxFiles.projectWithSource(SOURCE, path, QdpxFiles.selection(
                            "bbbbbbbb-0000-0000-0000-000000000001", 8, 16, "passage"))),
                    "sources/" + SOURCE + ".txt", file.getValue()));

            ExchangeReport report = wb.exchange().importQdpx(qdpx);

            assertThat(report.documentsAdded()).as(file.getKey()).isEmpty();
            assertThat(report.problems()).as(file.getKey()).anyMatch(p -> p.startsWith("Source 'source one': its "
                    + "text file '" + path + "' ") && p.endsWith("; not imported")
                    && (p.contains("is not UTF-8 text") || p.contains("holds binary data")));
        }
        assertThat(wb.documents().list()).hasSize((int) before.get(0));
        assertThat(wb.coding().segments()).hasSize(1);
        assertThat(wb.integrityCheck()).isEqualTo("ok");
    }

    @BothBackends
    void zipBombFailsClearlyAndLeavesProjectUnchanged() {
        byte[] zeros = new byte[30 << 20];
        Path file = QdpxFiles.zip(dir.resolve("bomb.qdpx"), Map.of(
                "project.qde", utf8(QdpxFiles.projectWithSource(SOURCE, "internal://" + SOURCE + ".txt", "")),
                "sources/" + SOURCE + ".txt", zeros));
        List<Object> before = state();
        assertThatThrownBy(() -> wb.exchange().importQdpx(file)).isInstanceOf(RefiException.class)
                .hasMessageContaining("bomb.qdpx").hasMessageContaining("zip bomb");
        assertThat(state()).isEqualTo(before);
    }

    @BothBackends
    void archiveOverTheEntryOrSizeLimitsIsRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            entries.put("sources/" + i + ".txt", utf8("text " + i));
        }
        Path many = QdpxFiles.zip(dir.resolve("many.qdpx"), entries);
        assertThatThrownBy(() -> new QdpxReader(new ImportLimits(1 << 20, 10, 1 << 20, 100)).read(many))
                .isInstanceOf(RefiException.class).hasMessageContaining("20 entries");
        Path big = QdpxFiles.zip(dir.resolve("big.qdpx"), Map.of("project.qde", new byte[300_000]));
        assertThatThrownBy(() -> new QdpxReader(new ImportLimits(1 << 20, 10, 200_000, 1_000_000)).read(big))
                .isInstanceOf(RefiException.class).hasMessageContaining("unpacks to more than");
    }

    @BothBackends
    void failedImportLeavesTheProjectUnchanged() {
        // A new frame, a new user and a new document come first; the clash with a scenario name fails late.
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="clash">
                  <Users><User guid="11111111-1111-1111-1111-111111111111" name="newcomer"/></Users>
                  <CodeBook><Codes>
                    <Code guid="33333333-3333-3333-3333-333333333333" name="Rogue frame" isCodable="false">
                      <Code guid="44444444-4444-4444-4444-444444444444" name="Institutionalized dialogue"
                            isCodable="true"/>
                    </Code>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="%s" name="new" plainTextPath="internal://%s.txt"/>
                  </Sources>
                </Project>
                """.formatted(SOURCE, SOURCE);
        Path file = QdpxFiles.zip(dir.resolve("clash.qdpx"), Map.of("project.qde", utf8(qde),
                "sources/" + SOURCE + ".txt", utf8("A text the project does not have yet.")));
        List<Object> before = state();
        assertThatThrownBy(() -> wb.exchange().importQdpx(file)).isInstanceOf(ParallaxException.class)
                .hasMessageContaining("Institutionalized dialogue");
        assertThat(state()).isEqualTo(before);
        assertThat(wb.integrityCheck()).isEqualTo("ok");
        assertThat(wb.coding().segments()).hasSize(1);
    }

    /**
     * A coding whose CodeRef names no code, or a code the file does not have, is left out and named by its selection:
     * a CodeRef without its targetGUID was reported as "refers to unknown code null", three times alike.
     */
    @BothBackends
    void aCodingWithoutACodeOrWithAnUnknownOneIsNamedByItsSelection() {
        String selections = """
                <PlainTextSelection guid="aaaaaaaa-0000-0000-0000-0000000000a1" startPosition="0" endPosition="8">
                  <Coding guid="aaaaaaaa-0000-0000-0000-0000000000b1"><CodeRef/></Coding>
                </PlainTextSelection>
                <PlainTextSelection guid="aaaaaaaa-0000-0000-0000-0000000000a2" startPosition="9" endPosition="18">
                  <Coding guid="aaaaaaaa-0000-0000-0000-0000000000b2">
                    <CodeRef targetGUID="99999999-9999-9999-9999-999999999999"/></Coding>
                </PlainTextSelection>
                """ + QdpxFiles.selection("aaaaaaaa-0000-0000-0000-0000000000a3", 19, 24, "kept");
        Path file = QdpxFiles.zip(dir.resolve("refs.qdpx"), Map.of(
                "project.qde", utf8(QdpxFiles.projectWithSource(SOURCE, "internal://" + SOURCE + ".txt", selections)),
                "sources/" + SOURCE + ".txt", utf8("Founding Act signed in Paris, May 1997.")));

        ExchangeReport report = wb.exchange().importQdpx(file);

        assertThat(report.problems()).contains(
                "Source 'source one': a coding of selection aaaaaaaa-0000-0000-0000-0000000000a1 names no code (its"
                        + " CodeRef has no targetGUID); not imported",
                "Source 'source one': a coding of selection aaaaaaaa-0000-0000-0000-0000000000a2 refers to unknown code"
                        + " 99999999-9999-9999-9999-999999999999; not imported");
        assertThat(report.problems()).noneMatch(p -> p.contains("null"));
        assertThat(report.segmentsAdded()).isEqualTo(1);
    }

    /** Counts and names that any partial import would change. */
    private List<Object> state() {
        return List.of(wb.documents().list().size(), wb.coding().segments().size(),
                wb.codebook().current().codes().size(), wb.codebook().current().frames().size(),
                wb.coders().size(), wb.integrityCheck());
    }
}
