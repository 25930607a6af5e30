package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Segment;
import org.parallax.store.jdbc.JdbcCodebookStore;
import org.parallax.store.jdbc.JdbcCoderStore;
import org.parallax.store.jdbc.JdbcDocumentStore;
import org.parallax.store.jdbc.JdbcSegmentStore;
import org.parallax.store.jdbc.JdbcSettingsStore;

/**
 * A store call that declines, or finds its change made already, commits nothing: every commit advances the file's save
 * number, so such a call made a file differ from the same work done once (the shipped sample's rebuild among them).
 */
class DeclinedWritesTest {
    @TempDir
    Path dir;
    private Database db;
    private JdbcCoderStore coders;

    @BeforeEach
    void createProject() {
        db = Database.create(dir.resolve("p.parallax"));
        coders = new JdbcCoderStore(db);
    }

    @AfterEach
    void closeProject() {
        db.close();
    }

    @Test
    void aRenameToANameTakenAlreadyLeavesTheSaveNumber() {
        Coder login = coders.ensure("root");
        coders.ensure("Maria");
        long before = db.saveNumber().orElseThrow();

        assertThat(coders.renameIfNothingRecorded(login, "Maria")).isFalse();

        assertThat(db.saveNumber()).hasValue(before);
        assertThat(coders.list()).extracting(Coder::name).containsExactly("root", "Maria");
    }

    @Test
    void aRenameOfACoderWithAPassageLeavesTheSaveNumber() {
        Coder login = coders.ensure("root");
        long doc = new JdbcDocumentStore(db).insert(DocumentMeta.titled("Founding Act"),
                "NATO and Russia do not consider each other as adversaries.", "hash-1", "act.txt").id();
        long code = new JdbcCodebookStore(db).insertCode(new Code(0, null, null, null, "Power", "#ff7f0e", "", 0, 0),
                false).id();
        new JdbcSegmentStore(db).insert(new Segment(0, doc, 0, 4, code, login.id(), null, Instant.now()));
        long before = db.saveNumber().orElseThrow();

        assertThat(coders.renameIfNothingRecorded(login, "Maria")).isFalse();

        assertThat(db.saveNumber()).hasValue(before);
        assertThat(coders.list()).extracting(Coder::name).containsExactly("root");
    }

    @Test
    void aRenameMadeIsOneSave() {
        Coder login = coders.ensure("root");
        long before = db.saveNumber().orElseThrow();

        assertThat(coders.renameIfNothingRecorded(login, "Maria")).isTrue();

        assertThat(db.saveNumber()).hasValue(before + 1);
        assertThat(coders.list()).extracting(Coder::name).containsExactly("Maria");
    }

    @Test
    void removingASettingNotThereOrPuttingTheValueThereLeavesTheSaveNumber() {
        JdbcSettingsStore settings = new JdbcSettingsStore(db);
        settings.put("blind", "on");
        long before = db.saveNumber().orElseThrow();

        settings.remove("coder.chosen_by");
        settings.put("blind", "on");

        assertThat(db.saveNumber()).hasValue(before);
        settings.put("blind", "off");
        settings.remove("blind");
        assertThat(db.saveNumber()).hasValue(before + 2);
        assertThat(settings.get("blind")).isEmpty();
    }
}
