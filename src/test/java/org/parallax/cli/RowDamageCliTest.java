package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Cli;
import org.parallax.testutil.DamagedPages;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A value of a row changed on disk, as a flipped bit changes it, in each table of the researcher's work: `check` names
 * the row as the researcher knows it and exits 1 (rows carried no checksum before schema 11: each of these read as
 * saved, `check` clean).
 */
class RowDamageCliTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "UPDATE segments SET start_offset = start_offset + 2 WHERE id = 5;"
                + "passage 5 in document “President Vladimir Putin met with NATO Secretary-General George Robertson”, "
                + "“ey discussed prospects of NATO enlargement,…” (code “Seeking a common language and community”, "
                + "coder “analyst”)",
        "UPDATE segments SET created = replace(created, '2', '3') WHERE id = 9;passage 9 in document",
        "UPDATE codes SET name = 'Balance of powes' WHERE id = 4;code 4 “Balance of powes”",
        "UPDATE codes SET frame_id = 2 WHERE id = 4;code 4 “Balance of power”",
        "UPDATE frames SET name = 'Realisn' WHERE id = 1;frame 1 “Realisn”",
        "UPDATE documents SET title = 'North Atlantic Treatz' WHERE id = 1;document 1 “North Atlantic Treatz”",
        "UPDATE document_attributes SET value = 'NATO member statez' WHERE document_id = 2;"
                + "attribute “speaker” of document “Protocol to the North Atlantic Treaty on the Accession of the "
                + "Czech Republic”",
        "UPDATE coders SET name = 'analysu' WHERE id = 1;coder 1 “analysu”",
        "UPDATE memos SET created = replace(created, '2', '3') WHERE id = 1;passage memo 1 on passage",
    })
    void aChangedValueInARowIsNamedByCheck(String change, String named) throws Exception {
        Path project = upgradedSample();
        assertThat(Cli.parallax("check", project).exit()).isZero();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            assertThat(st.executeUpdate(change)).isEqualTo(1);
        }

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains(named).contains("its values no longer match the checksum written "
                + "with them: the file was changed or damaged");
    }

    /**
     * A passage's id is not in its checksum (decision 24): an id changed while the table's order holds was read as
     * another passage, `check` clean. Its memo then refers to a passage that is not there, which `check` names.
     */
    @Test
    void aPassageWhoseIdChangedLeavesItsMemoReferringToNothingAndCheckSaysSo() throws Exception {
        Path project = upgradedSample();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE segments SET id = (SELECT max(id) + 1 FROM segments) "
                    + "WHERE id = (SELECT max(segment_id) FROM memos)")).isEqualTo(1);
        }

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).containsPattern("row \\d+ of table memos \\(a memo\\) refers to a passage that is "
                + "not in the file \\(its id was changed by damage, or its row was lost\\)");
    }

    @Test
    void aFlippedBitInACodesDefinitionOnDiskIsNamedAndTheProjectTurnsReadOnly() throws Exception {
        Path project = upgradedSample();
        String definition;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT definition FROM codes WHERE id = 4")) {
            definition = rs.getString(1);
        }
        byte[] bytes = Files.readAllBytes(project);
        byte[] needle = definition.getBytes(StandardCharsets.UTF_8);
        int flipped = 0;
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                bytes[i + 3] ^= 0x02;
                flipped++;
            }
        }
        assertThat(flipped).isPositive();
        Files.write(project, bytes);

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("code 4 “Balance of power”: its values no longer match the checksum");
        // The check the window runs after opening finds it too, and stops all writing, as for a damaged text.
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.check().contentHashes()).extracting(Object::toString)
                    .anySatisfy(f -> assertThat(f).startsWith("code 4 “Balance of power”"));
            assertThat(wb.readOnlyReason()).isPresent();
            assertThatThrownBy(() -> wb.coding().code(1, 0, 5, 4, null)).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("is open read-only");
        }
    }

    /**
     * A flipped bit in the serial type SQLite keeps for a code's colour turns its text into a blob of the same bytes
     * (serial type 27 → 26): Parallax reads the same colour and the row's checksum matches, so `check` found nothing
     * in a damaged file (another tool, a sort or a later write sees a blob). `check` names the row and the column, and
     * the window's check stops writing.
     */
    @Test
    void aColourWhoseTextTurnedIntoABlobOnDiskIsNamedAndTheProjectTurnsReadOnly() throws Exception {
        Path project = upgradedSample();
        assertThat(DamagedPages.flipStorageClass(project, "codes", 4, "color")).isEqualTo(2 * "#d55e00".length() + 13);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT color, typeof(color) FROM codes WHERE id = 4")) {
            assertThat(rs.getString(1)).isEqualTo("#d55e00");
            assertThat(rs.getString(2)).isEqualTo("blob");
        }

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("code 4 “Balance of power”: " + STORED_AS + "codes.color is stored as a blob, "
                + "but its column holds text: the file was changed or damaged");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.check().contentHashes()).extracting(Object::toString)
                    .anySatisfy(f -> assertThat(f).startsWith("code 4 “Balance of power”: " + STORED_AS));
            assertThat(wb.readOnlyReason()).isPresent();
        }
    }

    private static final String STORED_AS = "its value in ";

    /**
     * A value kept in another storage class with the same bytes, as one flipped bit of its serial type leaves it, in
     * the tables with checksums and in the texts and settings: each is read as saved (a blob's bytes as the text, an
     * empty blob as the number 0), and `check` names it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "UPDATE documents SET title = CAST(title AS BLOB) WHERE id = 1;"
                + "document 1 “North Atlantic Treaty”: its value in documents.title is stored as a blob, but its "
                + "column holds text",
        "UPDATE codes SET shortcut = x'' WHERE id = 1;code 1 “Partnership schemes / joint exercise”: its value in "
                + "codes.shortcut is stored as a blob, but its column holds integers",
        "UPDATE segments SET created = CAST(created AS BLOB) WHERE id = 9;passage 9 in document",
        "UPDATE memos SET text = CAST(text AS BLOB) WHERE id = 1;passage memo 1 on passage",
        "UPDATE document_texts SET text = CAST(text AS BLOB) WHERE document_id = 1;"
                + "the text of document “North Atlantic Treaty”: its value in document_texts.text is stored as a blob",
        "UPDATE settings SET value = CAST(value AS BLOB) WHERE key = 'active_coder';"
                + "setting “active_coder”: its value in settings.value is stored as a blob",
    })
    void aValueKeptInAnotherStorageClassIsNamedByCheck(String change, String named) throws Exception {
        Path project = upgradedSample();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            assertThat(st.executeUpdate(change)).isEqualTo(1);
        }

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains(named).contains("the file was changed or damaged");
    }

    /** The shipped sample, opened once to bring it to the current schema (an older file has no checksums yet). */
    private Path upgradedSample() {
        Path project = TestProjects.sampleCopy(dir);
        Workbench.open(project).close();
        return project;
    }
}
