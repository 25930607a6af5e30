package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.CharacterAgreement;
import org.parallax.analysis.CohenKappa;
import org.parallax.analysis.KrippendorffAlpha;
import org.parallax.analysis.TextUnit;
import org.parallax.analysis.UnitAgreement;
import org.parallax.analysis.UnitSplitter;
import org.parallax.cli.ParallaxCommand;
import org.parallax.model.Code;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.testutil.TestProjects;

/**
 * Agreement in characters over a large project of two coders: it merged every passage of the whole project into
 * ranges by document, code and coder before counting any, some 400 bytes for each (document, code) pair a coder used
 * (a map entry, a boxed id and a range list per coder, built and merged side by side), where the passage cache holds
 * about 50 bytes a passage. In a project whose passages are spread over many codes in many documents those ranges cost
 * several times the project's own passages: `bench --scale 10`'s merged 3,000,000 passages sat at the limit of its 512
 * MiB heap. It now merges one document's passages at a time, so what it holds beside the project's passages is one
 * document's ranges: agreement over 100,000 (document, code) pairs of one passage per coder runs in a child JVM whose
 * heap the whole-project merge ran out of, and its figures are those a count of every character, coder by coder,
 * gives.
 */
class LargeProjectAgreementTest {
    private static final int DOCUMENT_CHARS = 30_000;
    /** Many documents and codes, one passage per coder in each pair: the ranges by pair outweigh the passages. */
    private static final int PAIR_DOCUMENTS = 200;
    private static final int PAIR_DOCUMENT_CHARS = 3_000;
    private static final int PAIR_CODES = 500;
    /** See the class comment: the whole-project merge ran out of this heap, one document at a time ran within it. */
    private static final String HEAP = "-Xmx40m";
    /** Many sentences in many documents, the 60 codes agreement over units compares at most (63). */
    private static final int UNIT_DOCUMENTS = 400;
    private static final int UNIT_DOCUMENT_CHARS = 30_000;
    private static final int UNIT_CODES = 60;
    /**
     * The whole project's units and ranges ran out of 16 and 20 MiB and ran within 24; a document at a time ran within
     * 12 (`agreement --unit sentence` in a JVM of its own, this project).
     */
    private static final String UNIT_HEAP = "-Xmx16m";
    private static final String[] WORDS = ("the of and to in that alliance treaty security member states border "
            + "troops exercise summit minister council defence agreement missile deployment talks").split(" ");

    @TempDir
    Path dir;

    @Test
    void agreementOverManyCodesInManyDocumentsRunsInAHeapTheWholeProjectMergeRanOutOf() throws Exception {
        Path project = dir.resolve("pairs.parallax");
        List<CodeDefinition> codes = new ArrayList<>();
        for (int c = 0; c < PAIR_CODES; c++) {
            codes.add(new CodeDefinition("Indicator " + c, "#1f77b4", "", 0, List.of(), List.of()));
        }
        CodebookDefinition codebook = new CodebookDefinition("Many codes",
                List.of(new FrameDefinition("Frame", "", "#1f77b4", codes)), List.of());
        try (Workbench wb = Workbench.create(project, codebook)) {
            List<Document> documents = wb.documents().importFiles(new ImportRequest(texts(PAIR_DOCUMENTS,
                    PAIR_DOCUMENT_CHARS), null, null), TaskProgress.NONE).imported();
            codeEveryPairOnce(wb, documents);
        }

        Child child = agreementIn(project);

        assertThat(child.exit()).as(child.stderr()).isZero();
        assertThat(child.stdout()).contains("kappa").contains("alpha").contains("Indicator 499");
    }

    @Test
    void agreementOfAGeneratedProjectIsWhatCountingEveryCharacterGives() throws Exception {
        try (Workbench wb = Workbench.createWithTemplate(dir.resolve("small.parallax"), Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = wb.documents().importFiles(new ImportRequest(texts(12, DOCUMENT_CHARS), null,
                    null), TaskProgress.NONE).imported();
            codeAsTwoCoders(wb, documents, 3_000);
            for (boolean onlyCoded : new boolean[] {false, true}) {
                AgreementReport report = wb.analysis().agreement(List.of("Ana", "Ben"), List.of(),
                        AgreementUnit.CHARACTER, null, onlyCoded);

                assertSameAsCounted(report.characters(), wb, onlyCoded);
            }
        }
    }

    @Test
    void agreementOfTheSampleIsWhatCountingEveryCharacterGives() throws Exception {
        try (Workbench wb = Workbench.open(TestProjects.sampleCopy(dir))) {
            AgreementReport report = wb.analysis().agreement(List.of("analyst", "second-coder"), List.of(),
                    AgreementUnit.CHARACTER, null, false);

            assertThat(report.characters().compared()).isPositive();
            assertSameAsCounted(report.characters(), wb, false);
        }
    }

    /**
     * Agreement in sentences over a large project: it split every document into units and built every coder's ranges
     * of every code in every document before comparing any, then kept a row of values for every unit and a copy of it
     * per code (some 130 bytes a unit beside the ranges). It now takes one document's units and passages at a time.
     */
    @Test
    void agreementInSentencesOverALargeProjectRunsInAHeapTheWholeProjectRanOutOf() throws Exception {
        Path project = dir.resolve("sentences.parallax");
        List<CodeDefinition> codes = new ArrayList<>();
        for (int c = 0; c < UNIT_CODES; c++) {
            codes.add(new CodeDefinition("Indicator " + c, "#1f77b4", "", 0, List.of(), List.of()));
        }
        CodebookDefinition codebook = new CodebookDefinition("Sixty codes",
                List.of(new FrameDefinition("Frame", "", "#1f77b4", codes)), List.of());
        try (Workbench wb = Workbench.create(project, codebook)) {
            List<Document> documents = wb.documents().importFiles(new ImportRequest(texts(UNIT_DOCUMENTS,
                    UNIT_DOCUMENT_CHARS), null, null), TaskProgress.NONE).imported();
            codeEveryPairOnce(wb, documents);
        }

        Child child = agreementIn(project, UNIT_HEAP, "--unit", "sentence");

        assertThat(child.exit()).as(child.stderr()).isZero();
        assertThat(child.stdout()).contains("alpha").contains("Indicator " + (UNIT_CODES - 1))
                .contains(AgreementReport.ALL_CODES);
    }

    @Test
    void agreementInUnitsOfAGeneratedProjectIsWhatTheWholeProjectsUnitsGive() throws Exception {
        try (Workbench wb = Workbench.createWithTemplate(dir.resolve("units.parallax"), Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = wb.documents().importFiles(new ImportRequest(texts(12, DOCUMENT_CHARS), null,
                    null), TaskProgress.NONE).imported();
            codeAsTwoCoders(wb, documents, 3_000);
            for (AgreementUnit unit : List.of(AgreementUnit.SENTENCE, AgreementUnit.PARAGRAPH)) {
                for (boolean onlyCoded : new boolean[] {false, true}) {
                    AgreementReport report = wb.analysis().agreement(List.of("Ana", "Ben"), List.of(), unit, null,
                            onlyCoded);

                    assertSameAsTheWholeProjectsUnits(report.units(), wb, unit, onlyCoded);
                }
            }
        }
    }

    @Test
    void agreementInUnitsOfTheSampleIsWhatTheWholeProjectsUnitsGive() throws Exception {
        try (Workbench wb = Workbench.open(TestProjects.sampleCopy(dir))) {
            for (AgreementUnit unit : List.of(AgreementUnit.SENTENCE, AgreementUnit.PARAGRAPH, AgreementUnit.TURN)) {
                AgreementReport report = wb.analysis().agreement(List.of("analyst", "second-coder"), List.of(), unit,
                        null, false);

                assertThat(report.units().compared()).isPositive();
                assertSameAsTheWholeProjectsUnits(report.units(), wb, unit, false);
            }
        }
    }

    /**
     * Each code's alpha and the alpha of the set of codes against the reliability data of the whole project built at
     * once, unit by unit from the stored passages (a coder who coded nothing in a document is missing there), to the
     * last bit.
     */
    private static void assertSameAsTheWholeProjectsUnits(UnitAgreement.Result result, Workbench wb,
                                                          AgreementUnit unit, boolean onlyCoded) {
        List<Long> coders = result.coderIds();
        List<Long> codes = result.codes().stream().map(UnitAgreement.CodeResult::codeId).toList();
        Map<Long, List<Segment>> passages = new HashMap<>();
        wb.coding().segments().stream().filter(s -> s.end() > s.start() && coders.contains(s.coderId()))
                .forEach(s -> passages.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s));
        List<long[]> applied = new ArrayList<>();
        for (Document d : wb.documents().list()) {
            List<Segment> of = passages.getOrDefault(d.id(), List.of());
            Locale locale = d.meta().language() == null ? Locale.ROOT : Locale.forLanguageTag(d.meta().language());
            for (TextUnit u : UnitSplitter.split(kind(unit), d.id(), wb.documents().text(d.id()), locale)) {
                long[] values = new long[coders.size()];
                for (int c = 0; c < coders.size(); c++) {
                    long coder = coders.get(c);
                    values[c] = of.stream().anyMatch(s -> s.coderId() == coder) ? 0 : -1;
                    for (Segment s : of) {
                        int k = codes.indexOf(s.codeId());
                        if (values[c] >= 0 && k >= 0 && s.coderId() == coder && s.start() < u.end()
                                && s.end() > u.start()) {
                            values[c] |= 1L << k;
                        }
                    }
                }
                applied.add(values);
            }
        }
        assertThat(result.offeredUnits()).isEqualTo(applied.size());
        for (int k = 0; k < codes.size(); k++) {
            int bit = k;
            int[][] data = applied.stream().map(values -> Arrays.stream(values)
                    .mapToInt(v -> v < 0 ? KrippendorffAlpha.MISSING : (int) (v >>> bit & 1)).toArray())
                    .filter(values -> !onlyCoded || Arrays.stream(values).anyMatch(v -> v == 1))
                    .toArray(int[][]::new);
            assertThat(result.codes().get(k).alpha()).as("code %d", codes.get(k))
                    .isEqualTo(KrippendorffAlpha.nominal(data));
        }
        Map<Long, Integer> sets = new HashMap<>(Map.of(0L, 0));
        int[][] which = applied.stream().map(values -> Arrays.stream(values)
                .mapToInt(v -> v < 0 ? KrippendorffAlpha.MISSING : sets.computeIfAbsent(v, set -> sets.size()))
                .toArray()).filter(values -> !onlyCoded || Arrays.stream(values).anyMatch(v -> v > 0))
                .toArray(int[][]::new);
        assertThat(result.whichCode()).isEqualTo(KrippendorffAlpha.nominal(which));
    }

    private static UnitSplitter.Kind kind(AgreementUnit unit) {
        return UnitSplitter.Kind.valueOf(unit.name());
    }

    /**
     * Each pair's table and each code's alpha against a count made character by character from the stored passages,
     * with no ranges merged: a coder who coded nothing in a document is missing there.
     */
    private static void assertSameAsCounted(CharacterAgreement.Result result, Workbench wb, boolean onlyCoded) {
        long first = result.coderIds().get(0);
        long second = result.coderIds().get(1);
        Map<Long, Integer> lengths = new HashMap<>();
        wb.documents().list().forEach(d -> lengths.put(d.id(), d.length()));
        Map<String, BitSet> coded = new HashMap<>();
        Map<Long, long[]> present = new HashMap<>();
        for (Segment s : wb.coding().segments()) {
            coded.computeIfAbsent(s.documentId() + "/" + s.codeId() + "/" + s.coderId(), k -> new BitSet())
                    .set(s.start(), s.end());
            long[] coders = present.computeIfAbsent(s.documentId(), d -> new long[2]);
            if (s.coderId() == first && s.end() > s.start()) {
                coders[0] = 1;
            } else if (s.coderId() == second && s.end() > s.start()) {
                coders[1] = 1;
            }
        }
        long[] pooled = new long[4];
        for (CharacterAgreement.CodeResult code : result.codes()) {
            long[] table = new long[4];
            lengths.forEach((document, length) -> {
                long[] coders = present.getOrDefault(document, new long[2]);
                if (coders[0] == 0 || coders[1] == 0) {
                    return;
                }
                BitSet a = coded.getOrDefault(document + "/" + code.codeId() + "/" + first, new BitSet());
                BitSet b = coded.getOrDefault(document + "/" + code.codeId() + "/" + second, new BitSet());
                for (int i = 0; i < length; i++) {
                    if (onlyCoded && !a.get(i) && !b.get(i)) {
                        continue;
                    }
                    table[a.get(i) ? (b.get(i) ? 0 : 1) : (b.get(i) ? 2 : 3)]++;
                }
            });
            CohenKappa counted = new CohenKappa(table[0], table[1], table[2], table[3]);
            assertThat(code.pairs().get(0).table()).as("code %d", code.codeId()).isEqualTo(counted);
            // Two coders, binary: alpha is 1 - (n - 1) * disagreements / expected from the pooled values.
            long n = 2 * (table[0] + table[1] + table[2] + table[3]);
            long ones = 2 * table[0] + table[1] + table[2];
            long zeros = n - ones;
            double disagreements = 2.0 * (table[1] + table[2]);
            double alpha = n == 0 || ones == 0 || zeros == 0 ? Double.NaN
                    : 1 - (n - 1) * disagreements / (2.0 * ones * zeros);
            if (!Double.isNaN(alpha) && !Double.isNaN(code.alpha().alpha())) {
                assertThat(code.alpha().alpha()).as("alpha of code %d", code.codeId()).isCloseTo(alpha,
                        within(1e-9));
            }
            for (int k = 0; k < 4; k++) {
                pooled[k] += table[k];
            }
        }
        assertThat(result.pooled().get(0).table()).isEqualTo(new CohenKappa(pooled[0], pooled[1], pooled[2],
                pooled[3]));
        assertThat(result.compared()).isEqualTo((int) present.entrySet().stream()
                .filter(e -> lengths.containsKey(e.getKey()) && e.getValue()[0] == 1 && e.getValue()[1] == 1).count());
    }

    /** Ana and Ben each code one passage of every code in every document, Ben's near Ana's. */
    private static void codeEveryPairOnce(Workbench wb, List<Document> documents) {
        List<Code> codes = wb.codebook().current().codes();
        Instant created = Instant.parse("2026-03-01T10:00:00Z");
        Random random = new Random(13);
        long ana = wb.setActiveCoder("Ana").id();
        List<Segment> drafts = new ArrayList<>(documents.size() * codes.size());
        for (Document document : documents) {
            for (Code code : codes) {
                int start = random.nextInt(document.length() - 200);
                drafts.add(new Segment(0, document.id(), start, start + 20 + random.nextInt(120), code.id(), ana, null,
                        created));
            }
        }
        wb.coding().codeAll(drafts, "Ana's passages");
        long ben = wb.setActiveCoder("Ben").id();
        drafts.replaceAll(s -> {
            int start = Math.max(0, s.start() + random.nextInt(25) - 12);
            return new Segment(0, s.documentId(), start, Math.max(start + 1, s.end() + random.nextInt(25) - 12),
                    s.codeId(), ben, null, created);
        });
        wb.coding().codeAll(drafts, "Ben's passages");
    }

    /** Ana codes at random; Ben codes near Ana's passages, keeping her code four times in five, and a few of his own. */
    private static void codeAsTwoCoders(Workbench wb, List<Document> documents, int each) {
        List<Code> codes = wb.codebook().current().codes();
        Instant created = Instant.parse("2026-03-01T10:00:00Z");
        Random random = new Random(11);
        long ana = wb.setActiveCoder("Ana").id();
        List<Segment> drafts = new ArrayList<>(each);
        while (drafts.size() < each) {
            Document document = documents.get(random.nextInt(documents.size()));
            int start = random.nextInt(document.length() - 200);
            int end = start + 20 + random.nextInt(120);
            drafts.add(new Segment(0, document.id(), start, end, codes.get(random.nextInt(codes.size())).id(), ana,
                    null, created));
        }
        wb.coding().codeAll(drafts, "Ana's passages");
        long ben = wb.setActiveCoder("Ben").id();
        drafts.replaceAll(s -> {
            int start = Math.max(0, s.start() + random.nextInt(25) - 12);
            int end = Math.max(start + 1, s.end() + random.nextInt(25) - 12);
            long code = random.nextInt(5) < 4 ? s.codeId() : codes.get(random.nextInt(codes.size())).id();
            return new Segment(0, s.documentId(), start, end, code, ben, null, created);
        });
        wb.coding().codeAll(drafts, "Ben's passages");
    }

    private List<Path> texts(int count, int chars) throws IOException {
        Random random = new Random(7);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve("statement-" + i + ".txt");
            if (!Files.exists(file)) {
                StringBuilder text = new StringBuilder("Statement " + i + ".\n\n");
                while (text.length() < chars) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
                }
                Files.writeString(file, text);
            }
            files.add(file);
        }
        return files;
    }

    private record Child(int exit, String stdout, String stderr) {
    }

    private Child agreementIn(Path project) throws Exception {
        return agreementIn(project, HEAP);
    }

    private Child agreementIn(Path project, String heap, String... options) throws Exception {
        Path stdout = dir.resolve("child-stdout.txt");
        Path stderr = dir.resolve("child-stderr.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ParallaxCommand.class.getName(), "agreement", project.toString(), "--coders", "Ana,Ben"));
        command.addAll(List.of(options));
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).redirectOutput(stdout.toFile()).start();
        boolean ended = child.waitFor(15, TimeUnit.MINUTES);
        child.destroyForcibly();
        assertThat(ended).as("agreement ended").isTrue();
        return new Child(child.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
