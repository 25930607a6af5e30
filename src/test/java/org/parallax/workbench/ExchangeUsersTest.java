package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.Coder;

/**
 * Every user of a REFI-QDA file became a coder: a colleague who only read the project, or the owner NVivo names for
 * its sources, then stood among the coders with an empty layer, in coder choices and in agreement. Only users who
 * coded a passage or wrote a note become coders now, and the others are named in one line.
 */
class ExchangeUsersTest {
    private static final String CODED = "11111111-1111-1111-1111-111111111111";
    private static final String SELECTED = "33333333-3333-3333-3333-333333333333";
    private static final String WROTE = "44444444-4444-4444-4444-444444444444";
    private static final String READ = "55555555-5555-5555-5555-555555555555";

    @TempDir
    Path dir;

    @Test
    void onlyUsersWhoCodedOrWroteANoteBecomeCodersAndTheOthersAreNamed() {
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="team" origin="hand-made">
                  <Users>
                    <User guid="%s" name="Ana"/><User guid="%s" name="Boris"/>
                    <User guid="%s" name="Chen"/><User guid="%s" name="Dana"/>
                  </Users>
                  <CodeBook><Codes>
                    <Code guid="22222222-2222-2222-2222-222222222222" name="Threat" isCodable="true"/>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="66666666-6666-6666-6666-666666666666" name="talk" creatingUser="%s">
                      <PlainTextContent>NATO is a threat to peace.</PlainTextContent>
                      <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="10"
                          endPosition="16" creatingUser="%s">
                        <Coding guid="88888888-8888-8888-8888-888888888888" creatingUser="%s">
                          <CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                  <Notes>
                    <Note guid="99999999-9999-9999-9999-999999999999" name="Thoughts" creatingUser="%s">
                      <PlainTextContent>Threat talk rises.</PlainTextContent></Note>
                  </Notes>
                </Project>
                """.formatted(CODED, SELECTED, WROTE, READ, READ, SELECTED, CODED, WROTE);
        Path file = QdpxFiles.zip(dir.resolve("team.qdpx"), Map.of("project.qde", QdpxFiles.utf8(qde)));
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            assertThat(wb.coders()).extracting(Coder::name).contains("Ana", "Chen")
                    .doesNotContain("Boris", "Dana");
            assertThat(report.problems()).contains("2 users of the file coded nothing and wrote no note in it "
                    + "('Boris', 'Dana'); not made coders");
            assertThat(wb.coding().segmentsOfDocument(wb.documents().list().get(0).id()))
                    .singleElement().satisfies(p -> assertThat(wb.coders().stream()
                            .filter(c -> c.id() == p.coderId()).findFirst().orElseThrow().name()).isEqualTo("Ana"));
        }
    }

    /**
     * "Tester" and "tester" came in as two coders, each with a layer of their own, although the coder names one types
     * are read whatever their case: one person counted twice in agreement and split in every count by coder. A name
     * spelt as a coder's but for case is that coder, and the import says so.
     */
    @Test
    void usersSpeltAlikeButForCaseAreOneCoderAndTheImportSaysSo() {
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="team" origin="hand-made">
                  <Users><User guid="%s" name="Tester"/><User guid="%s" name="tester"/></Users>
                  <CodeBook><Codes>
                    <Code guid="22222222-2222-2222-2222-222222222222" name="Threat" isCodable="true"/>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="66666666-6666-6666-6666-666666666666" name="talk">
                      <PlainTextContent>NATO is a threat to peace.</PlainTextContent>
                      <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="0"
                          endPosition="4" creatingUser="%s">
                        <Coding guid="88888888-8888-8888-8888-888888888888" creatingUser="%s">
                          <CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
                      </PlainTextSelection>
                      <PlainTextSelection guid="77777777-7777-7777-7777-777777777778" startPosition="10"
                          endPosition="16" creatingUser="%s">
                        <Coding guid="88888888-8888-8888-8888-888888888889" creatingUser="%s">
                          <CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                </Project>
                """.formatted(CODED, WROTE, CODED, CODED, WROTE, WROTE);
        Path file = QdpxFiles.zip(dir.resolve("team.qdpx"), Map.of("project.qde", QdpxFiles.utf8(qde)));
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            assertThat(wb.coders()).extracting(Coder::name).contains("Tester").doesNotContain("tester");
            long tester = wb.coders().stream().filter(c -> c.name().equals("Tester")).findFirst().orElseThrow().id();
            assertThat(wb.coding().segmentsOfDocument(wb.documents().list().get(0).id())).hasSize(2)
                    .allSatisfy(p -> assertThat(p.coderId()).isEqualTo(tester));
            assertThat(report.problems()).contains("User 'tester' of the file is the coder 'Tester' here: a coder's "
                    + "name is one person's whatever its case");
        }
    }
}
