package org.parallax.io.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REFI-QDA files damaged in ways the fuzzer found: each fails with one line that says what is wrong. */
class DamagedExchangeFileTest {
    @TempDir
    Path dir;

    @Test
    void archiveWithDamagedEndRecordIsReportedWithAReasonNotNull() throws Exception {
        Path file = QdpxFiles.zip(dir.resolve("damaged-end.qdpx"), Map.of("project.qde",
                QdpxFiles.utf8("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>")));
        byte[] bytes = Files.readAllBytes(file);
        // The last byte is the high byte of the archive comment's length: now 256 bytes that are not there.
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> new QdpxReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessageStartingWith("damaged-end.qdpx: not a readable zip archive (")
                .hasMessageEndingWith("(the file ends before the archive does; truncated?)");
    }

    @Test
    void lineBreakQuotedByTheXmlParserStaysOutOfTheMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.qdc"),
                "<?xml version=\"\n1.0\" encoding=\"UTF-8\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>");
        assertThatThrownBy(() -> new QdcReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessageStartingWith("broken.qdc: not readable XML (XML version \" 1.0\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /**
     * 100,000 codes inside each other in a project.qde: building their DOM checked every new code against all its
     * ancestors, and the import ran for hours. The file is now refused at the first element 1,000 deep.
     */
    @Test
    void codesNestedAHundredThousandDeepAreRefusedInOneLine() {
        StringBuilder codes = new StringBuilder();
        int depth = 100_000;
        for (int i = 0; i < depth; i++) {
            codes.append("<Code guid=\"c-").append(i).append("\" name=\"c").append(i).append("\" isCodable=\"true\">");
        }
        codes.append("</Code>".repeat(depth));
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
                + "<CodeBook><Codes>" + codes + "</Codes></CodeBook></Project>";
        Path file = QdpxFiles.zip(dir.resolve("deep.qdpx"), Map.of("project.qde", QdpxFiles.utf8(qde)));

        assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> new QdpxReader().read(file)))
                .isInstanceOf(RefiException.class)
                .hasMessageStartingWith("deep.qdpx: project.qde: not readable XML (line 1, column ")
                .hasMessageEndingWith(": elements nested more than 1000 deep, which no REFI-QDA project has)");
    }

    /**
     * A codebook (.qdc) with a DOCTYPE was refused in the XML parser's words, "DOCTYPE is disallowed when the feature
     * \"http://apache.org/xml/features/disallow-doctype-decl\" set to true."; it now reads as a project's does.
     */
    @Test
    void aCodebookWithADoctypeIsRefusedInTheWordsAProjectGets() throws Exception {
        Path file = Files.writeString(dir.resolve("entities.qdc"), "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x "
                + "SYSTEM \"file:///etc/passwd\">]><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"g\" "
                + "name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>");

        assertThatThrownBy(() -> new QdcReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessage("entities.qdc: not readable XML (a DOCTYPE is not allowed: REFI-QDA files have none, and "
                        + "its entities could read other files)");
    }
}
