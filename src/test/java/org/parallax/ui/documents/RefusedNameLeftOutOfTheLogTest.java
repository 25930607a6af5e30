package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.SharedLogFile;
import org.parallax.workbench.Workbench;

/**
 * A name typed into a field that holds names went into the log file as typed when its save was refused: the Details
 * form's speaker "Bill Okafor (…)", too long to be saved, was logged in the refusal's message ("value of attribute
 * 'speaker' 'Bill Okafor, interviewed in Kyiv…' has 2,112 characters"), since the log hides only the names the project
 * holds, and a refused value never reached it. So were a pseudonymised coder's name refused and a form of a
 * sensitive value given for a mistyped value. What was typed is now hidden in every line logged after the refusal,
 * while the window's own box still quotes it to the researcher who typed it.
 */
class RefusedNameLeftOutOfTheLogTest {
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
    void aSpeakerRefusedInDetailsIsNotLogged() throws Exception {
        Path project = interviews();
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Document second = fixture.document("two");
            fixture.main.documents().select(second.id());
            MetadataViewModel meta = fixture.main.metadata();
            meta.attributesProperty().set("speaker = Bill Okafor, interviewed in Kyiv "
                    + "about the council's work. ".repeat(80));
            meta.save();

            assertThat(fixture.dialogs.errors).hasSize(1);
            assertThat(fixture.dialogs.errors.get(0)).as("the box shows the researcher what they typed")
                    .contains("Bill Okafor").contains("characters");
            assertThat(fixture.workbench().documents().require(second.id()).meta().attributes())
                    .containsEntry("speaker", "Anna Berg");
        }
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains("value of attribute 'speaker'").contains("(a name typed)");
        assertThat(logged.toLowerCase(Locale.ROOT)).doesNotContain("okafor").doesNotContain("berg");
    }

    @Test
    void aCoderNameAndAFormRefusedAreNotLogged() throws Exception {
        Logger logger = Logger.getLogger(RefusedNameLeftOutOfTheLogTest.class.getName());
        try (Workbench wb = TestProjects.table1(dir)) {
            interview(wb, "one.txt", "Sergei Volkov");
            wb.exchange().markSensitive("speaker");
            wb.setActiveCoder("maria-kowalski");
            wb.pseudonymiseCoders(true);

            assertThatThrownBy(() -> wb.setActiveCoder("Rose Lindqvist " + "x".repeat(300)))
                    .isInstanceOf(ParallaxException.class).satisfies(e -> logger.log(Level.WARNING, "Action failed", e));
            assertThatThrownBy(() -> wb.exchange().addSensitiveForm("Bill Okafor", "Okafor"))
                    .isInstanceOf(ParallaxException.class).satisfies(e -> logger.log(Level.WARNING, "Action failed", e));
        }
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains("coder name '").contains("is the value of no sensitive attribute");
        assertThat(logged.toLowerCase(Locale.ROOT)).doesNotContain("lindqvist").doesNotContain("okafor")
                .doesNotContain("kowalski");
    }

    @Test
    void aCoderNameGivenWithAPassageAndRefusedIsNotLogged() throws Exception {
        Logger logger = Logger.getLogger(RefusedNameLeftOutOfTheLogTest.class.getName());
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = interview(wb, "one.txt", "Sergei Volkov");
            wb.setActiveCoder("maria-kowalski");
            wb.pseudonymiseCoders(true);
            long code = wb.codebook().code("Balance of power").id();

            // `parallax code --coder NAME`: the coder is named with the passage, not chosen first.
            assertThatThrownBy(() -> wb.coding().code(doc, 0, 11, code, "Rose Lindqvist " + "x".repeat(300), null))
                    .isInstanceOf(ParallaxException.class).satisfies(e -> logger.log(Level.WARNING, "Action failed", e));
            logger.log(Level.WARNING, "later: Rose Lindqvist coded nothing");
        }
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains("coder name '").contains("(a name typed)");
        assertThat(logged.toLowerCase(Locale.ROOT)).doesNotContain("lindqvist").doesNotContain("kowalski");
    }

    @Test
    void aTitleRefusedIsLoggedWithTheNamesTypedBesideItHidden() throws Exception {
        // A title is the document's name in a bug report and kept there; a person it names is hidden when they are a
        // sensitive value, saved or typed in the same refused save.
        Logger logger = Logger.getLogger(RefusedNameLeftOutOfTheLogTest.class.getName());
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = interview(wb, "one.txt", "Sergei Volkov");
            wb.exchange().markSensitive("speaker");

            assertThatThrownBy(() -> wb.documents().updateMeta(doc, new DocumentMeta("Interview with Bill Okafor in "
                    + "Kyiv and Sergei Volkov " + "x".repeat(2100), LocalDate.of(2003, 5, 1), DocumentType.INTERVIEW,
                    "Russia", "en", null, Map.of("speaker", "Bill Okafor"))))
                    .isInstanceOf(ParallaxException.class).satisfies(e -> logger.log(Level.WARNING, "Action failed", e));
        }
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains("Interview with").contains("in Kyiv");
        assertThat(logged.toLowerCase(Locale.ROOT)).doesNotContain("okafor").doesNotContain("volkov");
    }

    private Path interviews() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            interview(wb, "one.txt", "Sergei Volkov");
            interview(wb, "two.txt", "Anna Berg");
            wb.exchange().markSensitive("speaker");
            return Path.of(wb.location());
        }
    }

    private long interview(Workbench wb, String name, String speaker) throws Exception {
        long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, name, "Interviewer: welcome to "
                + name + ". How did the council work?"));
        wb.documents().updateMeta(doc, new DocumentMeta("Interview " + name, LocalDate.of(2003, 5, 1),
                DocumentType.INTERVIEW, "Russia", "en", null, Map.of("speaker", speaker)));
        return doc;
    }
}
