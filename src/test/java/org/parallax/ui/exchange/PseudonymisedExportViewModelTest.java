package org.parallax.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;

/**
 * File → Export → pseudonymised REFI-QDA project tells, in a box, of a surname it left standing alone, and with no
 * attribute marked sensitive asks which to mark before it writes anything.
 */
class PseudonymisedExportViewModelTest {
    private static final String ROLE = "role — in 1 of 1 document: diplomat";
    private static final String SPEAKER = "speaker — in 1 of 1 document: Sergei Volkov";

    @TempDir
    Path dir;

    @Test
    void aSurnameStandingAloneIsNamedInABoxAfterThePseudonymisedExport() throws Exception {
        Path project = interviewNamingItsSpeaker("Interview 7", null);
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path out = dir.resolve("anon.qdpx");

            fixture.main.exchange().exportQdpx(out, true);

            assertThat(Files.isRegularFile(out)).isTrue();
            assertThat(fixture.dialogs.informations).singleElement().asString()
                    .startsWith("Pseudonymised REFI-QDA project written to " + out)
                    .contains("'Volkov' (of 'Sergei Volkov') is not pseudonymised in 1 document: it is written in "
                            + "lower case");

            fixture.main.exchange().exportQdpx(dir.resolve("plain.qdpx"), false);

            assertThat(fixture.dialogs.informations).as("a plain export replaces nothing, so warns of nothing")
                    .hasSize(1);
        }
    }

    /** A pseudonymised file named after the speaker is refused in the window too, nothing written. */
    @Test
    void aPseudonymisedFileNamedAfterTheSpeakerIsRefusedInTheWindow() throws Exception {
        Path project = interviewNamingItsSpeaker("Interview 7", null);
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path out = dir.resolve("Volkov interview.qdpx");

            fixture.main.exchange().exportQdpx(out, true);

            assertThat(fixture.dialogs.errors).singleElement().asString().contains("the file's own name holds a name "
                    + "this pseudonymised export replaces").contains("such as P01 interview.qdpx");
            assertThat(out).doesNotExist();
        }
    }

    /**
     * A surname typed small in the file's name ("volkov_interview.qdpx") is refused in the window too, by File → Export
     * and, while every export is pseudonymised, by a tab's own Export… (the Memos tab's); nothing is written.
     */
    @Test
    void aSurnameWrittenSmallInTheFileNameIsRefusedByEveryExportOfTheWindow() throws Exception {
        Path project = interviewNamingItsSpeaker("Interview 7", null);
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path qdpx = dir.resolve("volkov_interview.qdpx");

            fixture.main.exchange().exportQdpx(qdpx, true);

            assertThat(fixture.dialogs.errors).singleElement().asString().contains("the file's own name holds a name "
                    + "this pseudonymised export replaces").contains("such as P01_interview.qdpx");
            assertThat(qdpx).doesNotExist();

            fixture.main.exchange().pseudonymiseEveryExport(true);
            Path memos = dir.resolve("memos-sergei.csv");
            fixture.main.memos().export(memos);

            assertThat(fixture.dialogs.errors).hasSize(2).last().asString().contains("such as memos-P01.csv");
            assertThat(memos).doesNotExist();
        }
    }

    /**
     * The box named `parallax sensitive FILE --form …` with only the project's file name, and the window had no way
     * to make a surname standing alone a form: after the box the export now offers each part, and the one ticked is
     * replaced by the next pseudonymised export.
     */
    @Test
    void aSurnameStandingAloneIsMadeAFormFromTheWindowAndTheNextExportReplacesIt() throws Exception {
        Path project = interviewNamingItsSpeaker("Interview 7", null);
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            fixture.dialogs.severalAnswers.add(List.of("Volkov (of Sergei Volkov)"));

            fixture.main.exchange().exportQdpx(dir.resolve("anon.qdpx"), true);

            assertThat(fixture.dialogs.severalAsked).singleElement().satisfies(asked -> {
                assertThat(asked.prompt()).startsWith("These parts of names stood alone in the texts");
                assertThat(asked.options()).containsExactly("Volkov (of Sergei Volkov)");
                assertThat(asked.action()).isEqualTo("Make forms");
            });
            assertThat(fixture.workbench().exchange().sensitiveForms()).containsExactly(Map.entry("Volkov",
                    "Sergei Volkov"));
            assertThat(fixture.dialogs.informations).last().asString().isEqualTo("1 form added (Volkov): the next "
                    + "pseudonymised export replaces it.");

            Path again = dir.resolve("again.qdpx");
            fixture.main.exchange().exportQdpx(again, true);
            assertThat(projectXml(again)).doesNotContain("Volkov");
            assertThat(fixture.dialogs.severalAsked).as("nothing left standing alone to offer").hasSize(1);
        }
    }

    /**
     * In a project open read-only the window offered Make forms after the box, and refused the ticked forms in another
     * box. It is not offered there now, and the box says why no form can be made; its line named the command before.
     */
    @Test
    void aReadOnlyProjectIsNotOfferedMakeFormsAndTheBoxSaysWhy() throws Exception {
        Path project = interviewNamingItsSpeaker("Interview 7", null);
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--r--r--"));
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            fixture.main.exchange().exportQdpx(dir.resolve("anon.qdpx"), true);

            assertThat(fixture.dialogs.informations).singleElement().asString().contains("'Volkov' (of 'Sergei "
                    + "Volkov') is not pseudonymised in 1 document: it is written in lower case; if it names the same "
                    + "person, a "
                    + "form of it cannot be made in this session: the project is open read-only")
                    .doesNotContain("parallax sensitive");
            assertThat(fixture.dialogs.severalAsked).as("Make forms is not offered").isEmpty();
            assertThat(fixture.dialogs.errors).isEmpty();
        } finally {
            Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * A sensitive attribute no document has refuses every pseudonymised export; in the window the line named only
     * `parallax sensitive test.parallax`, a command, with the file's bare name. It now says what the researcher does
     * in the window, and the command it still needs names the file where it is.
     */
    @Test
    void aMarkOnNoDocumentsAttributeIsRefusedInTheWindowsWords() throws Exception {
        Path project = interviewNamingItsSpeaker("Interview 7", null);
        try (Workbench wb = Workbench.open(project)) {
            wb.exchange().markSensitive("speakr");
        }
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            fixture.main.exchange().exportQdpx(dir.resolve("anon.qdpx"), true);

            assertThat(fixture.dialogs.errors).singleElement().asString().contains("the sensitive attribute 'speakr' "
                    + "is an attribute of no document").contains("give it back to the documents that hold names in "
                    + "Details").contains("parallax sensitive " + project.toRealPath() + " --unmark 'speakr'");
            assertThat(dir.resolve("anon.qdpx")).doesNotExist();
        }
    }

    /**
     * File → Export → Passages CSV, pseudonymised writes the file `export csv --pseudonymise` writes, by the same call,
     * and shows the warnings the command prints in the box under what it replaced; the window had no such export.
     */
    @Test
    void thePseudonymisedPassagesCsvIsTheCommandsFileWithItsWarningsInTheBox() throws Exception {
        Path project = interviewNamingItsSpeaker("Interview with Sergei Volkov", "Sergei Volkov was at ease");
        Path byCommand = dir.resolve("command.csv");
        Cli command = Cli.parallax("export", "csv", project, byCommand, "--pseudonymise");
        assertThat(command.exit()).as(command.err()).isZero();
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path out = dir.resolve("anon.csv");

            fixture.main.exchange().exportPassagesCsvPseudonymised(out);

            assertThat(Files.readString(out)).isEqualTo(Files.readString(byCommand)).contains("Interview with P01")
                    .contains("P01 was at ease").doesNotContain("Sergei");
            String warning = "'Volkov' (of 'Sergei Volkov') is not pseudonymised in 1 document: it is written in "
                    + "lower case";
            assertThat(command.err()).contains("warning: " + warning);
            assertThat(fixture.dialogs.informations).singleElement().asString()
                    .startsWith("Pseudonymised passages written to " + out)
                    .contains("Replaced with P01, P02, …: the values of speaker.").contains(warning);
        }
    }

    /** File → Export had the Excel workbook of every view only with the interviewees' names in every sheet. */
    @Test
    void thePseudonymisedWorkbookCarriesNoNameInAnySheet() throws Exception {
        Path project = interviewNamingItsSpeaker("Interview with Sergei Volkov", "Sergei Volkov was at ease");
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path out = dir.resolve("anon.xlsx");

            fixture.main.exchange().exportWorkbookPseudonymised(out);

            StringBuilder sheets = new StringBuilder();
            org.parallax.io.refi.QdpxFiles.entries(out).forEach((name, bytes) ->
                    sheets.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(sheets.toString()).contains("Interview with P01").contains("P01 was at ease")
                    .doesNotContain("Sergei");
            assertThat(fixture.dialogs.informations).singleElement().asString()
                    .startsWith("Pseudonymised workbook written to " + out);
        }
    }

    /**
     * The window has no other place to mark an attribute sensitive: with none marked, the export replaced nothing, the
     * interviewee's name went out whole, and the window said "Pseudonymised REFI-QDA project written to …". It then
     * asked with every attribute filled in, so a quick Enter replaced the role and the date-like values as well,
     * without a word. Now it lists each attribute with its documents and values, none ticked, and says afterwards
     * what was replaced, what went out as it is, and what was left out.
     */
    @Test
    void withNoAttributeMarkedTheExportListsTheAttributesUntickedAndSaysWhatItReplaced() throws Exception {
        Path project = interviewWithASpeaker();
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path out = dir.resolve("anon.qdpx");
            fixture.dialogs.severalAnswers.add(List.of(SPEAKER));

            fixture.main.exchange().exportQdpx(out, true);

            assertThat(fixture.dialogs.textPrompts).isEmpty();
            assertThat(fixture.dialogs.severalAsked).singleElement().satisfies(asked -> {
                assertThat(asked.prompt()).startsWith("No document attribute is marked sensitive yet. Tick each");
                assertThat(asked.options()).containsExactly(ROLE, SPEAKER);
                assertThat(asked.action()).isEqualTo("Export pseudonymised");
            });
            assertThat(fixture.workbench().exchange().sensitiveAttributes()).containsExactly("speaker");
            String exported = projectXml(out);
            assertThat(exported).doesNotContain("Sergei Volkov").contains("P01").contains("diplomat");
            assertThat(fixture.main.status().lastResultProperty().get())
                    .startsWith("Pseudonymised REFI-QDA project written to " + out);
            assertThat(fixture.dialogs.informations).singleElement().asString().contains(
                    "Replaced with P01, P02, …: the values of speaker.\nGone out as they are: role.\n"
                    + "Left out: each document's source file name, which often carries a name.\n"
                    + "Not changed: the project file and its backups (File → Back up now), which hold the real names "
                    + "and the key of the pseudonyms: hand on this file, never a backup.");
        }
    }

    /**
     * In a project open read-only (here a file the user may not write) the attributes ticked could not be saved, so
     * the export failed after the question. They are now kept for the session, the file is written, and the box says
     * the marks were not saved; the project file is left as it was.
     */
    @Test
    void aReadOnlyProjectKeepsTheTickedAttributesForTheSessionAndSaysTheyWereNotSaved() throws Exception {
        Path project = interviewWithASpeaker();
        byte[] before = Files.readAllBytes(project);
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--r--r--"));
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path out = dir.resolve("anon.qdpx");
            fixture.dialogs.severalAnswers.add(List.of(SPEAKER));

            fixture.main.exchange().exportQdpx(out, true);

            assertThat(fixture.dialogs.errors).isEmpty();
            assertThat(projectXml(out)).doesNotContain("Sergei Volkov").contains("P01");
            assertThat(fixture.dialogs.informations).singleElement().asString().contains("Replaced with P01, P02, …: "
                    + "the values of speaker.").contains("The project is open read-only, so the attribute ticked is "
                    + "marked for this session only: neither the marks nor the pseudonyms given are saved with the "
                    + "project.");

            fixture.main.exchange().exportQdpx(dir.resolve("again.qdpx"), true);
            assertThat(fixture.dialogs.severalAsked).as("asked once in the session").hasSize(1);
            assertThat(projectXml(dir.resolve("again.qdpx"))).doesNotContain("Sergei Volkov");
        } finally {
            Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    /** Cancelled (the dialog cannot be confirmed with nothing ticked), nothing is marked and nothing is written. */
    @Test
    void withNoAttributeMarkedAndNoneTickedNothingIsWritten() throws Exception {
        Path project = interviewWithASpeaker();
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path out = dir.resolve("anon.qdpx");

            fixture.main.exchange().exportQdpx(out, true);

            assertThat(fixture.dialogs.severalAsked).hasSize(1);
            assertThat(out).doesNotExist();
            assertThat(fixture.workbench().exchange().sensitiveAttributes()).isEmpty();
            assertThat(fixture.main.status().lastResultProperty().get())
                    .isEqualTo("Nothing written: no attribute was marked sensitive, so nothing would be pseudonymised");
        }
    }

    /** Web addresses as values filled the question's dialog, a few lines each: a value is cut at 40 characters. */
    @Test
    void aLongValueIsCutInTheQuestion() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "readout.txt", "A readout."));
            wb.documents().updateMeta(doc, new DocumentMeta("Readout", LocalDate.of(2021, 10, 4),
                    DocumentType.INTERVIEW, "USA", "en", null, Map.of("source_url",
                    "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/10/04/readout")));
            project = Path.of(wb.location());
        }
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            fixture.main.exchange().exportQdpx(dir.resolve("anon.qdpx"), true);

            assertThat(fixture.dialogs.severalAsked).singleElement().satisfies(asked -> assertThat(asked.options())
                    .containsExactly("source_url — in 1 of 1 document: https://bidenwhitehouse.archives.gov/bri…"));
        }
    }

    /**
     * A project with one interview whose speaker, Sergei Volkov, is marked sensitive and named in the text in full, as
     * "Mr Volkov" and, left alone by the engine, in lower case ("volkov"); with a {@code memo}, its first 36 characters are a coded passage with that memo.
     */
    private Path interviewNamingItsSpeaker(String title, String memo) throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview.txt",
                    "Interviewer: Sergei Volkov, welcome. Mr Volkov, how did the council work? (Filed under volkov.)"));
            wb.documents().updateMeta(doc, new DocumentMeta(title, LocalDate.of(2003, 5, 1),
                    DocumentType.INTERVIEW, "Russia", "en", null, Map.of("speaker", "Sergei Volkov")));
            wb.exchange().markSensitive("speaker");
            if (memo != null) {
                wb.coding().code(doc, 0, 36, wb.codebook().code("Balance of power").id(), memo);
            }
            return Path.of(wb.location());
        }
    }

    private Path interviewWithASpeaker() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview.txt",
                    "Interviewer: welcome. How did the council work?"));
            wb.documents().updateMeta(doc, new DocumentMeta("Interview 7", LocalDate.of(2003, 5, 1),
                    DocumentType.INTERVIEW, "Russia", "en", null,
                    Map.of("speaker", "Sergei Volkov", "role", "diplomat")));
            return Path.of(wb.location());
        }
    }

    private static String projectXml(Path qdpx) throws Exception {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
