package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A bit flipped anywhere in a page that holds rows of the researcher's work (passages, codes, frames, documents and
 * their details, coders, memos, process tracing, the assistant's records) of the sample project: either what is read
 * stays the same (the bit lay in unused space), or the check finds damage (SQLite's integrity check or a row's
 * checksum). No flip may change what is read without a finding: that is the researcher trusting a damaged file.
 */
class RowDamageFuzzTest {
    private static final List<String> TABLES = List.of("documents", "document_attributes", "frames", "scenarios",
            "codes", "code_expectations", "coders", "segments", "code_anchors", "memos", "hypothesis_sets",
            "hypotheses", "evidence", "evidence_likelihoods", "evidence_passages", "causal_events",
            "passage_provenance", "assistant_rejections", "saved_searches");

    private static Path dir;
    private static Path original;
    private static String readBefore;
    private static int pageSize;
    /** The leaf pages holding the tables' rows: where a flip changes a stored value. */
    private static List<Integer> rowPages;

    record Flip(int page, int offset, int bit) {
    }

    @BeforeContainer
    static void sample() throws Exception {
        QuietLogs.on();
        dir = Files.createTempDirectory("parallax-row-damage");
        Path copy = TestProjects.sampleCopy(dir);
        // Opened once writable: upgraded to the current schema, then closed with everything in the main file.
        try (Workbench wb = Workbench.open(copy)) {
            assertThat(wb.check().full()).isEmpty();
        }
        original = Files.move(copy, dir.resolve("original.parallax"));
        assertThat(dir.resolve("original.parallax-wal")).doesNotExist();
        readBefore = read(original);
        rowPages = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + original + "?open_mode=1");
             var st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getInt(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT pageno FROM dbstat WHERE pagetype = 'leaf' AND name IN ('"
                    + String.join("','", TABLES) + "') ORDER BY pageno")) {
                while (rs.next()) {
                    rowPages.add(rs.getInt(1));
                }
            }
        }
        assertThat(rowPages).hasSizeGreaterThan(10);
    }

    @AfterContainer
    static void remove() throws IOException {
        FuzzFiles.deleteTree(dir);
        QuietLogs.off();
    }

    @Property(tries = 200)
    void aFlippedBitInARowIsFoundOrChangesNothingRead(@ForAll("flips") Flip flip) throws Exception {
        Path damaged = Files.copy(original, dir.resolve("damaged.parallax"), StandardCopyOption.REPLACE_EXISTING);
        byte[] bytes = Files.readAllBytes(damaged);
        int at = (flip.page() - 1) * pageSize + flip.offset();
        bytes[at] ^= (byte) (1 << flip.bit());
        Files.write(damaged, bytes);

        String readAfter;
        try {
            readAfter = read(damaged);
        } catch (SQLException e) {
            readAfter = "unreadable: " + e.getMessage();
        }
        if (!readAfter.equals(readBefore)) {
            assertThat(found(damaged)).as("%s changed what is read, without a finding", flip).isTrue();
        }
    }

    @Provide
    Arbitrary<Flip> flips() {
        // Past the leaf page's 8-byte header (page 1 also holds the file's 100-byte header).
        return Combinators.combine(Arbitraries.of(rowPages), Arbitraries.integers().between(8, pageSize - 1),
                Arbitraries.integers().between(0, 7)).as(Flip::new).filter(f -> f.page() != 1 || f.offset() >= 108);
    }

    private static boolean found(Path file) {
        try (Workbench wb = Workbench.openReadOnly(file)) {
            return !wb.check().full().isEmpty();
        } catch (ParallaxException refusedInWords) {
            return true;
        }
    }

    /** Every row of the tables, read straight from the table (never an index), with each value's kind. */
    private static String read(Path file) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1");
             var st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object v = rs.getObject(i);
                            out.append(v == null ? "null" : v.getClass().getSimpleName() + ":" + v).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
