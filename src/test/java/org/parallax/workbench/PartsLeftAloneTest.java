package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.TestProjects;

/**
 * The lines telling the researcher which parts of names a pseudonymised export left read only the documents' texts,
 * so a surname typed small in a document's title or a given name in a memo went out unnamed, and each line said
 * "stands alone" whatever the reason the part was left. They now look at every text the export carries and say why:
 * written in lower case, a word of another value too, or a sentence's first word in a text that writes it small.
 */
class PartsLeftAloneTest {
    private static final Path ARD = Path.of("src/test/resources/corpus/"
            + "2013-04-05_putin_interview_german_ard_kremlin_en.txt");
    private static final Path READOUT = Path.of("src/test/resources/corpus/"
            + "2005-06-24_russia_nato_cooperation_war_on_terrorism_kremlin_en.txt");

    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() throws Exception {
        wb = TestProjects.table1(dir);
        // The real interview: "May be, I will look into other issues." begins a sentence; "may" is written small too.
        long interview = TestProjects.importOne(wb, Files.copy(ARD, dir.resolve("ard.txt")));
        wb.documents().updateMeta(interview, new DocumentMeta("ARD interview, questions by schönenborn",
                LocalDate.of(2013, 4, 2), DocumentType.INTERVIEW, "Russia", "en", null,
                Map.of("interviewer", "Jörg Schönenborn", "guest", "Theresa May")));
        // Documents are listed by date: the readout's value, and its line, come first.
        long readout = TestProjects.importOne(wb, Files.copy(READOUT, dir.resolve("readout.txt")));
        wb.documents().updateMeta(readout, new DocumentMeta("Readout", LocalDate.of(2005, 6, 24),
                DocumentType.MINUTES, "Russia", "en", null, Map.of("interviewer", "Jörg Müller")));
        wb.exchange().markSensitive("interviewer");
        wb.exchange().markSensitive("guest");
        wb.memos().set(MemoTarget.document(interview), "Jörg asked about the NGO raids first.");
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void eachPartLeftIsNamedWhereverTheExportCarriesItWithTheReasonItWasLeft() throws Exception {
        List<String> lines = wb.exchange().exportQdpx(dir.resolve("anon.qdpx"), true);

        String remedy = "; if it names the same person, make it a form: parallax sensitive ";
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("'Jörg' (of 'Jörg Müller') is not pseudonymised in 1 memo: it is a word "
                + "of another value too ('Jörg Schönenborn'), so whose pseudonym it takes cannot be told" + remedy);
        assertThat(lines.get(1)).startsWith("'Schönenborn' (of 'Jörg Schönenborn') is not pseudonymised in 1 "
                + "document title: it is written in lower case" + remedy);
        // The interview is the guest's own: "May be, I will look …" there is taken for her name, "may" is left.
        assertThat(lines.get(2)).startsWith("'May' (of 'Theresa May') is not pseudonymised in 1 document: it is "
                + "written in lower case" + remedy);
        assertThat(wb.exchange().sensitivePartsLeftAlone()).isEqualTo(lines);
        assertThat(wb.exports().segmentsCsvPseudonymised(dir.resolve("anon.csv"), true)).isEqualTo(lines);
        assertThat(wb.exchange().partsStandingAlone()).containsExactly(Map.entry("Jörg", "Jörg Müller"),
                Map.entry("Schönenborn", "Jörg Schönenborn"), Map.entry("May", "Theresa May"));
    }

    /**
     * A value the pseudonyms were once given (a guest first entered as "Theresa Carter") is still replaced, so the
     * given name it shares with the guest's value now is one the export leaves ("Theresa asked …"): the check, which
     * read only the documents' values, took that name for replaced, and the .qdpx carried it unnamed.
     */
    @Test
    void aGivenNameSharedWithAValueGivenEarlierIsNamedAsTheExportLeavesIt() throws Exception {
        long interview = wb.documents().list().stream().filter(d -> d.title().startsWith("ARD")).findFirst()
                .orElseThrow().id();
        DocumentMeta meta = wb.documents().get(interview).orElseThrow().meta();
        Map<String, String> earlier = new java.util.HashMap<>(meta.attributes());
        earlier.put("guest", "Theresa Carter");
        wb.documents().updateMeta(interview, new DocumentMeta(meta.title(), meta.date(), meta.type(), meta.actor(),
                meta.language(), meta.scenario(), earlier));
        wb.exchange().exportQdpx(dir.resolve("first.qdpx"), true);
        wb.documents().updateMeta(interview, meta);
        wb.memos().set(MemoTarget.project(), "Theresa asked for the transcript.");
        Path out = dir.resolve("anon.qdpx");

        List<String> lines = wb.exchange().exportQdpx(out, true);

        assertThat(new String(QdpxFiles.entries(out).get("project.qde"), StandardCharsets.UTF_8))
                .contains("Theresa asked for the transcript.");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("'Theresa' (of 'Theresa May') is not "
                + "pseudonymised in 1 memo: it is a word of another value too ('Theresa Carter')"));
        assertThat(wb.exchange().sensitivePartsLeftAlone()).isEqualTo(lines);
    }
}
