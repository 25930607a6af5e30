package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.io.refi.QdpxFiles.projectWithSource;
import static org.parallax.io.refi.QdpxFiles.selection;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;

/**
 * Every path that makes passages in bulk keeps them off the middle of a character (issue 12 item 5): auto-code's
 * batch, REFI-QDA import with UTF-16 positions, and merging another project whose file holds a passage stored
 * before the guard existed. Each widens the boundary to the whole character, the rule of {@code Offsets}. The batch
 * paths run on a project file and on a team server, whose stores find the texts holding surrogate pairs in SQL.
 */
class SurrogateBoundariesTest {
    /** "NATO " is units 0-4; the flag 🇺🇦 is units 5-8 (two code points of two units each). */
    private static final String TEXT = "NATO \uD83C\uDDFA\uD83C\uDDE6 support for Ukraine grows.";
    private static final String FIRST_FLAG_LETTER = "\uD83C\uDDFA";

    @TempDir
    Path dir;

    @BothBackends
    void aBatchOfPassagesWithASplitBoundaryIsStoredCoveringTheWholeCharacter(Backend backend) throws Exception {
        try (Workbench wb = project(backend, "batch.parallax")) {
            Document doc = wb.documents().list().get(0);
            long code = wb.codebook().code("Balance of power").id();
            Segment split = new Segment(0, doc.id(), 6, 8, code, wb.activeCoder().id(), null, Instant.now());
            Segment fine = new Segment(0, doc.id(), 10, 17, code, wb.activeCoder().id(), null, Instant.now());

            List<Segment> saved = wb.coding().codeAll(List.of(split, fine), "Auto-code");

            assertThat(saved).extracting(s -> TEXT.substring(s.start(), s.end()))
                    .containsExactlyInAnyOrder("\uD83C\uDDFA\uD83C\uDDE6", "support");
            assertNoPassageSplitsACharacter(wb);
        }
    }

    @BothBackends
    void aBatchInAReopenedAndWarmedUpProjectIsWidenedToo(Backend backend) throws Exception {
        // Reopened, the project knows nothing of its texts; warmed up, it knows which hold surrogates (a file and a
        // server name them with their own SQL length(), which counts code points in both).
        String location;
        try (Workbench created = project(backend, "reopened.parallax")) {
            location = created.location();
        }
        for (boolean warm : new boolean[] {false, true}) {
            try (Workbench wb = Workbench.open(location, Backend.PASSWORD::toCharArray)) {
                if (warm) {
                    wb.warmUp();
                    assertThat(wb.awaitWarmUp(60_000)).isTrue();
                }
                Document doc = wb.documents().list().get(0);
                long code = wb.codebook().code("Balance of power").id();
                // Not warm: units 5-6 split the first flag letter; warm: 6-8 split both letters.
                int start = warm ? 6 : 5;
                int end = warm ? 8 : 6;
                wb.coding().codeAll(List.of(new Segment(0, doc.id(), start, end, code, wb.activeCoder().id(), null,
                        Instant.now())), "Auto-code");
                assertNoPassageSplitsACharacter(wb);
            }
        }
        try (Workbench wb = Workbench.open(location, Backend.PASSWORD::toCharArray)) {
            assertThat(wb.coding().segments()).extracting(s -> TEXT.substring(s.start(), s.end()))
                    .containsExactlyInAnyOrder(FIRST_FLAG_LETTER, "\uD83C\uDDFA\uD83C\uDDE6");
        }
    }

    @Test
    void aRefiSelectionInUtf16UnitsThatSplitsAnEmojiIsWidenedAndReported() throws Exception {
        String guid = "aaaaaaaa-0000-0000-0000-000000000001";
        int support = TEXT.indexOf("support");
        int grows = TEXT.indexOf("grows");
        // Two selections whose carried text only matches when positions are UTF-16 units settle the convention.
        String selections = selection("aaaaaaaa-0000-0000-0000-0000000000a1", support, support + 7, "support")
                + selection("aaaaaaaa-0000-0000-0000-0000000000a2", grows, grows + 5, "grows")
                + selection("aaaaaaaa-0000-0000-0000-0000000000a3", 5, 6, "");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", utf8(projectWithSource(guid, "internal://" + guid + ".txt", selections)));
        entries.put("sources/" + guid + ".txt", utf8(TEXT));
        Path qdpx = QdpxFiles.zip(dir.resolve("utf16.qdpx"), entries);

        try (Workbench wb = Workbench.create(dir.resolve("refi.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(qdpx);

            assertThat(report.problems()).contains("1 passage began or ended inside a character (between the two halves "
                    + "of a surrogate pair); widened to the whole character");
            Document doc = wb.documents().list().get(0);
            assertThat(wb.documents().text(doc.id())).isEqualTo(TEXT);
            assertThat(wb.coding().segments()).extracting(s -> TEXT.substring(s.start(), s.end()))
                    .containsExactlyInAnyOrder("support", "grows", FIRST_FLAG_LETTER);
            assertNoPassageSplitsACharacter(wb);
        }
    }

    @BothBackends
    void mergingAProjectWithAPassageStoredBeforeTheGuardWidensIt(Backend backend) throws Exception {
        Path theirs = dir.resolve("theirs.parallax");
        try (Workbench other = project("theirs.parallax")) {
            Document doc = other.documents().list().get(0);
            other.setActiveCoder("Ben");
            other.coding().code(doc.id(), 0, 4, other.codebook().code("Balance of power").id(), null);
        }
        // An older Parallax stored boundaries inside a character; make that passage end in the flag's middle.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + theirs);
             Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE segments SET end_offset = 6")).isEqualTo(1);
        }

        try (Workbench mine = project(backend, "mine.parallax")) {
            MergeReport report = mine.merging().mergeProject(theirs);

            assertThat(mine.coding().segments()).singleElement()
                    .satisfies(s -> assertThat(TEXT.substring(s.start(), s.end())).isEqualTo("NATO " + FIRST_FLAG_LETTER));
            assertThat(report.passagesAdded()).isEqualTo(1);
            assertNoPassageSplitsACharacter(mine);
        }
    }

    private Workbench project(String name) throws Exception {
        return project(Backend.SQLITE, name);
    }

    /** A new project of {@code backend} holding one imported text, {@link #TEXT}. */
    private Workbench project(Backend backend, String name) throws Exception {
        Workbench wb = backend.create(dir.resolve(name), CodebookTemplates.named("table1"));
        Path text = Files.writeString(dir.resolve("flags-" + name + ".txt"), TEXT);
        wb.documents().importFiles(ImportRequest.of(List.of(text)), TaskProgress.NONE);
        return wb;
    }

    private static void assertNoPassageSplitsACharacter(Workbench wb) {
        for (Segment s : wb.coding().segments()) {
            String text = wb.documents().text(s.documentId());
            assertThat(org.parallax.model.Offsets.splitsCodePoint(text, s.start())
                    || org.parallax.model.Offsets.splitsCodePoint(text, s.end())).as("passage %s", s).isFalse();
        }
    }
}
