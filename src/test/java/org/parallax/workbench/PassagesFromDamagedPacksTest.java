package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.testutil.MatrixCells;
import org.parallax.testutil.TestProjects;

/**
 * A pack (docs/decisions/0034) is read only when it is whole: its format byte, its length for the count it states and
 * the CRC-32C of its passages; any other is left for its document's rows, and passages read in all that are not as
 * many as the rows make the whole load read the rows. A damaged pack never keeps a project from opening, or changes
 * what it shows. A pack that is whole is read as it is: `check` is what compares it with the rows.
 */
class PassagesFromDamagedPacksTest {
    @TempDir
    Path dir;

    @Test
    void aPackThatIsNotWholeIsLeftForItsRowsAndTheProjectOpensAsWithoutPacks() throws Exception {
        Path project = packedSample();
        List<Segment> rows = passagesWithoutPacks(project);
        long document = rows.get(rows.size() - 1).documentId();
        List<UnaryOperator<byte[]>> damages = List.of(
                pack -> flip(pack, pack.length - 3),
                pack -> java.util.Arrays.copyOf(pack, pack.length - 1),
                pack -> flip(pack, 0),
                pack -> new byte[0],
                PassagesFromDamagedPacksTest::lessOnePassage);
        for (int i = 0; i < damages.size(); i++) {
            Path damaged = Files.copy(project, dir.resolve("damaged-" + i + ".parallax"));
            replacePack(damaged, document, damages.get(i));
            try (Workbench wb = Workbench.open(damaged)) {
                assertThat(wb.coding().segments()).as("damage " + i).containsExactlyElementsOf(rows);
                assertThat(MatrixCells.of(wb.analysis().table1())).as("damage " + i)
                        .isEqualTo(MatrixCells.of(table1WithoutPacks(project)));
            }
            try (Workbench wb = Workbench.openReadOnly(damaged)) {
                assertThat(wb.coding().segments()).as("damage " + i + ", read-only").containsExactlyElementsOf(rows);
            }
        }
    }

    @Test
    void aWholePackIsReadAsItIsAndCheckIsWhatComparesItWithTheRows() throws Exception {
        Path project = packedSample();
        List<Segment> rows = passagesWithoutPacks(project);
        long[] changed = new long[2];
        replacePack(project, rows.get(0).documentId(), pack -> {
            // The first passage of the pack ends one character later; its count and checksum fit.
            ByteBuffer moved = ByteBuffer.wrap(pack.clone());
            changed[0] = moved.getLong(9);
            changed[1] = moved.getInt(9 + 12);
            return sealed(moved.putInt(9 + 12, (int) changed[1] + 1).array());
        });
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.coding().segments()).as("read from the pack").filteredOn(s -> s.id() == changed[0])
                    .singleElement().extracting(Segment::end).isEqualTo((int) changed[1] + 1);
            assertThat(wb.check().full()).singleElement().satisfies(f -> {
                assertThat(f.mendable()).isTrue();
                assertThat(f.problem()).contains("packed copy of its passages");
            });
            assertThat(wb.check().mendPassagePacks()).isEqualTo(1);
        }
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.coding().segments()).containsExactlyElementsOf(rows);
        }
    }

    /** A copy of the sample with a pack for every document that has passages. */
    private Path packedSample() {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            wb.project().segments.writePacks(wb.documents().list().stream().map(d -> d.id()).toList());
        }
        return project;
    }

    private List<Segment> passagesWithoutPacks(Path project) throws Exception {
        Path copy = withoutPacks(project);
        try (Workbench wb = Workbench.openReadOnly(copy)) {
            return wb.coding().segments();
        }
    }

    private org.parallax.model.Matrix table1WithoutPacks(Path project) throws Exception {
        Path copy = withoutPacks(project);
        try (Workbench wb = Workbench.openReadOnly(copy)) {
            return wb.analysis().table1();
        }
    }

    private Path withoutPacks(Path project) throws Exception {
        Path copy = dir.resolve("without-packs.parallax");
        Files.deleteIfExists(copy);
        Files.copy(project, copy);
        try (Connection c = connect(copy); var st = c.createStatement()) {
            int packs = st.executeUpdate("DELETE FROM segment_packs");
            assertThat(packs).as("packs in the project").isPositive();
        }
        return copy;
    }

    private static void replacePack(Path project, long document, UnaryOperator<byte[]> damage) throws Exception {
        try (Connection c = connect(project)) {
            byte[] pack;
            try (PreparedStatement st = c.prepareStatement("SELECT pack FROM segment_packs WHERE document_id = ?")) {
                st.setLong(1, document);
                try (var rs = st.executeQuery()) {
                    assertThat(rs.next()).as("a pack of document " + document).isTrue();
                    pack = rs.getBytes(1);
                }
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE segment_packs SET pack = ? WHERE document_id = ?")) {
                st.setBytes(1, damage.apply(pack));
                st.setLong(2, document);
                st.executeUpdate();
            }
        }
    }

    private static byte[] flip(byte[] pack, int at) {
        byte[] damaged = pack.clone();
        damaged[at] ^= 0x10;
        return damaged;
    }

    /** The pack without its last passage, its count and checksum made to fit: whole, but one passage short. */
    private static byte[] lessOnePassage(byte[] pack) {
        byte[] shorter = java.util.Arrays.copyOf(pack, pack.length - 40);
        ByteBuffer.wrap(shorter).putInt(1, ByteBuffer.wrap(pack).getInt(1) - 1);
        return sealed(shorter);
    }

    private static byte[] sealed(byte[] pack) {
        CRC32C crc = new CRC32C();
        crc.update(pack, 9, pack.length - 9);
        ByteBuffer.wrap(pack).putInt(5, (int) crc.getValue());
        return pack;
    }

    private static Connection connect(Path file) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
