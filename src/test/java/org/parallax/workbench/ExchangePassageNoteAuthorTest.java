package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.Coder;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;

/**
 * A note on a coded passage written by another user than its coder (a supervisor's comment in NVivo, MAXQDA or
 * ATLAS.ti) became the passage's memo credited to the passage's coder, dated when the passage was coded: the import
 * folded the note into the passage, whose memo is written by its coder. It keeps the note's author and dates now.
 */
class ExchangePassageNoteAuthorTest {
    private static final String ANA = "11111111-1111-1111-1111-111111111111";
    private static final String SUPERVISOR = "44444444-4444-4444-4444-444444444444";

    @TempDir
    Path dir;

    @BothBackends
    void aNoteAnotherUserWroteOnACodedPassageKeepsItsAuthorAndDates(Backend backend) {
        Path file = QdpxFiles.zip(dir.resolve("team.qdpx"), Map.of("project.qde", QdpxFiles.utf8(qde())));
        try (Workbench wb = backend.create(dir.resolve("team.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            assertThat(report.segmentsAdded()).isEqualTo(2);
            long document = wb.documents().list().get(0).id();
            Segment commented = wb.coding().segmentsOfDocument(document).stream().filter(s -> s.start() == 10)
                    .findFirst().orElseThrow();
            assertThat(coderName(wb, commented.coderId())).isEqualTo("Ana");
            Memo note = wb.memos().memo(MemoTarget.passage(commented.id())).orElseThrow();
            assertThat(note.text()).isEqualTo("Is this really a threat, or a warning?");
            assertThat(note.author()).isEqualTo("Sam");
            assertThat(note.created()).isEqualTo(Instant.parse("2024-05-03T09:00:00Z"));
            assertThat(note.modified()).isEqualTo(Instant.parse("2024-05-04T10:30:00Z"));
            assertThat(note.lastEditedBy()).isEqualTo("Sam");

            Segment own = wb.coding().segmentsOfDocument(document).stream().filter(s -> s.start() == 0)
                    .findFirst().orElseThrow();
            Memo ownNote = wb.memos().memo(MemoTarget.passage(own.id())).orElseThrow();
            assertThat(ownNote.text()).isEqualTo("NATO named first.");
            assertThat(ownNote.author()).as("a note by the passage's coder stays the coder's").isEqualTo("Ana");
        }
    }

    private static String coderName(Workbench wb, long coderId) {
        return wb.coders().stream().filter(c -> c.id() == coderId).map(Coder::name).findFirst().orElseThrow();
    }

    /** Ana coded two passages; she noted the first, her supervisor Sam the second, a day after Ana coded it. */
    private static String qde() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="team" origin="hand-made">
                  <Users><User guid="%1$s" name="Ana"/><User guid="%2$s" name="Sam"/></Users>
                  <CodeBook><Codes>
                    <Code guid="22222222-2222-2222-2222-222222222222" name="Threat" isCodable="true"/>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="66666666-6666-6666-6666-666666666666" name="talk" creatingUser="%1$s">
                      <PlainTextContent>NATO is a threat to peace.</PlainTextContent>
                      <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="0"
                          endPosition="4" creatingUser="%1$s" creationDateTime="2024-05-02T08:00:00Z">
                        <Coding guid="88888888-8888-8888-8888-888888888881" creatingUser="%1$s"
                            creationDateTime="2024-05-02T08:00:00Z">
                          <CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
                        <NoteRef targetGUID="99999999-9999-9999-9999-999999999991"/>
                      </PlainTextSelection>
                      <PlainTextSelection guid="77777777-7777-7777-7777-777777777778" startPosition="10"
                          endPosition="16" creatingUser="%1$s" creationDateTime="2024-05-02T08:05:00Z">
                        <Coding guid="88888888-8888-8888-8888-888888888882" creatingUser="%1$s"
                            creationDateTime="2024-05-02T08:05:00Z">
                          <CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
                        <NoteRef targetGUID="99999999-9999-9999-9999-999999999992"/>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                  <Notes>
                    <Note guid="99999999-9999-9999-9999-999999999991" creatingUser="%1$s"
                        creationDateTime="2024-05-02T08:00:00Z">
                      <PlainTextContent>NATO named first.</PlainTextContent></Note>
                    <Note guid="99999999-9999-9999-9999-999999999992" creatingUser="%2$s"
                        creationDateTime="2024-05-03T09:00:00Z" modifyingUser="%2$s"
                        modifiedDateTime="2024-05-04T10:30:00Z">
                      <PlainTextContent>Is this really a threat, or a warning?</PlainTextContent></Note>
                  </Notes>
                </Project>
                """.formatted(ANA, SUPERVISOR);
    }
}
