package org.parallax.store.sqlite;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.parallax.store.CodebookStore;
import org.parallax.store.CoderStore;
import org.parallax.store.DocumentStore;
import org.parallax.store.MemoStore;
import org.parallax.store.ProvenanceStore;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectLocation;
import org.parallax.store.ProjectStore;
import org.parallax.store.SavedSearchStore;
import org.parallax.store.SegmentStore;
import org.parallax.store.SettingsStore;
import org.parallax.store.TracingStore;
import org.parallax.store.jdbc.JdbcCodebookStore;
import org.parallax.store.jdbc.JdbcCoderStore;
import org.parallax.store.jdbc.JdbcDocumentStore;
import org.parallax.store.jdbc.JdbcMemoStore;
import org.parallax.store.jdbc.JdbcProvenanceStore;
import org.parallax.store.jdbc.JdbcSavedSearchStore;
import org.parallax.store.jdbc.JdbcSegmentStore;
import org.parallax.store.jdbc.JdbcSettingsStore;
import org.parallax.store.jdbc.JdbcTracingStore;

/** A project in one SQLite file: the JDBC stores over a {@link Database}. */
public final class SqliteProjectStore implements ProjectStore {
    private final Database db;
    private final ProjectLocation location;
    private final DocumentStore documents;
    private final CodebookStore codebook;
    private final SegmentStore segments;
    private final CoderStore coders;
    private final SettingsStore settings;
    private final SavedSearchStore savedSearches;
    private final MemoStore memos;
    private final TracingStore tracing;
    private final ProvenanceStore provenance;

    private SqliteProjectStore(Database db) {
        this.db = db;
        this.location = new ProjectFile(db.file());
        this.documents = new JdbcDocumentStore(db);
        this.codebook = new JdbcCodebookStore(db);
        this.segments = new JdbcSegmentStore(db);
        this.coders = new JdbcCoderStore(db);
        this.settings = new JdbcSettingsStore(db);
        this.savedSearches = new JdbcSavedSearchStore(db);
        this.memos = new JdbcMemoStore(db);
        this.tracing = new JdbcTracingStore(db);
        this.provenance = new JdbcProvenanceStore(db);
    }

    public static ProjectStore create(Path file) {
        return new SqliteProjectStore(Database.create(file));
    }

    public static ProjectStore open(Path file) {
        return new SqliteProjectStore(Database.open(file));
    }

    public static ProjectStore openReadOnly(Path file) {
        return new SqliteProjectStore(Database.openReadOnly(file));
    }

    public static ProjectStore openSnapshot(Path file) {
        return new SqliteProjectStore(Database.openSnapshot(file));
    }

    @Override
    public ProjectLocation location() {
        return location;
    }

    @Override
    public DocumentStore documents() {
        return documents;
    }

    @Override
    public CodebookStore codebook() {
        return codebook;
    }

    @Override
    public SegmentStore segments() {
        return segments;
    }

    @Override
    public CoderStore coders() {
        return coders;
    }

    @Override
    public SettingsStore settings() {
        return settings;
    }

    @Override
    public SavedSearchStore savedSearches() {
        return savedSearches;
    }

    @Override
    public MemoStore memos() {
        return memos;
    }

    @Override
    public TracingStore tracing() {
        return tracing;
    }

    @Override
    public ProvenanceStore provenance() {
        return provenance;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return db.write(connection -> work.get());
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return db.readConsistently(work);
    }

    @Override
    public void actAs(String name) {
        db.actAs(name);
    }

    @Override
    public Optional<String> readOnlyReason() {
        return db.readOnlyReason();
    }

    @Override
    public void stopWriting(String reason) {
        db.stopWriting(reason);
    }

    @Override
    public long commits() {
        return db.commits();
    }

    @Override
    public void onOutsideChange(Runnable listener) {
        db.onOutsideChange(listener);
    }

    @Override
    public void pollOutsideChanges() {
        db.pollOutsideChanges();
    }

    @Override
    public void snapshotTo(Path target) {
        db.snapshotTo(target);
    }

    @Override
    public String quickCheck() {
        return db.quickCheck();
    }

    @Override
    public String integrityCheck() {
        return db.integrityCheck();
    }

    @Override
    public int schemaVersion() {
        return db.schemaVersion();
    }

    @Override
    public void close() {
        db.close();
    }
}
