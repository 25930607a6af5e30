package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A real interview (the ARD's with Putin, test corpus) whose interviewer, Jörg Schönenborn, and interpreter, marked
 * "Анна Иванова", and an editor, Mark Will, were promised anonymity. Their names are written otherwise than the marked values: the surname
 * alone, in Latin letters, in Russian case forms, with initials, in capitals, hyphenated, with the umlaut written out.
 * A pseudonymised export left every one of them; now each is replaced, and no ordinary word is touched.
 */
class NamesWrittenOtherwiseCliTest {
    private static final Path INTERVIEW = Path.of("src/test/resources/corpus/"
            + "2013-04-05_putin_interview_german_ard_kremlin_en.txt");
    /** Each name as written in the planted lines, with the pseudonym it must become. */
    private static final Map<String, String> WRITTEN = new LinkedHashMap<>();

    static {
        WRITTEN.put("Jörg Schönenborn", "P01");
        WRITTEN.put("Schönenborn", "P01");
        WRITTEN.put("J. Schönenborn", "P01");
        WRITTEN.put("Schoenenborn", "P01");
        WRITTEN.put("SCHÖNENBORN", "P01");
        WRITTEN.put("Шёненборном", "P01");
        WRITTEN.put("Ivanova", "P02");
        WRITTEN.put("А. Иванова", "P02");
        WRITTEN.put("Ivanova A.", "P02");
        WRITTEN.put("Anna Ivanova", "P02");
        WRITTEN.put("Ивановой", "P02");
        WRITTEN.put("Анне", "P02");
        WRITTEN.put("Ivanova-Petrova", "P02");
        WRITTEN.put("Iwanowa", "P02");
    }

    private static final String PLANTED = """
            Translated by Ivanova A. for the ARD; J. Schönenborn (SCHÖNENBORN in the credits) asked the questions.
            Anna Ivanova checked the German. Спасибо Анне и Ивановой. Беседа со Шёненборном.
            Notes: А. Иванова, later Ivanova-Petrova, spelt Iwanowa in the German credits; Schoenenborn wrote back.
            Ivanovo, Annapolis, a rose and the ivanova file stay as they are.
            Will the council meet? Mark Will said it will, and Will did not answer.
            """;

    @TempDir
    Path dir;

    @Test
    void aNameWrittenOtherwiseThanTheMarkedValueIsReplacedAndNoOrdinaryWordIs() throws Exception {
        String original = Files.readString(INTERVIEW);
        Path project = project(PLANTED + original);
        Path qdpx = dir.resolve("anon.qdpx");

        org.parallax.testutil.Cli run = org.parallax.testutil.Cli.ok("export", "qdpx", project, qdpx,
                "--pseudonymise");

        String text = sourceText(qdpx);
        String expected = PLANTED.replace("Ivanova A.", "P02.").replace("Anna Ivanova", "P02")
                .replace("А. Иванова", "P02").replace("Ivanova-Petrova", "P02").replace("J. Schönenborn", "P01")
                .replace("Will the council", "P03 the council").replace("Mark Will said", "P03 said")
                .replace("and Will did", "and P03 did")
                + original.replace("Jörg Schönenborn", "P01");
        for (Map.Entry<String, String> name : WRITTEN.entrySet()) {
            expected = expected.replaceAll("(?<![\\p{L}])" + java.util.regex.Pattern.quote(name.getKey())
                    + "(?![\\p{L}])", name.getValue());
        }
        assertThat(text).isEqualTo(expected);
        assertThat(text).contains("Ivanovo, Annapolis, a rose and the ivanova file stay as they are.")
                .as("a sentence begun by a word the text writes in lower case, in the editor's own document, which "
                        + "names him in full: his name, not the ordinary word").contains("P03 the council meet?");
        assertThat(all(qdpx)).as("the title").contains("Interview P01 and P02").doesNotContain("Ivanova")
                .doesNotContainIgnoringCase("nenborn");
        assertThat(run.err()).as("the lower-case 'ivanova' is named as left alone").contains("'Иванова' (of "
                + "'Анна Иванова')");
    }

    private Path project(String text) throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            Path file = Files.writeString(dir.resolve("Interview Schönenborn and Ivanova.txt"), text);
            long doc = TestProjects.importOne(wb, file);
            var d = wb.documents().get(doc).orElseThrow();
            wb.documents().updateMeta(doc, new DocumentMeta(d.title(), LocalDate.of(2013, 4, 2),
                    DocumentType.INTERVIEW, "Russia", "en", null, Map.of("interviewer", "Jörg Schönenborn",
                    "interpreter", "Анна Иванова", "editor", "Mark Will")));
            wb.exchange().markSensitive("interviewer");
            wb.exchange().markSensitive("interpreter");
            wb.exchange().markSensitive("editor");
            return Path.of(wb.location());
        }
    }

    private static String sourceText(Path qdpx) throws Exception {
        return QdpxFiles.entries(qdpx).entrySet().stream().filter(e -> e.getKey().endsWith(".txt"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
    }

    private static String all(Path qdpx) throws Exception {
        StringBuilder all = new StringBuilder();
        QdpxFiles.entries(qdpx).forEach((name, bytes) -> all.append(name).append('\n')
                .append(new String(bytes, StandardCharsets.UTF_8)));
        return all.toString();
    }
}
