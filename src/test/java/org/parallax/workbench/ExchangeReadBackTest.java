package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.io.refi.QdpxReader;
import org.parallax.io.refi.RefiException;
import org.parallax.model.Document;
import org.parallax.testutil.TestProjects;

/** Parallax reads back every project file it writes, while zip bombs stay refused (issue 12 item 3). */
class ExchangeReadBackTest {
    @TempDir
    Path dir;

    @BothBackends
    void aProjectWithAFiveMegabyteOneLineDocumentReadsBack(Backend backend) throws Exception {
        // One line repeated: compresses far beyond 100 to 1, like the tester's file.
        String line = "NATO and Russia agreed to consult on terrorism. ".repeat(110_000);
        Path text = Files.writeString(dir.resolve("one-line.txt"), line);
        Path qdpx = dir.resolve("big.qdpx");
        String stored;
        try (Workbench wb = backend.table1(dir)) {
            long id = TestProjects.importOne(wb, text);
            stored = wb.documents().text(id);
            assertThat(stored.length()).isGreaterThan(5_000_000);
            wb.coding().code(id, 4_000_000, 4_000_040, wb.codebook().current().codes().get(0).id(), null);
            wb.exchange().exportQdpx(qdpx);
        }
        try (Workbench copy = Workbench.create(dir.resolve("copy.parallax"), CodebookTemplates.named("table1"))) {
            ExchangeReport report = copy.exchange().importQdpx(qdpx);
            assertThat(report.documentsAdded()).hasSize(1);
            assertThat(report.segmentsAdded()).isEqualTo(1);
            Document d = copy.documents().list().get(0);
            assertThat(copy.documents().text(d.id())).isEqualTo(stored);
        }
    }

    @BothBackends
    void manyHighlyCompressedEntriesTogetherAreRefusedAsAZipBomb(Backend backend) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", QdpxFiles.utf8(QdpxFiles.projectWithSource(UUID.randomUUID().toString(),
                "internal://x.txt", "")));
        for (int i = 0; i < 40; i++) {
            entries.put("sources/" + i + ".txt", new byte[2 << 20]);
        }
        Path bomb = QdpxFiles.zip(dir.resolve("spread-bomb.qdpx"), entries);
        assertThatThrownBy(() -> new QdpxReader().read(bomb)).isInstanceOf(RefiException.class)
                .hasMessageContaining("spread-bomb.qdpx").hasMessageContaining("zip bomb");
    }

    @BothBackends
    void aProjectWithMoreSourcesThanADocumentsEntryLimitReadsBack(Backend backend) {
        int sources = 12_000;
        StringBuilder qde = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="many" origin="test"><Sources>
                """);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < sources; i++) {
            String guid = new UUID(0, i + 1).toString();
            qde.append("<TextSource guid=\"").append(guid).append("\" name=\"source ").append(i)
                    .append("\" plainTextPath=\"internal://").append(guid).append(".txt\"/>\n");
            entries.put("sources/" + guid + ".txt", QdpxFiles.utf8("Source text number " + i));
        }
        entries.put("project.qde", QdpxFiles.utf8(qde.append("</Sources></Project>\n").toString()));
        Path many = QdpxFiles.zip(dir.resolve("many.qdpx"), entries);
        assertThat(new QdpxReader().read(many).project().sources()).hasSize(sources);
    }
}
