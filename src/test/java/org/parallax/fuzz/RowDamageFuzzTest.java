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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parallax.analysis.tracing.StudyHypotheses;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.DamagedPages;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.Workbench;

/**
 * A bit flipped anywhere in a page that holds rows of the researcher's work (passages, codes, frames, documents and
 * their details, coders, memos, process tracing, the assistant's records) of the sample project: either what is read
 * stays the same (the bit lay in unused space), or the check finds damage (SQLite's integrity check, a row's
 * checksum, or a value kept in another storage class than its column's). What is read includes each value's kind:
 * a text turned into a blob of the same bytes reads as the same string through Parallax, but not through
 * {@code typeof()} or another tool. No flip may change what is read without a finding: that is the researcher
 * trusting a damaged file.
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
    /** The bytes of those pages that say how to read each row: its length, rowid and its values' serial types. */
    private static List<Flip> headerBytes;

    record Flip(int page, int offset, int bit) {
    }

    @BeforeContainer
    static void sample() throws Exception {
        QuietLogs.on();
        dir = Files.createTempDirectory("parallax-row-damage");
        Path copy = TestProjects.sampleCopy(dir);
        // Opened once writable: upgraded to the current schema, given process tracing (the sample has none: its
        // real numbers are the only ones in a project), then closed with everything in the main file.
        try (Workbench wb = Workbench.open(copy)) {
            wb.tracing().installStudyTemplate();
            wb.tracing().addEvidence(new EvidenceRequest(StudyHypotheses.TEMPLATE.name(),
                    List.of(wb.coding().segments().get(0).id()), null, Map.of("H1", "1", "H2", "0", "Other", "0.35"),
                    null, LocalDate.parse("2007-02-10"), "a note", "group"));
            wb.tracing().addEvent(LocalDate.parse("2008-08-08"), "War in Georgia", null);
            assertThat(wb.check().full()).isEmpty();
        }
        original = Files.move(copy, dir.resolve("original.parallax"));
        assertThat(dir.resolve("original.parallax-wal")).doesNotExist();
        readBefore = read(original);
        pageSize = DamagedPages.pageSize(original);
        rowPages = DamagedPages.leafPages(original, TABLES);
        byte[] file = Files.readAllBytes(original);
        headerBytes = new ArrayList<>();
        for (int page : rowPages) {
            DamagedPages.rowHeaderBytes(file, pageSize, page).forEach(at -> headerBytes.add(new Flip(page, at, 0)));
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

    /**
     * Half the flips anywhere in a page of rows, half in the few bytes that say how to read a row's values: there a
     * flip can keep every byte of the values and change only their kind (a text's serial type 2n+13 to a blob's
     * 2n+12), which uniform flips hit about once in a few thousand.
     */
    @Provide
    Arbitrary<Flip> flips() {
        // Past the leaf page's 8-byte header (page 1 also holds the file's 100-byte header).
        Arbitrary<Flip> anywhere = Combinators.combine(Arbitraries.of(rowPages),
                Arbitraries.integers().between(8, pageSize - 1), Arbitraries.integers().between(0, 7))
                .as(Flip::new).filter(f -> f.page() != 1 || f.offset() >= 108);
        Arbitrary<Flip> inARowsHeader = Combinators.combine(Arbitraries.of(headerBytes),
                Arbitraries.integers().between(0, 7)).as((at, bit) -> new Flip(at.page(), at.offset(), bit));
        return Arbitraries.oneOf(anywhere, inARowsHeader);
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
                            Object shown = v instanceof byte[] b ? HexFormat.of().formatHex(b) : v;
                            out.append(v == null ? "null" : v.getClass().getSimpleName() + ":" + shown).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
