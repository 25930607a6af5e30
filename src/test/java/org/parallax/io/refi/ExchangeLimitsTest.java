package org.parallax.io.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files with more codes, users or notes than any project has: 300,000 flat codes in a .qdc ran for minutes and
 * 50,000 free notes in a .qdpx for more than five, with nothing said. Each is now refused in one line as it is read.
 */
class ExchangeLimitsTest {
    @TempDir
    Path dir;

    private static String guid(long n) {
        return new UUID(0x1234L, n).toString();
    }

    private Path codebook(String name, int codes) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
        for (int i = 0; i < codes; i++) {
            xml.append("<Code guid=\"").append(guid(i)).append("\" name=\"code ").append(i)
                    .append("\" isCodable=\"true\"/>");
        }
        return Files.writeString(dir.resolve(name), xml.append("</Codes></CodeBook>"));
    }

    private Path project(String name, String users, String notes) {
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
                + "<Users>" + users + "</Users><Notes>" + notes + "</Notes></Project>";
        return QdpxFiles.zip(dir.resolve(name), Map.of("project.qde", QdpxFiles.utf8(qde)));
    }

    private static String repeated(String format, int times) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) {
            out.append(format.formatted(guid(i), i));
        }
        return out.toString();
    }

    @Test
    void aCodebookOfFiftyThousandCodesIsReadAndOneMoreIsRefused() throws Exception {
        assertThat(new QdcReader().read(codebook("fits.qdc", 50_000)).project().codes()).hasSize(50_000);

        assertThatThrownBy(() -> new QdcReader().read(codebook("many.qdc", 50_001)))
                .isInstanceOf(RefiException.class)
                .hasMessage("many.qdc: holds more than 50,000 codes, the import limit; nothing was imported");
    }

    @Test
    void codesNestedUnderOthersCountAsWell() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>");
        for (int top = 0; top < 501; top++) {
            xml.append("<Code guid=\"").append(guid(1_000_000 + top)).append("\" name=\"top ").append(top)
                    .append("\" isCodable=\"true\">");
            for (int i = 0; i < 100; i++) {
                xml.append("<Code guid=\"").append(guid(top * 100L + i)).append("\" name=\"c ").append(top)
                        .append('.').append(i).append("\" isCodable=\"true\"/>");
            }
            xml.append("</Code>");
        }
        Path file = QdpxFiles.zip(dir.resolve("tree.qdpx"), Map.of("project.qde",
                QdpxFiles.utf8(xml.append("</Codes></CodeBook></Project>").toString())));

        assertThatThrownBy(() -> new QdpxReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessage("tree.qdpx: holds more than 50,000 codes, the import limit; nothing was imported");
    }

    @Test
    void aProjectOfMoreThanTenThousandUsersIsRefused() {
        Path file = project("users.qdpx", repeated("<User guid=\"%s\" name=\"user %d\"/>", 10_001), "");

        assertThatThrownBy(() -> new QdpxReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessage("users.qdpx: holds more than 10,000 users, the import limit; nothing was imported");
    }

    @Test
    void aProjectOfMoreThanAHundredThousandNotesIsRefused() {
        Path file = project("notes.qdpx", "", repeated("<Note guid=\"%s\" name=\"n%d\"><PlainTextContent>x"
                + "</PlainTextContent></Note>", 100_001));

        assertThatThrownBy(() -> new QdpxReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessage("notes.qdpx: holds more than 100,000 notes, the import limit; nothing was imported");
    }

    /**
     * The largest project the benchmark makes ({@code bench --scale 10}) holds 3,000,230 passages: its own export
     * was refused at 1,000,000 selections. Counted as the reader counts each element of a file.
     */
    @Test
    void theSelectionsAndCodingsOfTheLargestProjectAreWithinTheLimit() {
        ExchangeLimits limits = new ExchangeLimits("scale10.qdpx");
        for (int i = 0; i < 3_000_230; i++) {
            limits.count("PlainTextSelection");
            limits.count("Coding");
        }
        for (int i = 3_000_230; i < ExchangeLimits.MOST_PASSAGES; i++) {
            limits.count("PlainTextSelection");
        }

        assertThatThrownBy(() -> limits.count("PlainTextSelection")).isInstanceOf(RefiException.class)
                .hasMessage("scale10.qdpx: holds more than 10,000,000 selections, the import limit; nothing was imported");
    }
}
