package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.NamedInterview;

/**
 * The copy a blind second coder codes in (File → Copy for a second coder…, parallax blind-copy): the documents with
 * their details and the codebook, and nothing of anyone's coding, not even in the file's free pages; their passages
 * come back with merge as their own layer, once, for Table 1 per coder and agreement.
 */
class SecondCoderCopyTest {
    /** What the first coder wrote that is neither a document nor the codebook, and the first coder's name. */
    private static final List<String> OWN_WORK = List.of("German version", "stay anonymous", "own questions",
            "tone is friendly", "turns it on", "wants a quarrel", "Talks with", "interview aired",
            NamedInterview.ANALYST);

    @TempDir
    Path dir;

    @Test
    void theCopyHoldsTheDocumentsAndCodebookAndNothingOfAnyonesCodingNorWhoCoded() throws Exception {
        Path project = NamedInterview.project(dir);
        Path copy = dir.resolve("for-maria.parallax");
        Map<String, String> details;
        Set<String> codes;
        SecondCoderCopyReport report;
        try (Workbench wb = Workbench.open(project)) {
            wb.setBlindMode(true);
            details = details(wb);
            codes = codeNames(wb);
            report = wb.copyForASecondCoder(copy);
        }
        assertThat(report.passagesLeftOut()).isEqualTo(3);
        assertThat(report.memosLeftOut()).isEqualTo(5);
        assertThat(String.join("\n", report.summary())).contains("Wrote for-maria.parallax for a second coder: "
                + "1 document with their details").contains("Left out: 3 passages and 5 memos (of every coder), the "
                + "names of 2 coders, process tracing (1 hypothesis set, 1 evidence item), 1 event")
                .contains("no coder is set in it").contains("parallax merge " + project.toAbsolutePath() + " "
                + copy.toAbsolutePath());
        assertThat(report.namesInTheDocuments()).hasValueSatisfying(note -> assertThat(note)
                .contains("the values of interviewer").contains("no coder's name is in it"));
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString()).filter(n -> n.contains("for-maria")))
                    .as("no temporary copy is left").containsExactly("for-maria.parallax");
        }
        String bytes = new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1);
        assertThat(OWN_WORK).as("nothing of the first coder's work, not even in free pages")
                .noneMatch(bytes::contains);

        try (Workbench second = Workbench.open(copy)) {
            assertThat(details(second)).isEqualTo(details);
            // The second coder of the project is named like the interviewer: the copy names no coder.
            assertThat(codeNames(second)).isEqualTo(codes.stream().map(c -> c.replace("How Jörg Schönenborn frames",
                    "How Jörg Coder 2 frames")).collect(Collectors.toSet()));
            assertThat(second.coding().segments()).isEmpty();
            assertThat(second.memos().all()).isEmpty();
            assertThat(second.tracing().sets()).isEmpty();
            assertThat(second.blindMode()).isFalse();
            assertThat(second.secondCoderCopyOf()).contains(project.getFileName().toString());
            assertThat(second.coderNotChosenHere()).as("the second coder is told or asked who codes").isPresent();
            assertThat(second.coders()).extracting(c -> c.name()).doesNotContain(NamedInterview.ANALYST);
            assertThat(second.integrityCheck()).isEqualTo("ok");
            List<CheckFinding> findings = second.check().full();
            assertThat(findings.isEmpty() || ProjectCheck.onlyTheSearchIndex(findings)).as(findings.toString())
                    .isTrue();
        }
    }

    /**
     * The copy's box listed process tracing and the project's events among what was left out and not why: a first coder
     * found the second coder's Timeline without periods and took it for a fault. The box now says they are left out
     * as the first coder's reading, so that the second coder codes blind, and how the second coder adds the study's
     * events.
     */
    @Test
    void theBoxSaysWhyProcessTracingAndTheEventsAreLeftOut() throws Exception {
        Path project = NamedInterview.project(dir);
        Path copy = dir.resolve("for-maria.parallax");
        SecondCoderCopyReport report;
        try (Workbench wb = Workbench.open(project)) {
            report = wb.copyForASecondCoder(copy);
        }

        assertThat(report.summary()).contains("Process tracing and the events are your reading of the documents, "
                + "left out so that the second coder codes blind; the copy has no periods for the Timeline and the "
                + "Analysis tab until its coder adds events (parallax event template " + copy.toAbsolutePath()
                + " adds the study's)");
    }

    /**
     * The copy recorded the project's file name ("kowalski-thesis.parallax", shown in the second coder's strip) and kept
     * the codebook's definitions, rules and frame descriptions as written, "Kowalski: only explicit statements" among
     * them: a copy that names no coder named the first one twice. Both now name the coder as files do, Coder 1; the
     * codes' names, which the merge matches, stay.
     */
    @Test
    void theCopyNamesNoCoderInTheFileNameItRecordsNorInTheCodebooksWords() throws Exception {
        Path project = dir.resolve("kowalski-thesis.parallax");
        try (Workbench wb = Workbench.create(project, org.parallax.io.CodebookTemplates.named("table1"))) {
            wb.setActiveCoder("maria-kowalski");
            org.parallax.testutil.TestProjects.importOne(wb, org.parallax.testutil.TestProjects.textFile(dir,
                    "talks.txt", "The council met in Rome. Both sides spoke of a new partnership."));
            Code balance = wb.codebook().code("Balance of power");
            wb.codebook().updateCode(balance.withRules("As Maria Kowalski reads it: both sides weigh forces.",
                    "Kowalski: only explicit statements, not hints."));
            org.parallax.model.Frame frame = wb.codebook().current().frames().get(0);
            wb.codebook().updateFrame(new org.parallax.model.Frame(frame.id(), frame.name(), "The frame "
                    + "maria_kowalski proposed.", frame.color(), frame.position(), frame.version()));
            wb.copyForASecondCoder(dir.resolve("copy.parallax"));
        }
        try (Workbench second = Workbench.open(dir.resolve("copy.parallax"))) {
            assertThat(second.secondCoderCopyOf()).contains("Coder 1-thesis.parallax");
            Code balance = second.codebook().code("Balance of power");
            assertThat(balance.inclusion()).isEqualTo("As Coder 1 reads it: both sides weigh forces.");
            assertThat(balance.exclusion()).isEqualTo("Coder 1: only explicit statements, not hints.");
            assertThat(second.codebook().current().frames().get(0).description()).isEqualTo("The frame Coder 1 proposed.");
        }
        String bytes = new String(Files.readAllBytes(dir.resolve("copy.parallax")), StandardCharsets.ISO_8859_1);
        assertThat(bytes.toLowerCase(java.util.Locale.ROOT)).as("no trace of the coder, not even in free pages")
                .doesNotContain("kowalski").doesNotContain("maria");
    }

    @Test
    void theSecondCodersPassagesComeBackOnceAsTheirLayerForTable1PerCoderAndAgreement() {
        Path project = NamedInterview.project(dir);
        Path copy = dir.resolve("for-maria.parallax");
        int analystsBefore;
        try (Workbench wb = Workbench.open(project)) {
            analystsBefore = table1Total(wb, NamedInterview.ANALYST);
            wb.copyForASecondCoder(copy);
        }
        try (Workbench second = Workbench.open(copy)) {
            second.setActiveCoder("Maria");
            long doc = second.documents().list().get(0).id();
            String text = second.documents().text(doc);
            int answer = text.indexOf("It is you who are scaring");
            Code balance = second.codebook().code("Balance of power");
            second.coding().code(doc, answer, answer + 40, balance.id(), null);
            second.coding().code(doc, answer + 50, answer + 90, balance.id(), null);
        }
        try (Workbench wb = Workbench.open(project)) {
            MergeReport merged = wb.merging().mergeProject(copy);
            assertThat(merged.passagesAdded()).isEqualTo(2);
            assertThat(merged.alreadyPresent()).isZero();
            assertThat(merged.coders()).containsExactly("Maria");
            assertThat(merged.addedToOwnLayer()).isZero();
            assertThat(wb.merging().mergeProject(copy).passagesAdded()).as("nothing twice").isZero();

            assertThat(table1Total(wb, "Maria")).isEqualTo(2);
            assertThat(table1Total(wb, NamedInterview.ANALYST)).isEqualTo(analystsBefore);
            AgreementReport agreement = wb.analysis().agreement(List.of(NamedInterview.ANALYST, "Maria"), List.of(),
                    AgreementUnit.CHARACTER, null, false);
            assertThat(agreement.coders()).containsExactly(NamedInterview.ANALYST, "Maria");
            assertThat(agreement.documents()).isEqualTo(1);
        }
    }

    /**
     * The copy dropped the project's id floors, so the second coder's first code took the id of a code deleted from the
     * project, and their first passage the id of one of the first coder's; its box said "the project's settings (such
     * as blind mode and the active coder)" whatever it left out. The floors stay, and the box names what went.
     */
    @Test
    void theCopyHandsOutNoIdTheProjectHandedOutAndNamesTheSettingsItLeftOut() throws Exception {
        Path project = NamedInterview.project(dir);
        Path copy = dir.resolve("for-maria.parallax");
        long deleted;
        long lastPassage;
        SecondCoderCopyReport report;
        try (Workbench wb = Workbench.open(project)) {
            deleted = wb.codebook().addCode("Dropped idea", null, null, null, null).id();
            wb.codebook().deleteCode(deleted);
            lastPassage = wb.coding().segments().stream().mapToLong(s -> s.id()).max().orElseThrow();
            wb.setBlindMode(true);
            report = wb.copyForASecondCoder(copy);
        }
        assertThat(String.join("\n", report.summary())).contains(", the project's settings (the active coder, blind "
                + "mode); no coder is set in it");

        try (Workbench second = Workbench.open(copy)) {
            Code theirs = second.codebook().addCode("Their own idea", null, null, null, null);
            long doc = second.documents().list().get(0).id();

            assertThat(theirs.id()).as("the second coder's new code").isGreaterThan(deleted);
            assertThat(second.coding().code(doc, 0, 5, theirs.id(), null).id()).as("their first passage")
                    .isGreaterThan(lastPassage);
        }
    }

    @Test
    void aFileThatIsThereIsRefusedAndLeftAsItIs() throws Exception {
        Path project = NamedInterview.project(dir);
        Path taken = Files.writeString(dir.resolve("taken.parallax"), "someone's file");
        try (Workbench wb = Workbench.open(project)) {
            assertThatThrownBy(() -> wb.copyForASecondCoder(taken)).isInstanceOf(ParallaxException.class)
                    .hasMessage("taken.parallax: already exists (choose another name; nothing was written)");
            assertThatThrownBy(() -> wb.copyForASecondCoder(dir.resolve("copy.txt")))
                    .hasMessageContaining("named NAME.parallax; nothing was written");
        }
        assertThat(Files.readString(taken)).isEqualTo("someone's file");
        assertThat(dir.resolve("copy.txt")).doesNotExist();
    }

    private static int table1Total(Workbench wb, String coder) {
        MatrixSpec spec = MatrixSpec.table1();
        return wb.analysis().matrix(spec.withFilter(spec.filter().withCoders(wb.analysis().coderIds(List.of(coder)))))
                .total().segments();
    }

    private static Map<String, String> details(Workbench wb) {
        return wb.documents().list().stream().collect(Collectors.toMap(Document::contentHash,
                d -> d.title() + "|" + d.meta() + "|" + d.sourceFile()));
    }

    private static Set<String> codeNames(Workbench wb) {
        return wb.codebook().current().codes().stream().map(c -> c.name() + "|" + c.definition() + "|" + c.color()
                + "|" + c.shortcut()).collect(Collectors.toSet());
    }
}
