package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.io.refi.RefiSchemas;
import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.TestProjects;

class ExchangeMemosTest {
    @TempDir
    Path dir;

    @BothBackends
    void theSamplesPassageMemosTravelAsSelectionDescriptionsAndAsNotes(Backend backend) {
        Path sample = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), sample);
        Path qdpx = dir.resolve("sample.qdpx");
        long memos;
        try (Workbench wb = backend.from(sample)) {
            memos = wb.coding().segments().stream().filter(s -> s.memo() != null).count();
            wb.exchange().exportQdpx(qdpx);
        }
        String qde = new String(QdpxFiles.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(RefiSchemas.validateProject(utf8(qde))).isEmpty();
        assertThat(memos).isPositive();
        assertThat(count(qde, "<PlainTextSelection [^>]*>\\s*<Description>")).isEqualTo(memos);
        // Besides the memos' notes, one for each of the sample's nine events (docs/refi-qda.md).
        assertThat(count(qde, "<Note [^>]*name=\"Event: ")).isEqualTo(9);
        assertThat(count(qde, "<Note ")).isEqualTo(memos + 9);
    }

    @BothBackends
    void everyKindOfMemoSurvivesARoundTripAndStaysValid(Backend backend) {
        Path qdpx = dir.resolve("out.qdpx");
        Map<MemoTarget, String> written = new LinkedHashMap<>();
        long passages;
        try (Workbench wb = backend.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "act.txt",
                    "NATO and Russia build a council. The alliance remains open.\n"));
            long defined = wb.codebook().code("Balance of power").id();
            var undefined = wb.codebook().addCode("Open door", wb.codebook().code("Balance of power").frameId(),
                    null, null, null);
            Segment first = wb.coding().code(doc, 0, 4, defined, "NATO speaks first\nand loud");
            wb.coding().code(doc, 38, 58, undefined.id(), null);
            passages = 2;
            written.put(MemoTarget.project(), "Journal: the council matters.");
            written.put(MemoTarget.document(doc), "Signed in Rome & not Paris <really>.");
            written.put(MemoTarget.code(defined), "Watch for deterrence talk.");
            written.put(MemoTarget.code(undefined.id()), "Only explicit invitations.");
            written.forEach((target, text) -> wb.memos().set(target, text));
            written.put(MemoTarget.passage(first.id()), "NATO speaks first\nand loud");
            wb.exchange().exportQdpx(qdpx);
        }
        String qde = new String(QdpxFiles.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(RefiSchemas.validateProject(utf8(qde))).isEmpty();
        assertThat(qde).contains("<Description>Journal: the council matters.</Description>",
                "<Description>Signed in Rome &amp; not Paris &lt;really&gt;.</Description>",
                "<Description>Only explicit invitations.</Description>");
        assertThat(qde).as("a defined code's Description holds its definition, then its memo, which QualCoder and "
                        + "MAXQDA read from there only; the memo also goes to a Note, which NVivo reads")
                .containsPattern("<Description>[^<]*Do not use when: [^<]*\n\nMemo: Watch for deterrence talk\\.</Description>")
                .contains("<PlainTextContent>Watch for deterrence talk.</PlainTextContent>");

        try (Workbench copy = Workbench.create(dir.resolve("copy.parallax"), null)) {
            ExchangeReport report = copy.exchange().importQdpx(qdpx);
            assertThat(report.problems()).noneMatch(p -> p.contains("Note") || p.contains("escription"));
            assertThat(copy.coding().segments()).hasSize((int) passages);
            assertThat(copy.memos().all()).extracting(Memo::text).containsExactlyInAnyOrderElementsOf(written.values());
            long open = copy.codebook().code("Open door").id();
            assertThat(copy.codebook().code("Open door").definition()).as("a memo is not a definition").isNull();
            assertThat(copy.memos().memo(MemoTarget.code(open))).get().extracting(Memo::text)
                    .isEqualTo("Only explicit invitations.");
            Code balance = copy.codebook().code("Balance of power");
            assertThat(balance.definition()).isNotBlank();
            assertThat(balance.exclusion()).as("the memo is not read back as part of the rules")
                    .isNotBlank().doesNotContain("Watch for deterrence talk");

            ExchangeReport again = copy.exchange().importQdpx(qdpx);
            assertThat(again.segmentsAdded()).isZero();
            assertThat(copy.memos().all()).as("a second import adds no memo text twice")
                    .extracting(Memo::text).containsExactlyInAnyOrderElementsOf(written.values());
        }
    }

    /**
     * A memo an import brings in was written by its author in the file, not by whoever imported it: it read "al, last
     * edited by cora" after cora imported al's code memo.
     */
    @BothBackends
    void anImportedMemoIsLastEditedByItsAuthorNotByWhoeverImportedIt(Backend backend) {
        Path qdpx = dir.resolve("al.qdpx");
        try (Workbench al = Workbench.create(dir.resolve("al.parallax"), null)) {
            al.setActiveCoder("al");
            al.codebook().addCode("Balance of power", null, null, null, null);
            al.memos().set(MemoTarget.code(al.codebook().code("Balance of power").id()), "Watch for deterrence talk.");
            al.exchange().exportQdpx(qdpx);
        }
        try (Workbench wb = backend.table1(dir)) {
            String importer = wb.activeCoder().name();
            wb.exchange().importQdpx(qdpx);

            Memo memo = wb.memos().memo(MemoTarget.code(wb.codebook().code("Balance of power").id())).orElseThrow();
            assertThat(importer).isNotEqualTo("al");
            assertThat(memo.author()).isEqualTo("al");
            assertThat(memo.lastEditedBy()).isEqualTo("al");
            assertThat(memo.byline()).isEqualTo("al");
        }
    }

    /** The shape of QualCoder's export: a coding's memo is its selection's Description, a code's its Description. */
    @BothBackends
    void aQualCoderProjectBringsItsCodingMemosAndSourceMemo(Backend backend) {
        String text = "We discussed the enlargement. Both sides stated their red lines clearly.";
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="qc" origin="QualCoder 3.5">
                <Users><User guid="5d9f8b2e-0000-4000-8000-000000000001" name="default"/></Users>
                <CodeBook><Codes>
                <Code guid="5d9f8b2e-0000-4000-8000-000000000002" name="red lines" isCodable="true" color="#F781F3">
                <Description>Statements of non-negotiable limits.</Description></Code>
                </Codes></CodeBook>
                <Sources>
                <TextSource guid="5d9f8b2e-0000-4000-8000-000000000003" name="meeting.txt"
                 plainTextPath="internal://5d9f8b2e-0000-4000-8000-000000000003.txt"
                 creatingUser="5d9f8b2e-0000-4000-8000-000000000001" creationDateTime="2024-03-01T10:00:00Z">
                <Description>Minutes shared by the ministry.</Description>
                <PlainTextSelection guid="5d9f8b2e-0000-4000-8000-000000000004" name="enlargement"
                 startPosition="17" endPosition="28" creatingUser="5d9f8b2e-0000-4000-8000-000000000001"
                 creationDateTime="2024-03-01T10:05:00Z">
                <Description>Topic raised by the host.</Description>
                <Coding guid="5d9f8b2e-0000-4000-8000-000000000005" creatingUser="5d9f8b2e-0000-4000-8000-000000000001">
                <CodeRef targetGUID="5d9f8b2e-0000-4000-8000-000000000002"/></Coding>
                </PlainTextSelection>
                <PlainTextSelection guid="5d9f8b2e-0000-4000-8000-000000000006" name="red lines"
                 startPosition="54" endPosition="63" creatingUser="5d9f8b2e-0000-4000-8000-000000000001"
                 creationDateTime="2024-03-01T10:06:00Z">
                <Description>Both delegations, not only one.</Description>
                <Coding guid="5d9f8b2e-0000-4000-8000-000000000007" creatingUser="5d9f8b2e-0000-4000-8000-000000000001">
                <CodeRef targetGUID="5d9f8b2e-0000-4000-8000-000000000002"/></Coding>
                </PlainTextSelection>
                </TextSource>
                </Sources>
                </Project>
                """;
        assertThat(RefiSchemas.validateProject(utf8(qde))).isEmpty();
        Path file = QdpxFiles.zip(dir.resolve("qualcoder.qdpx"), Map.of("project.qde", utf8(qde),
                "sources/5d9f8b2e-0000-4000-8000-000000000003.txt", utf8(text)));
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);
            assertThat(report.problems()).noneMatch(p -> p.contains("escription"));
            assertThat(wb.coding().segments()).extracting(s -> wb.documents().text(s.documentId())
                    .substring(s.start(), s.end()) + " = " + s.memo())
                    .containsExactly("enlargement = Topic raised by the host.",
                            "red lines = Both delegations, not only one.");
            long doc = wb.coding().segments().get(0).documentId();
            assertThat(wb.memos().memo(MemoTarget.document(doc))).get().extracting(Memo::text)
                    .isEqualTo("Minutes shared by the ministry.");
            assertThat(wb.memos().all()).filteredOn(m -> m.target().kind() == MemoKind.PASSAGE)
                    .allMatch(m -> "default".equals(m.author()));
        }
    }

    /**
     * NVivo's notes on a source and on a code, written by ana and changed later by bo: the memos read "imported" (the
     * document's) and "ana" alone (the code's), dated when imported, bo's later change lost; codings kept their users.
     * Each memo now has its note's writer, last editor and dates as the file gives them.
     */
    @BothBackends
    void aNotesWriterLastEditorAndDatesAreKeptAsTheFileNamesThem(Backend backend) {
        String ana = "11111111-1111-1111-1111-111111111111";
        String bo = "22222222-2222-2222-2222-222222222222";
        String text = "NATO is a threat to peace, said nobody.";
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="notes" origin="NVivo">
                  <Users><User guid="%1$s" name="ana"/><User guid="%2$s" name="bo"/></Users>
                  <CodeBook><Codes>
                    <Code guid="33333333-3333-3333-3333-333333333333" name="Threat" isCodable="true">
                      <NoteRef targetGUID="44444444-4444-4444-4444-444444444444"/></Code>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="55555555-5555-5555-5555-555555555555" name="talk">
                      <PlainTextContent>%3$s</PlainTextContent>
                      <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="10"
                          endPosition="16" creatingUser="%1$s">
                        <Coding guid="88888888-8888-8888-8888-888888888888" creatingUser="%1$s">
                          <CodeRef targetGUID="33333333-3333-3333-3333-333333333333"/></Coding>
                      </PlainTextSelection>
                      <NoteRef targetGUID="66666666-6666-6666-6666-666666666666"/>
                    </TextSource>
                  </Sources>
                  <Notes>
                    <Note guid="44444444-4444-4444-4444-444444444444" name="Threat memo" creatingUser="%1$s"
                        creationDateTime="2025-03-01T09:00:00Z" modifyingUser="%2$s"
                        modifiedDateTime="2025-04-02T10:30:00Z">
                      <PlainTextContent>Threat talk, sharpened by bo.</PlainTextContent></Note>
                    <Note guid="66666666-6666-6666-6666-666666666666" name="Talk memo" creatingUser="%1$s"
                        creationDateTime="2025-03-05T08:00:00Z" modifyingUser="%2$s"
                        modifiedDateTime="2025-05-06T11:00:00Z">
                      <PlainTextContent>Recorded in Vienna.</PlainTextContent></Note>
                  </Notes>
                </Project>
                """.formatted(ana, bo, text);
        assertThat(RefiSchemas.validateProject(utf8(qde))).isEmpty();
        Path file = QdpxFiles.zip(dir.resolve("notes.qdpx"), Map.of("project.qde", utf8(qde)));
        try (Workbench wb = backend.table1(dir)) {
            wb.exchange().importQdpx(file);
            long threat = wb.codebook().code("Threat").id();
            long doc = wb.documents().list().stream().filter(d -> d.title().equals("talk")).findFirst().orElseThrow()
                    .id();
            Memo codeMemo = wb.memos().memo(MemoTarget.code(threat)).orElseThrow();
            assertThat(codeMemo.byline()).as("the code memo's byline").isEqualTo("ana, last edited by bo");
            assertThat(codeMemo.created()).isEqualTo(java.time.Instant.parse("2025-03-01T09:00:00Z"));
            assertThat(codeMemo.modified()).isEqualTo(java.time.Instant.parse("2025-04-02T10:30:00Z"));
            Memo documentMemo = wb.memos().memo(MemoTarget.document(doc)).orElseThrow();
            assertThat(documentMemo.byline()).as("the document memo's byline").isEqualTo("ana, last edited by bo");
            assertThat(documentMemo.created()).isEqualTo(java.time.Instant.parse("2025-03-05T08:00:00Z"));
            assertThat(documentMemo.modified()).isEqualTo(java.time.Instant.parse("2025-05-06T11:00:00Z"));
        }
    }

    private static long count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
