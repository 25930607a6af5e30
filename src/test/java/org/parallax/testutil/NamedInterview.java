package org.parallax.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.Workbench;

/**
 * A project holding a real interview (the ARD's with Putin, test corpus) whose interviewer, Jörg Schönenborn, was
 * promised anonymity: attribute "interviewer" marked sensitive, "Schönenborn" a form of it, and his name planted in
 * every kind of text an analyst writes — the document's title (from its file name), another attribute's value, a
 * code's name and description, memos of every kind, a coder's name, a hypothesis set, evidence and an event.
 */
public final class NamedInterview {
    public static final String INTERVIEWER = "Jörg Schönenborn";
    public static final String SET = "Schönenborn's reading";
    /** The coder who coded most; a second coder is named like the interviewer (a name may stand in any column). */
    public static final String ANALYST = "Analyst";
    /** The surname in any spelling an output may give it: plain, or with the ö escaped (HTML, JSON, XML). */
    private static final Pattern NAME = Pattern.compile("(?i)(sch\\S{1,8}nenborn|j\\S{1,8}rg\\b)");
    private static final Path INTERVIEW = Path.of("src/test/resources/corpus/"
            + "2013-04-05_putin_interview_german_ard_kremlin_en.txt");

    private NamedInterview() {
    }

    /** Makes the project in {@code dir} and returns its file. */
    public static Path project(Path dir) {
        try (Workbench wb = TestProjects.table1(dir)) {
            wb.setActiveCoder(ANALYST);
            Path file = Files.copy(INTERVIEW, dir.resolve("Interview_Schönenborn.txt"));
            long doc = TestProjects.importOne(wb, file);
            Document d = wb.documents().get(doc).orElseThrow();
            wb.documents().updateMeta(doc, new DocumentMeta(d.title(), LocalDate.of(2013, 4, 2),
                    DocumentType.INTERVIEW, "Russia", "en", null, Map.of("interviewer", INTERVIEWER,
                    "recorded", "Novo-Ogaryovo, questions by Schönenborn")));
            wb.exchange().markSensitive("interviewer");
            wb.exchange().addSensitiveForm(INTERVIEWER, "Schönenborn");
            String text = wb.documents().text(doc);
            int question = text.indexOf("Good evening, Mr President");
            long frame = wb.codebook().current().frames().get(0).id();
            long own = wb.codebook().addCode("Schönenborn's framing", frame, null, null,
                    "How Jörg Schönenborn frames the NGO raids").id();
            Segment asked = wb.coding().code(doc, question, question + 26, own, "Schönenborn opens politely");
            int answer = text.indexOf("It is you who are scaring");
            Segment answered = wb.coding().code(doc, answer, answer + 40,
                    wb.codebook().code("Balance of power").id(), "Putin turns it on Schönenborn");
            // A second coder named like the interviewer: a name may stand in any column.
            wb.coding().code(doc, answer, answer + 40, wb.codebook().code("Balance of power").id(), "Schönenborn",
                    null);
            wb.memos().set(MemoTarget.project(), "Ask Jörg Schönenborn for the German version.");
            wb.memos().set(MemoTarget.document(doc), "Schönenborn asked to stay anonymous.");
            wb.memos().set(MemoTarget.code(own), "Only Schönenborn's own questions.");
            wb.memos().set(MemoTarget.passage(asked.id()), "Schönenborn's tone is friendly here.");
            wb.tracing().addHypothesis(SET, "Schönenborn provokes", "Schönenborn wants a quarrel", 0.5, false);
            wb.tracing().addHypothesis(SET, "Other", "Anything else", null, true);
            wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(answered.id()), null,
                    Map.of("Schönenborn provokes", "likely", "Other", "even"), "Schönenborn on the raids",
                    LocalDate.of(2013, 4, 2), "Jörg Schönenborn said so himself", "Talks with Schönenborn"));
            wb.tracing().addEvent(LocalDate.of(2013, 4, 5), "Schönenborn's interview aired", "ARD, as aired");
            return Path.of(wb.location());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the interviewer's name stands in {@code file} (its text, or every entry's name and text of a zip). */
    public static List<String> namesIn(Path file) {
        return namesIn(readable(file));
    }

    /** Where the interviewer's name stands in {@code text}. */
    public static List<String> namesIn(String text) {
        return NAME.matcher(text).results().map(m -> around(text, m.start(), m.end())).toList();
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)).replace('\n', ' ');
    }

    /** The text of a file, or of every entry of a zip (DOCX, XLSX, QDPX) with its name, one after the other. */
    public static String readable(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
                StringBuilder all = new StringBuilder();
                QdpxFiles.entries(file).forEach((name, content) -> all.append(name).append('\n')
                        .append(new String(content, StandardCharsets.UTF_8)).append('\n'));
                return all.toString();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
