package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.io.refi.RefiSchemas;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.Offsets;
import org.parallax.model.Segment;
import org.parallax.testutil.TestProjects;

class ExchangeRoundTripTest {
    @TempDir
    static Path dir;
    static Path sample;
    static Path qdpx;

    @BeforeAll
    static void exportSample() {
        sample = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), sample);
        qdpx = dir.resolve("sample.qdpx");
        try (Workbench wb = Workbench.open(sample)) {
            wb.exchange().exportQdpx(qdpx);
        }
    }

    @Test
    void exportedProjectIsValidAgainstTheRefiSchema() {
        Map<String, byte[]> entries = QdpxFiles.entries(qdpx);
        assertThat(RefiSchemas.validateProject(entries.get("project.qde"))).isEmpty();
        assertThat(entries.keySet()).filteredOn(n -> n.startsWith("sources/")).isNotEmpty()
                .allMatch(n -> n.matches("sources/[0-9a-f-]{36}\\.txt"));
        entries.forEach((name, bytes) -> {
            if (name.startsWith("sources/")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertThat(text).doesNotStartWith("\uFEFF").doesNotContain("\r");
            }
        });
    }

    @Test
    void exportedCodebookIsValidAgainstTheRefiSchema() throws Exception {
        Path qdc = dir.resolve("codebook.qdc");
        try (Workbench wb = Workbench.open(sample)) {
            wb.exchange().exportQdc(qdc);
        }
        assertThat(RefiSchemas.validateCodebook(java.nio.file.Files.readAllBytes(qdc))).isEmpty();
        assertThat(RefiSchemas.validateProject(java.nio.file.Files.readAllBytes(qdc))).isNotEmpty();
    }

    @Test
    void exportingTwiceGivesTheSameIds() {
        Path again = dir.resolve("again.qdpx");
        try (Workbench wb = Workbench.open(sample)) {
            wb.exchange().exportQdpx(again);
        }
        assertThat(guids(QdpxFiles.entries(again).get("project.qde")))
                .isEqualTo(guids(QdpxFiles.entries(qdpx).get("project.qde")));
    }

    @Test
    void reimportIntoAnEmptyProjectGivesAnEqualProject() {
        try (Workbench original = Workbench.open(sample);
             Workbench copy = Workbench.create(dir.resolve("copy.parallax"), null)) {
            ExchangeReport report = copy.exchange().importQdpx(qdpx);
            assertThat(report.problems()).isEmpty();
            assertThat(report.segmentsAdded()).isEqualTo(original.coding().segments().size()).isPositive();
            assertThat(report.conventions().values()).containsOnly("Unicode code points (the standard)");
            assertThat(documents(copy)).isEqualTo(documents(original));
            assertThat(codebook(copy)).isEqualTo(codebook(original));
            assertThat(segments(copy)).isEqualTo(segments(original));
            assertThat(copy.coders()).extracting("name").containsExactlyInAnyOrderElementsOf(
                    original.coders().stream().map(c -> c.name()).toList());
            assertThat(copy.integrityCheck()).isEqualTo("ok");
            // Imported documents are indexed at once, not left for a rebuild.
            assertThat(copy.search().status().state()).isEqualTo(org.parallax.search.IndexStatus.State.OK);
        }
    }

    /** QualCoder shows a TextSource without a creatingUser as owned by "default". */
    @Test
    void everySourceBelongsToTheCoderWhoCodedInItFirst() {
        String qde = new String(QdpxFiles.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        Map<String, String> users = matches(qde, "<User guid=\"([^\"]+)\" name=\"([^\"]+)\"");
        Map<String, String> owners = matches(qde, "<TextSource guid=\"[^\"]+\" name=\"([^\"]+)\"[^>]*"
                + "creatingUser=\"([^\"]+)\"");
        try (Workbench wb = Workbench.open(sample)) {
            Map<Long, String> coders = wb.coders().stream().collect(Collectors.toMap(c -> c.id(), c -> c.name()));
            Map<String, String> expected = wb.documents().list().stream().collect(Collectors.toMap(Document::title,
                    d -> wb.coding().segments().stream().filter(s -> s.documentId() == d.id())
                            .min(java.util.Comparator.comparing(Segment::created).thenComparing(Segment::id))
                            .map(s -> coders.get(s.coderId())).orElse(wb.coders().get(0).name())));
            assertThat(owners.keySet()).isEqualTo(expected.keySet());
            owners.forEach((title, user) -> assertThat(users.get(user)).as(title).isEqualTo(expected.get(title)));
        }
    }

    private static Map<String, String> matches(String xml, String regex) {
        Matcher m = Pattern.compile(regex).matcher(xml);
        Map<String, String> out = new java.util.HashMap<>();
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        try (Workbench copy = Workbench.create(dir.resolve("twice.parallax"), null)) {
            ExchangeReport first = copy.exchange().importQdpx(qdpx);
            ExchangeReport second = copy.exchange().importQdpx(qdpx);
            assertThat(second.documentsAdded()).isEmpty();
            assertThat(second.documentsMatched()).hasSize(first.documentsAdded().size());
            assertThat(second.codesCreated()).isZero();
            assertThat(second.segmentsAdded()).isZero();
            assertThat(second.segmentsAlreadyPresent()).isEqualTo(first.segmentsAdded());
        }
    }

    @Test
    void positionsAfterCyrillicAndEmojiAreWrittenInCodePoints(@TempDir Path own) {
        String text = "Россия 🇷🇺 и НАТО 🤝 договорились.\nСовет Россия–НАТО создан.";
        Path file = own.resolve("emoji.qdpx");
        int start;
        try (Workbench wb = TestProjects.table1(own)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(own, "ru.txt", text));
            String stored = wb.documents().text(doc);
            start = stored.indexOf("договорились");
            wb.coding().code(doc, start, start + "договорились".length(), wb.codebook().code("Balance of power").id(),
                    "memo 🤝");
            wb.exchange().exportQdpx(file);
            int codePoint = Offsets.toCodePoints(stored, start);
            assertThat(codePoint).isLessThan(start);
            String qde = new String(QdpxFiles.entries(file).get("project.qde"), StandardCharsets.UTF_8);
            assertThat(qde).contains("startPosition=\"" + codePoint + "\"")
                    .contains("endPosition=\"" + (codePoint + "договорились".length()) + "\"");
        }
        try (Workbench copy = Workbench.create(own.resolve("copy.parallax"), null)) {
            copy.exchange().importQdpx(file);
            Segment s = copy.coding().segments().get(0);
            assertThat(copy.documents().text(s.documentId()).substring(s.start(), s.end())).isEqualTo("договорились");
            assertThat(s.start()).isEqualTo(start);
            assertThat(s.memo()).isEqualTo("memo 🤝");
        }
    }

    private static Set<String> guids(byte[] qde) {
        Matcher m = Pattern.compile("guid=\"([^\"]+)\"").matcher(new String(qde, StandardCharsets.UTF_8));
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Documents by content: hash → metadata. */
    private static Map<String, Object> documents(Workbench wb) {
        return wb.documents().list().stream().collect(Collectors.toMap(Document::contentHash,
                d -> List.of(d.meta(), d.length(), d.sourceFile())));
    }

    /** The codebook by names only, ids left out. */
    private static List<Object> codebook(Workbench wb) {
        Codebook book = wb.codebook().current();
        Map<Long, String> names = book.codes().stream().collect(Collectors.toMap(Code::id, Code::name));
        Set<List<Object>> codes = book.codes().stream().map(c -> List.<Object>of(c.name(),
                String.valueOf(c.color()), String.valueOf(c.definition()), c.shortcut(),
                c.frameId() == null ? "-" : book.frame(c.frameId()).orElseThrow().name(),
                c.parentId() == null ? "-" : names.get(c.parentId()),
                c.scenarioId() == null ? "-" : book.scenario(c.scenarioId()).orElseThrow().name(),
                book.expectations().getOrDefault(c.id(), Set.of()).stream()
                        .map(id -> book.scenario(id).orElseThrow().name()).toList()))
                .collect(Collectors.toSet());
        return List.of(book.frames().stream().map(f -> List.of(f.name(), String.valueOf(f.description()),
                        String.valueOf(f.color()))).toList(),
                book.scenarios().stream().map(s -> List.of(s.name(), String.valueOf(s.description()))).toList(),
                codes);
    }

    /** Segments by content: document hash, range, code name, coder name, memo, creation time. */
    private static Set<List<Object>> segments(Workbench wb) {
        Map<Long, String> hashes = wb.documents().list().stream()
                .collect(Collectors.toMap(Document::id, Document::contentHash));
        Map<Long, String> codes = wb.codebook().current().codes().stream().collect(Collectors.toMap(Code::id,
                Code::name));
        Map<Long, String> coders = wb.coders().stream().collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        return wb.coding().segments().stream().map(s -> List.<Object>of(hashes.get(s.documentId()), s.start(), s.end(),
                codes.get(s.codeId()), coders.get(s.coderId()), String.valueOf(s.memo()), s.created()))
                .collect(Collectors.toSet());
    }
}
