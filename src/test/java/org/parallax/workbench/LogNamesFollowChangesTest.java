package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.TestProjects;

/**
 * The log hid the names an open project hides as they were when it opened or last made its pseudonyms: an interviewee
 * named in Details, a coder who joined, or an attribute marked sensitive after that went into the log file as written
 * until the next export. The names are now taken again after every commit: each line logged after the change is
 * written to the real log file with the name replaced.
 */
class LogNamesFollowChangesTest {
    private static final Logger LOGGED = Logger.getLogger("org.parallax.logged");

    @TempDir
    Path dir;
    private Path log;
    private SharedLogFile file;

    @BeforeEach
    void logToAFile() throws Exception {
        log = dir.resolve("state").resolve("parallax.log");
        file = SharedLogFile.open(log);
        Logger.getLogger("").addHandler(file);
    }

    @AfterEach
    void stopLogging() {
        Logger.getLogger("").removeHandler(file);
        file.close();
    }

    @Test
    void anIntervieweeNamedInDetailsMidSessionIsHiddenInTheNextLine() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            long first = interview(wb, "one.txt", "Sergei Volkov");
            wb.exchange().markSensitive("speaker");
            long second = interview(wb, "two.txt", "Anna Berg");
            LOGGED.warning("before: details of " + second + " name Sergei Volkov");

            wb.documents().updateMeta(second, meta("Bill Okafor"));
            LOGGED.warning("details of " + second + " saved: speaker Bill Okafor (bill okafor)");
            assertThat(first).isPositive();
        }
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains("name P01").containsPattern("saved: speaker (P0[0-9]) \\(\\1\\)");
        assertThat(logged.toLowerCase(Locale.ROOT)).doesNotContain("okafor").doesNotContain("volkov");
    }

    @Test
    void aCoderWhoJoinsMidSessionIsHiddenInTheNextLine() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            wb.setActiveCoder("maria-kowalski");
            wb.pseudonymiseCoders(true);
            wb.setActiveCoder("rose-lindqvist");
            LOGGED.warning("coding as rose-lindqvist (Rose Lindqvist)");
        }
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains("coding as Coder 2 (Coder 2)");
        assertThat(logged.toLowerCase(Locale.ROOT)).doesNotContain("lindqvist");
    }

    @Test
    void anAttributeMarkedSensitiveMidSessionIsHiddenInTheNextLine() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            interview(wb, "one.txt", "Sergei Volkov");
            LOGGED.warning("not yet sensitive: Sergei Volkov");
            wb.exchange().markSensitive("speaker");
            LOGGED.warning("now sensitive: Sergei Volkov");
        }
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains("not yet sensitive: Sergei Volkov").contains("now sensitive: P01");
    }

    private long interview(Workbench wb, String name, String speaker) throws Exception {
        long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, name, "Interviewer: welcome to "
                + name + ". How did the council work?"));
        wb.documents().updateMeta(doc, meta(speaker));
        return doc;
    }

    private static DocumentMeta meta(String speaker) {
        return new DocumentMeta("Interview", LocalDate.of(2003, 5, 1), DocumentType.INTERVIEW, "Russia", "en", null,
                Map.of("speaker", speaker));
    }
}
