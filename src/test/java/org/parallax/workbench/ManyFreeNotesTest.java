package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.TestProjects;

/**
 * Named notes that belong to no passage or code join the project memo (the research journal). Each was appended by
 * reading and writing the whole memo again: 50,000 of them ran for more than five minutes, 30,000 for minutes, and together they could
 * make a memo longer than a memo may be.
 */
class ManyFreeNotesTest {
    @TempDir
    Path dir;

    private Path notes(int count, String text) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Notes>");
        for (int i = 0; i < count; i++) {
            xml.append("<Note guid=\"").append(new UUID(0x77L, i)).append("\" name=\"note ").append(i)
                    .append("\"><PlainTextContent>").append(text).append(' ').append(i)
                    .append("</PlainTextContent></Note>");
        }
        return QdpxFiles.zip(dir.resolve("journal.qdpx"), Map.of("project.qde",
                QdpxFiles.utf8(xml.append("</Notes></Project>").toString())));
    }

    @Test
    void thirtyThousandFreeNotesJoinTheProjectMemoInSeconds() {
        Path file = notes(30_000, "A thought");
        try (Workbench wb = TestProjects.table1(dir)) {
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> wb.exchange().importQdpx(file));

            String journal = wb.memos().memo(MemoTarget.project()).orElseThrow().text();
            assertThat(journal).startsWith("note 0\n\nA thought 0").endsWith("note 29999\n\nA thought 29999");
        }
    }

    @Test
    void notesThatTogetherPassTheLongestMemoAreLeftOutAndSaid() {
        Path file = notes(120, "x".repeat(10_000));
        try (Workbench wb = TestProjects.table1(dir)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            String journal = wb.memos().memo(MemoTarget.project()).orElseThrow().text();
            assertThat(journal.length()).isLessThanOrEqualTo(Memos.MAX_LENGTH).isGreaterThan(990_000);
            assertThat(report.problems()).contains("21 imported texts not added to the project memo: it would hold "
                    + "more than 1,000,000 characters");
        }
    }

    /** Each note said its own line: a file of 30,000 journal entries made a report of 30,000 lines. */
    @Test
    void freeNotesAreSaidInOneLine() {
        Path file = notes(2_000, "A thought");
        try (Workbench wb = TestProjects.table1(dir)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            assertThat(report.problems()).filteredOn(p -> p.contains("belong")).containsExactly("2,000 notes belong "
                    + "to no passage or code: added to the project memo (research journal), each under its name ('note 0', "
                    + "'note 1', 'note 2', …)");
        }
    }
}
