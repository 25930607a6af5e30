package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.io.refi.QualCoderQdpx;
import org.parallax.io.refi.QualCoderQdpx.Coded;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;

/** A project exported by QualCoder, in the shapes its export writes ({@link QualCoderQdpx}), imported whole. */
class QualCoderProjectImportTest {
    /** An emoji before the coded passages, as in chat or social-media data, and several lines. */
    private static final String TEXT = "Anna 😀 talked about the cafe.\nShe was happy to be back 🎉 at work.\n"
            + "But she worried about money.\nThe end.";
    private static final List<Coded> CODINGS = List.of(new Coded("joy", "happy to be back", "a clear joy", "colin"),
            new Coded("worry", "worried about money", null, "anna"), new Coded("loose code", "The end", "closing",
                    "colin"));

    @TempDir
    Path dir;

    /** QualCoder's "MAXQDA" line endings write CRLF while its positions count a line end as one code point. */
    @ParameterizedTest(name = "CRLF {0}")
    @ValueSource(booleans = {false, true})
    void everyCodingCoversTheTextQualCoderCoded(boolean crlf) {
        Path file = QualCoderQdpx.write(dir.resolve("qualcoder.qdpx"), TEXT, CODINGS, crlf);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            assertThat(report.segmentsAdded()).isEqualTo(CODINGS.size());
            assertThat(wb.coding().segments()).extracting(s -> wb.codebook().current().code(s.codeId())
                    .orElseThrow().name() + ": " + wb.documents().text(s.documentId()).substring(s.start(), s.end()))
                    .containsExactly("joy: happy to be back", "worry: worried about money", "loose code: The end");
            assertThat(wb.documents().text(wb.coding().segments().get(0).documentId())).isEqualTo(TEXT);
        }
    }

    /**
     * QualCoder's categories nest (code_cat.supercatid) and its export writes them as non-codable codes nested as deep
     * as the tree goes: the top category becomes a frame, the category inside it a code under that frame holding its
     * codes, so the tree a QualCoder user built stands as it was (Parallax's frames are top-level only).
     */
    @Test
    void nestedCategoriesKeepTheirTreeAsAFrameAndItsParentCode() {
        Path file = QualCoderQdpx.write(dir.resolve("qualcoder.qdpx"), TEXT, CODINGS, false);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            Codebook book = wb.codebook().current();
            Frame feelings = book.frames().stream().filter(f -> f.name().equals(QualCoderQdpx.CATEGORY)).findFirst()
                    .orElseThrow();
            Code negative = book.codeNamed("Negative").orElseThrow();
            assertThat(feelings.description()).isEqualTo("Emotional talk");
            assertThat(book.codeNamed("joy").orElseThrow()).satisfies(c -> assertThat(c.frameId())
                    .isEqualTo(feelings.id())).satisfies(c -> assertThat(c.parentId()).isNull());
            assertThat(negative.frameId()).isEqualTo(feelings.id());
            assertThat(negative.parentId()).isNull();
            assertThat(book.codeNamed("worry").orElseThrow()).satisfies(c -> assertThat(c.parentId())
                    .isEqualTo(negative.id())).satisfies(c -> assertThat(c.frameId()).isEqualTo(feelings.id()));
            assertThat(book.codeNamed("loose code").orElseThrow().frameId()).isNull();
            assertThat(report.problems()).noneMatch(p -> p.contains("codable"));
        }
    }

    /** QualCoder writes its journal entries as named Notes with a text file, referred to by nothing. */
    @Test
    void aJournalEntryJoinsTheProjectMemoUnderItsName() {
        Path file = QualCoderQdpx.write(dir.resolve("qualcoder.qdpx"), TEXT, CODINGS, false);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            assertThat(wb.memos().memo(MemoTarget.project())).get().extracting(Memo::text).isEqualTo(
                    "Pilot study of cafe interviews\n\nReflexive journal\n\n" + QualCoderQdpx.JOURNAL);
            assertThat(report.problems()).contains("Note 'Reflexive journal' belongs to no passage or code: added to "
                    + "the project memo (research journal) under its name");
        }
    }

    /**
     * QualCoder keeps a participant's values on the case (here Anna: Gender, Role) and a file's on the source (Age,
     * Gender); the cases were left out, so the transcript lost the participant's role.
     */
    @Test
    void aCasesNameAndValuesBecomeAttributesOfItsDocument() {
        Path file = QualCoderQdpx.write(dir.resolve("qualcoder.qdpx"), TEXT, CODINGS, false);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            assertThat(wb.documents().list()).singleElement().satisfies(d -> assertThat(d.meta().attributes())
                    .containsEntry("case", "Anna").containsEntry("Role", "diplomat").containsEntry("Gender", "female")
                    .containsEntry("Age", "34.0"));
            assertThat(report.problems()).noneMatch(p -> p.contains("Cases")).contains(
                    "1 case description not imported (the cases' names and values are, as attributes of their documents)");
        }
    }

    /**
     * A QualCoder annotation is a Note the transcript refers to, holding the annotated range of the transcript as its
     * own selection: it was left out ("belongs to no passage or code"), and its range was reported as lying outside
     * the note's text.
     */
    @Test
    void anAnnotationTheTranscriptRefersToJoinsItsDocumentMemo() {
        Path file = QualCoderQdpx.write(dir.resolve("qualcoder.qdpx"), TEXT, CODINGS, false);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            long document = wb.documents().list().get(0).id();
            assertThat(wb.memos().memo(MemoTarget.document(document))).get().extracting(Memo::text).asString()
                    .startsWith("Recorded in the cafe\n\nNoise in the background");
            assertThat(report.problems()).noneMatch(p -> p.contains("outside the text")
                    || p.contains("belongs to no passage or code and"));
        }
    }

    /**
     * QualCoder refers only to a source's first annotation; the others name their range but not the source, and were
     * left out ("has no name and text to file it by"). In a file whose one source can hold the range, they are its.
     */
    @Test
    void anAnnotationNothingRefersToJoinsTheOneSourceLongEnoughToHoldIt() {
        Path file = QualCoderQdpx.write(dir.resolve("qualcoder.qdpx"), TEXT, CODINGS, false);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            long document = wb.documents().list().get(0).id();
            assertThat(wb.memos().memo(MemoTarget.document(document))).get().extracting(Memo::text).isEqualTo(
                    "Recorded in the cafe\n\nNoise in the background\n\n" + QualCoderQdpx.SECOND_ANNOTATION);
            assertThat(report.problems()).noneMatch(p -> p.contains("not imported (it belongs to no passage"))
                    .anyMatch(p -> p.contains("an annotation of characters 70–90 that names no source: only "
                            + "'interview1.txt' is long enough to hold it; added to its memo"));
        }
    }

    /** With two sources that can hold its range the annotation's text is kept in the project memo, saying whose. */
    @Test
    void anAnnotationSeveralSourcesCouldHoldIsKeptInTheProjectMemoWithItsRange() {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="two.qda" origin="QualCoder 3.6">
                <Sources>
                <TextSource guid="00000000-0000-4000-8000-000000000001" name="a.txt" plainTextPath="internal://a.txt" />
                <TextSource guid="00000000-0000-4000-8000-000000000002" name="b.txt" plainTextPath="internal://b.txt" />
                </Sources>
                <Notes>
                <Note guid="00000000-0000-4000-8000-000000000003" creationDateTime="2024-05-03T09:30:00Z" >
                <PlainTextContent>Both say this</PlainTextContent>
                <PlainTextSelection guid="00000000-0000-4000-8000-000000000004" startPosition="0" endPosition="5" />
                </Note>
                </Notes>
                </Project>""";
        Path file = QdpxFiles.zip(dir.resolve("two.qdpx"), Map.of("project.qde", utf8(qde), "sources/a.txt",
                utf8("First text."), "sources/b.txt", utf8("Second text.")));
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(file);

            assertThat(wb.memos().memo(MemoTarget.project())).get().extracting(Memo::text)
                    .isEqualTo("Annotation of characters 0–5 of 'a.txt' or 'b.txt'\n\nBoth say this");
            assertThat(report.problems()).contains("Note 00000000-0000-4000-8000-000000000003, an annotation of "
                    + "characters 0–5 that names no source ('a.txt' or 'b.txt' can hold it): added to the project memo "
                    + "with its range");
        }
    }
}
