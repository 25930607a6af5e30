package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.Document;
import org.parallax.testutil.TestProjects;

/**
 * Sources a .qdpx keeps outside itself, as REFI-QDA lets an exporter do with {@code relative://} paths under the
 * project's basePath and {@code absolute://} paths: read from the folder the .qdpx was chosen from, never from
 * elsewhere, and each one not found named with where it was looked for.
 */
class ExternalSourcesImportTest {
    private static final String CODE = "22222222-2222-2222-2222-222222222222";

    @TempDir
    Path dir;
    Path exchange;
    Workbench wb;

    @BeforeEach
    void open() throws Exception {
        wb = TestProjects.table1(dir);
        exchange = Files.createDirectories(dir.resolve("exchange"));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void relativeAndAbsoluteSourcesBesideTheQdpxAreImportedWithTheirPassages() throws Exception {
        Files.createDirectories(exchange.resolve("AR"));
        Files.writeString(exchange.resolve("AR/John Interview.txt"), "John spoke of the threat from the east.");
        Files.writeString(exchange.resolve("Group Interview.txt"), "The group spoke of trust.");
        Path qdpx = QdpxFiles.zip(exchange.resolve("study.qdpx"), Map.of("project.qde", utf8(project(
                source("aaaaaaaa-0000-0000-0000-000000000001", "John Interview",
                        "relative:///AR/John Interview.txt", 18, 24)
                + source("aaaaaaaa-0000-0000-0000-000000000002", "Group Interview",
                        "absolute:///C:/PROJECT/Sources/Group Interview.txt", 19, 24)))));

        ExchangeReport report = wb.exchange().importQdpx(qdpx);

        assertThat(report.documentsAdded()).containsExactly("John Interview", "Group Interview");
        assertThat(report.problems()).noneMatch(p -> p.contains("Interview"));
        assertThat(codedText("John Interview")).isEqualTo("threat");
        assertThat(codedText("Group Interview")).isEqualTo("trust");
    }

    @Test
    void sourcesNotBesideTheQdpxAreNamedWithWhereTheyWereLookedForAndNothingOutsideIsRead() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "TOP-SECRET-VALUE of this computer");
        Files.createSymbolicLink(exchange.resolve("linked.txt"), secret);
        Path qdpx = QdpxFiles.zip(exchange.resolve("study.qdpx"), Map.of("project.qde", utf8(project(
                source("aaaaaaaa-0000-0000-0000-000000000001", "Gone", "relative:///AR/gone.txt", 0, 4)
                + source("aaaaaaaa-0000-0000-0000-000000000002", "Secret", "absolute://" + secret, 0, 4)
                + source("aaaaaaaa-0000-0000-0000-000000000003", "Climbing", "relative://../elsewhere/secret.txt",
                        0, 4)
                + source("aaaaaaaa-0000-0000-0000-000000000004", "Linked", "relative:///linked.txt", 0, 4)))));

        ExchangeReport report = wb.exchange().importQdpx(qdpx);

        assertThat(report.documentsAdded()).isEmpty();
        assertThat(report.problems()).contains(
                "Source 'Gone': its text file 'relative:///AR/gone.txt' is neither in study.qdpx nor in its folder "
                        + "(looked for " + exchange.resolve("AR/gone.txt") + " and " + exchange.resolve("gone.txt")
                        + "); not imported",
                "Source 'Secret': its text file 'absolute://" + secret + "' is neither in study.qdpx nor in its "
                        + "folder (looked for " + exchange.resolve("secret.txt") + "); a path outside that folder is "
                        + "not read, so put the file beside study.qdpx; not imported",
                "Source 'Climbing': its text file 'relative://../elsewhere/secret.txt' is neither in study.qdpx nor "
                        + "in its folder (looked for " + exchange.resolve("secret.txt") + "); not imported",
                "Source 'Linked': its text file 'relative:///linked.txt', found at " + exchange.resolve("linked.txt")
                        + ", links outside the folder of "
                        + "study.qdpx and is not read; not imported");
        assertThat(wb.documents().list()).isEmpty();
    }

    private String codedText(String title) {
        Document doc = wb.documents().list().stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
        var passage = wb.coding().segments().stream().filter(s -> s.documentId() == doc.id()).findFirst()
                .orElseThrow();
        return wb.documents().text(doc.id()).substring(passage.start(), passage.end());
    }

    private static String project(String sources) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="study" origin="hand-made"
                    basePath="C:/PROJECT/Sources">
                  <Users><User guid="11111111-1111-1111-1111-111111111111" name="tester"/></Users>
                  <CodeBook><Codes><Code guid="%s" name="Threat" isCodable="true"/></Codes></CodeBook>
                  <Sources>%s</Sources>
                </Project>
                """.formatted(CODE, sources);
    }

    private static String source(String guid, String name, String path, int start, int end) {
        return """
                <TextSource guid="%s" name="%s" plainTextPath="%s">
                  <PlainTextSelection guid="%s" startPosition="%d" endPosition="%d"
                      creatingUser="11111111-1111-1111-1111-111111111111">
                    <Coding guid="%s"><CodeRef targetGUID="%s"/></Coding>
                  </PlainTextSelection>
                </TextSource>
                """.formatted(guid, name, path, guid.replace('a', 'b'), start, end, guid.replace('a', 'c'), CODE);
    }
}
