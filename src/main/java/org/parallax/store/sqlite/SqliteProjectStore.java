package org.parallax.store.sqlite;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parallax.model.ReadOnlyCause;
import org.parallax.store.BeforeUpgrade;
import org.parallax.store.OutsideChange;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectLocation;
import org.parallax.store.ProjectStore;
import org.parallax.store.jdbc.JdbcProjectStore;

/** A project in one SQLite file: the JDBC stores over a {@link Database}. */
public final class SqliteProjectStore extends JdbcProjectStore {
    private final Database db;
    private final ProjectLocation location;

    private SqliteProjectStore(Database db) {
        super(db);
        this.db = db;
        this.location = new ProjectFile(db.file());
    }

    public static ProjectStore create(Path file) {
        return new SqliteProjectStore(Database.create(file));
    }

    public static ProjectStore open(Path file) {
        return new SqliteProjectStore(Database.open(file));
    }

    /** Opens an existing project file, keeping it through {@code before} first if an older Parallax wrote it. */
    public static ProjectStore open(Path file, BeforeUpgrade before) {
        return new SqliteProjectStore(Database.open(file, before));
    }

    public static ProjectStore openReadOnly(Path file) {
        return new SqliteProjectStore(Database.openReadOnly(file));
    }

    /** Opens a project file read-only at the user's choice, {@code why} saying why, of the kind {@code cause}. */
    public static ProjectStore openReadOnly(Path file, ReadOnlyCause cause, String why) {
        return new SqliteProjectStore(Database.openReadOnly(file, cause, why));
    }

    /** The save number in {@code file} alone (a backup), read in SQLite's immutable mode; empty when it has none. */
    public static java.util.OptionalLong saveNumberOf(Path file) {
        return FileGeneration.inFileAlone(file.toAbsolutePath());
    }

    public static ProjectStore openSnapshot(Path file) {
        return new SqliteProjectStore(Database.openSnapshot(file));
    }

    /** Opens read-only a file that is never written, {@code why} saying why; nothing is created beside it. */
    public static ProjectStore openUnchanged(Path file, String why) {
        return new SqliteProjectStore(Database.openUnchanged(file, why));
    }

    /**
     * Makes {@code snapshot}, a snapshot of a project, the copy another coder codes blind in: documents and codebook
     * only ({@link CodingLeftOut}); what it took out.
     */
    public static org.parallax.store.LeftOutOfACopy leaveTheCodingOut(Path snapshot, java.util.Set<String> keptSettings,
                                                               java.util.Map<String, String> addedSettings,
                                                               java.util.function.UnaryOperator<String> codebookTexts) {
        return CodingLeftOut.strip(snapshot, keptSettings, addedSettings, codebookTexts);
    }

    /**
     * Copies a file SQLite does not read soundly as it is, with the saves of the journal beside it folded into the copy
     * (not into the file); false when the journal is left out of the copy ({@link CopyAsItIs#write}).
     */
    public static boolean copyAsItIs(Path file, Path target) throws java.io.IOException {
        return CopyAsItIs.write(file, target);
    }

    /**
     * Why every program opens the file read-only ({@link Locations#unwritable}: the file, its folder or a side file
     * beside it may not be written), read without the locks {@link OpenElsewhere} looks for; empty when it may be
     * written.
     */
    public static java.util.Optional<String> readOnlyForEveryProgram(Path file) {
        return java.util.Optional.ofNullable(Locations.unwritable(file));
    }

    /** Whether another program (a window, a command) has the file open now; see {@link OpenElsewhere}. */
    public static boolean openByAnotherProgram(Path file) {
        return OpenElsewhere.check(file);
    }

    @Override
    public ProjectLocation location() {
        return location;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        // The stores' writes inside the work name the parts they change; this one names none of its own.
        return db.write(java.util.Set.of(), connection -> work.get());
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
    public Optional<ReadOnlyCause> readOnlyCause() {
        return db.readOnlyCause();
    }

    @Override
    public Optional<String> fileDamage() {
        return db.fileDamage();
    }

    @Override
    public Optional<String> journalDamage() {
        return db.journalDamage();
    }

    @Override
    public Optional<String> journalNotFolded() {
        return db.journalNotFolded();
    }

    @Override
    public java.util.OptionalLong saveNumber() {
        return db.saveNumber();
    }

    @Override
    public void stopWriting(String reason) {
        db.stopWriting(reason);
    }

    @Override
    public boolean readsWhole() {
        return db.readsWhole();
    }

    @Override
    public void retakeLocks() {
        db.retakeLocks();
    }

    @Override
    public long commits() {
        return db.commits();
    }

    @Override
    public void onOwnCommit(Consumer<java.util.Set<OutsideChange.Part>> listener) {
        db.onOwnCommit(listener);
    }

    @Override
    public void onOutsideChange(Consumer<OutsideChange> listener) {
        // PRAGMA data_version says that another connection committed, not what it changed.
        db.onOutsideChange(() -> listener.accept(OutsideChange.everything()));
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
