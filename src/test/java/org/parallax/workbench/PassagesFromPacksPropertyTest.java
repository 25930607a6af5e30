package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.MatrixCells;
import org.parallax.testutil.TestProjects;

/**
 * Passages read from packs (docs/decisions/0034) are the passages the rows hold, whatever was written in between: on a
 * copy of the sample, a random run of the workbench's writes (coding, uncoding, a passage's bounds moved, its code
 * changed, codes merged, undo and redo, a memo, a document imported or removed) with the packs of random documents
 * written at random moments; after each writing of packs the store's load equals the passages the workbench keeps,
 * and at the end a fresh opening gives the same passages and the same Table 1 as a copy of the file without packs.
 */
class PassagesFromPacksPropertyTest {
    private static final int KINDS = 11;

    @Property(tries = 12)
    void table1IsTheSameReadFromPacksAsFromTheRows(@ForAll("runs") List<Integer> run, @ForAll long seed)
            throws Exception {
        Path dir = Files.createTempDirectory("packs-property");
        try {
            Path project = TestProjects.sampleCopy(dir);
            Random random = new Random(seed);
            try (Workbench wb = Workbench.open(project)) {
                int imported = 0;
                for (int kind : run) {
                    if (kind == 7) {
                        imported++;
                    }
                    act(wb, kind, random, dir, imported);
                }
                writePacks(wb, random);
            }
            Path withoutPacks = dir.resolve("without-packs.parallax");
            Files.copy(project, withoutPacks);
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + withoutPacks); var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM segment_packs");
            }
            try (Workbench packed = Workbench.openReadOnly(project);
                 Workbench rows = Workbench.openReadOnly(withoutPacks)) {
                assertThat(packed.coding().segments()).as("the passages, read from packs and from rows")
                        .containsExactlyElementsOf(rows.coding().segments());
                assertTable1Equal(packed.analysis().table1(), rows.analysis().table1());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(PassagesFromPacksPropertyTest::delete);
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> runs() {
        return Arbitraries.integers().between(0, KINDS - 1).list().ofMinSize(4).ofMaxSize(24);
    }

    private static void act(Workbench wb, int kind, Random random, Path dir, int imported) throws IOException {
        List<Segment> passages = wb.coding().segments();
        List<Document> documents = wb.documents().list();
        List<Code> codes = wb.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).toList();
        Segment some = passages.isEmpty() ? null : passages.get(random.nextInt(passages.size()));
        try {
            switch (kind) {
                case 0 -> {
                    Document d = documents.get(random.nextInt(documents.size()));
                    int start = random.nextInt(Math.max(1, d.length() - 40));
                    wb.coding().code(d.id(), start, start + 1 + random.nextInt(39), codes.get(random.nextInt(
                            codes.size())).id(), random.nextBoolean() ? "memo " + start : null);
                }
                case 1 -> {
                    if (some != null) {
                        wb.coding().uncode(some.id());
                    }
                }
                case 2 -> {
                    if (some != null && some.end() > some.start() + 1) {
                        wb.coding().replaceAll(List.of(some), List.of(new Segment(0, some.documentId(), some.start(),
                                some.end() - 1, some.codeId(), some.coderId(), null, some.created())), "bounds",
                                Map.of());
                    }
                }
                case 3 -> {
                    if (some != null) {
                        wb.coding().changeCode(some.id(), codes.get(random.nextInt(codes.size())).id());
                    }
                }
                case 4 -> {
                    Code from = codes.get(random.nextInt(codes.size()));
                    Code into = codes.get(random.nextInt(codes.size()));
                    if (from.id() != into.id() && codes.size() > 3) {
                        wb.codebook().mergeCode(from.id(), into.id());
                    }
                }
                case 5 -> wb.history().undo();
                case 6 -> wb.history().redo();
                case 7 -> TestProjects.importOne(wb, TestProjects.textFile(dir, "added-" + imported + ".txt",
                        "An added document, number " + imported + ", about the alliance and its enlargement."));
                case 8 -> {
                    if (documents.size() > 3) {
                        wb.documents().delete(documents.get(random.nextInt(documents.size())).id());
                    }
                }
                case 9 -> {
                    if (some != null) {
                        wb.coding().setMemo(some.id(), random.nextBoolean() ? null : "why " + random.nextInt(100));
                    }
                }
                default -> writePacks(wb, random);
            }
        } catch (ParallaxException refused) {
            // A write the workbench refuses in words (a passage coded twice, a bound splitting a character): none made.
        }
    }

    /** Packs for a random half of the documents, then the store's load against the passages the workbench keeps. */
    private static void writePacks(Workbench wb, Random random) {
        List<Long> chosen = new ArrayList<>();
        wb.documents().list().forEach(d -> {
            if (random.nextBoolean()) {
                chosen.add(d.id());
            }
        });
        wb.project().segments.writePacks(chosen);
        assertThat(byId(wb.project().segments.all())).as("the load with packs of " + chosen)
                .containsExactlyElementsOf(byId(wb.coding().segments()));
    }

    private static List<Segment> byId(List<Segment> passages) {
        return passages.stream().sorted(Comparator.comparingLong(Segment::id)).toList();
    }

    private static void assertTable1Equal(Matrix packed, Matrix rows) {
        assertThat(packed.rows()).isEqualTo(rows.rows());
        assertThat(packed.columns()).isEqualTo(rows.columns());
        assertThat(MatrixCells.of(packed)).isEqualTo(MatrixCells.of(rows));
        for (int r = 0; r < rows.rows().size(); r++) {
            for (int c = 0; c < rows.columns().size(); c++) {
                assertThat(packed.segmentIds(r, c)).isEqualTo(rows.segmentIds(r, c));
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
