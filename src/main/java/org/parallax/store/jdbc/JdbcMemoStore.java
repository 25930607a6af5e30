package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.ContentHash;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;
import org.parallax.store.MemoStore;
import org.parallax.store.OutsideChange.Part;
import org.parallax.store.StaleEditException;

/** Memos of the project, its documents, codes and passages: at most one per target, with author and dates. */
public final class JdbcMemoStore implements MemoStore {
    /** What this store's writes change. */
    private static final Set<Part> MEMOS = Set.of(Part.MEMOS);
    private static final String COLUMNS = "SELECT m.id, m.kind, m.document_id, m.code_id, m.segment_id, m.text, "
            + "c.name, m.created, m.modified, m.version, m.changed_by";
    private static final String FROM = " FROM memos m LEFT JOIN coders c ON c.id = m.author_id ";
    private static final String SELECT = COLUMNS + FROM;

    private final JdbcSession db;

    public JdbcMemoStore(JdbcSession db) {
        this.db = db;
    }

    @Override
    public Optional<Memo> get(MemoTarget target) {
        return db.read(c -> Sql.one(c, SELECT + "WHERE " + ofTarget("m.", target),
                JdbcMemoStore::map, target.kind().label(), targetId(target)));
    }

    @Override
    public boolean hiddenFromSession(MemoTarget target) {
        if (!db.dialect().hidesRows() || target.kind() == MemoKind.CODE || target.kind() == MemoKind.PASSAGE) {
            return false;
        }
        return db.read(c -> current(c, target).isEmpty()
                && HiddenRows.memoExists(c, target.kind().label(), targetId(target)));
    }

    @Override
    public int hiddenFromSession() {
        return db.dialect().hidesRows() ? db.read(HiddenRows::memosHidden) : 0;
    }

    /** Every memo, project memo first, then by kind and target. */
    @Override
    public List<Memo> all() {
        return db.read(c -> Sql.list(c, SELECT + "ORDER BY CASE m.kind WHEN 'project' THEN 0 WHEN 'document' THEN 1 "
                + "WHEN 'code' THEN 2 ELSE 3 END, m.document_id, m.code_id, m.segment_id", JdbcMemoStore::map));
    }

    @Override
    public long highestId() {
        return db.read(c -> Sql.one(c, "SELECT coalesce(max(id), 0) FROM memos", rs -> rs.getLong(1)).orElse(0L));
    }

    /** Memos whose text no longer matches the SHA-256 written with it: the file was damaged or changed outside. */
    @Override
    public List<Memo> notMatchingChecksum() {
        List<StoredMemo> stored = db.read(c -> Sql.list(c, COLUMNS + ", m.text_sha256" + FROM + "ORDER BY m.id",
                rs -> new StoredMemo(map(rs), rs.getString(12))));
        return stored.stream().filter(s -> !s.matchesItsChecksum()).map(StoredMemo::memo).toList();
    }

    /** A memo as read with the checksum written beside it. */
    private record StoredMemo(Memo memo, String sha256) {
        boolean matchesItsChecksum() {
            return ContentHash.sha256Hex(memo.text()).equals(sha256);
        }
    }

    /** Records the checksum of every memo that has none (written before schema 8): the text as it is now. */
    static Void fillChecksums(Connection c) throws SQLException {
        List<Object[]> missing = Sql.list(c, "SELECT id, text FROM memos WHERE text_sha256 IS NULL",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)});
        for (Object[] row : missing) {
            Sql.update(c, "UPDATE memos SET text_sha256=? WHERE id=?", ContentHash.sha256Hex((String) row[1]), row[0]);
        }
        return null;
    }

    /**
     * Writes a memo's text: a new memo gets this author and {@code now} as both dates, an existing one keeps its
     * author and creation date and gets {@code now} as modified. Blank text deletes the memo.
     */
    @Override
    public Optional<Memo> save(MemoTarget target, String text, long authorId, Instant now) {
        return saveAs(target, text, authorId, db.actor(), now);
    }

    @Override
    public Optional<Memo> saveAs(MemoTarget target, String text, long authorId, String editor, Instant now) {
        return db.write(MEMOS, c -> write(c, current(c, target), target, text, authorId, editor, now));
    }

    @Override
    public Optional<Memo> saveOver(Memo basis, MemoTarget target, String text, long authorId, Instant now) {
        return db.write(MEMOS, c -> {
            Optional<Memo> existing = current(c, target);
            requireAt(c, existing, basis, target, "after you opened it; your text was not saved. ",
                    "Look at the current memo and make your change again.", "Save it again to write it anew.");
            return write(c, existing, target, text, authorId, db.actor(), now);
        });
    }

    @Override
    public void restoreOver(Memo basis, MemoTarget target, Memo memo) {
        db.write(MEMOS, c -> {
            requireAt(c, current(c, target), basis, target, "since this window's last change of it; nothing was "
                    + "changed, so as not to overwrite that. ", "Look at the current memo.",
                    "Write it anew if it is still wanted.");
            restore(target, memo);
            return null;
        });
    }

    /**
     * Refuses, naming who, unless the target's memo is still {@code basis} (null: none). The words are of the text that
     * is there: its last editor, or its author for a memo from before edits were recorded.
     */
    private static void requireAt(Connection c, Optional<Memo> existing, Memo basis, MemoTarget target, String since,
            String changedAdvice, String deletedAdvice) throws SQLException {
        if (existing.isPresent() && (basis == null || existing.get().version() != basis.version())) {
            String who = existing.get().changedBy() != null ? existing.get().changedBy()
                    : existing.get().author() != null ? existing.get().author() : "another window or program";
            throw new StaleEditException("The " + RowNames.memo(c, target) + " was " + (basis == null ? "written"
                    : "changed") + " by " + who + " " + since + changedAdvice);
        }
        if (existing.isEmpty() && basis != null) {
            throw new StaleEditException("The " + RowNames.memo(c, target) + " was deleted in another window or by "
                    + "another coder " + since + deletedAdvice);
        }
    }

    private Optional<Memo> current(Connection c, MemoTarget target) throws SQLException {
        return Sql.one(c, SELECT + "WHERE " + ofTarget("m.", target), JdbcMemoStore::map, target.kind().label(),
                targetId(target));
    }

    /**
     * Every change raises the version and records who made it: {@code editor} (the session's actor, or who made the
     * change a push brings), or for a new memo its author (an imported memo was written by the file's user, not by
     * whoever imported it).
     */
    private Optional<Memo> write(Connection c, Optional<Memo> existing, MemoTarget target, String text, long authorId,
            String editor, Instant now) throws SQLException {
        if (text == null || text.isBlank()) {
            int deleted = delete(c, target);
            if (existing.isPresent()) {
                RowSecurity.requireChanged(c, deleted, "memos", existing.get().id());
            }
        } else if (existing.isPresent()) {
            RowChecks.unseal(c, RowChecks.MEMOS, row -> "The " + RowNames.memo(c, target), "id=?",
                    existing.get().id());
            RowSecurity.requireChanged(c, Sql.update(c, "UPDATE memos SET text=?, text_sha256=?, modified=?, "
                    + "version=version+1, changed_by=? WHERE id=?", text, ContentHash.sha256Hex(text), now,
                    editor, existing.get().id()), "memos", existing.get().id());
        } else {
            insert(c, db.dialect(), target, text, authorId, now, now);
            Sql.update(c, "UPDATE memos SET changed_by=COALESCE((SELECT name FROM coders WHERE id=?), ?) WHERE "
                    + ofTarget("", target), authorId, editor, target.kind().label(), targetId(target));
        }
        seal(c, target);
        return current(c, target);
    }

    /**
     * Puts a target's memo back exactly as it was (undo), or removes it when it had none: its author, last editor and
     * dates too, since the words put back are theirs, not the undoer's; only its version grows.
     */
    @Override
    public void restore(MemoTarget target, Memo memo) {
        db.write(MEMOS, c -> {
            // The version only ever grows, so an editor holding the memo from before the undo sees it changed.
            long version = current(c, target).map(Memo::version).orElse(0L);
            delete(c, target);
            if (memo != null) {
                // Its old id, unless a memo written since took it (SQLite hands out a freed highest id again) or it has
                // none yet (an imported memo written as its file has it).
                boolean idTaken = memo.id() == 0 || Sql.one(c, "SELECT id FROM memos WHERE id=?", rs -> rs.getLong(1),
                        memo.id()).isPresent();
                List<Object> values = new ArrayList<>();
                if (!idTaken) {
                    values.add(memo.id());
                }
                values.addAll(Arrays.asList(target.kind().label(), column(target, MemoKind.DOCUMENT),
                        column(target, MemoKind.CODE), column(target, MemoKind.PASSAGE), memo.text(),
                        ContentHash.sha256Hex(memo.text()), memo.author(), memo.created(), memo.modified(),
                        Math.max(version, memo.version()) + 1, memo.changedBy()));
                String columns = "kind, document_id, code_id, segment_id, text, text_sha256, author_id, created, "
                        + "modified, version, changed_by";
                String placeholders = "?,?,?,?,?,?,(SELECT id FROM coders WHERE name=?),?,?,?,?";
                Sql.update(c, idTaken ? IdFloors.insert(db.dialect(), "memos", columns, placeholders)
                        : "INSERT INTO memos(id, " + columns + ") VALUES (?," + placeholders + ")", values.toArray());
                seal(c, target);
            }
            return null;
        });
    }

    /** Stores the memos that newly inserted segments carry, written by their coder when the passage was coded. */
    static void insertPassageMemos(Connection c, Dialect dialect, Collection<Segment> segments) throws SQLException {
        if (segments instanceof SegmentColumns columns && !columns.anyMemo()) {
            // A batch without memos: no Segment made per passage only to find none (200,000 of them per batch).
            return;
        }
        try (PreparedStatement st = c.prepareStatement(IdFloors.insert(dialect, "memos", "kind, segment_id, text, "
                + "text_sha256, author_id, created, modified", "'passage',?,?,?,?,?,?") + " ON CONFLICT DO NOTHING")) {
            int batched = 0;
            for (Segment s : segments) {
                if (s.memo() != null && !s.memo().isBlank()) {
                    Sql.bind(st, s.id(), s.memo(), ContentHash.sha256Hex(s.memo()), s.coderId(), s.created(),
                            s.created());
                    st.addBatch();
                    batched++;
                }
            }
            if (batched > 0) {
                st.executeBatch();
                RowChecks.seal(c, RowChecks.MEMOS, "row_crc IS NULL");
            }
        }
    }

    private static void insert(Connection c, Dialect dialect, MemoTarget target, String text, long authorId,
                               Instant created, Instant modified) throws SQLException {
        Sql.update(c, IdFloors.insert(dialect, "memos", "kind, document_id, code_id, segment_id, text, text_sha256, "
                        + "author_id, created, modified", "?,?,?,?,?,?,?,?,?"), target.kind().label(),
                column(target, MemoKind.DOCUMENT), column(target, MemoKind.CODE), column(target, MemoKind.PASSAGE), text,
                ContentHash.sha256Hex(text), authorId, created, modified);
    }

    private void seal(Connection c, MemoTarget target) throws SQLException {
        RowChecks.seal(c, RowChecks.MEMOS, ofTarget("", target), target.kind().label(), targetId(target));
    }

    private int delete(Connection c, MemoTarget target) throws SQLException {
        return Sql.update(c, "DELETE FROM memos WHERE " + ofTarget("", target),
                target.kind().label(), targetId(target));
    }

    /** The condition that selects a target's memo; binds kind, then target id (NULL for the project memo). */
    private String ofTarget(String alias, MemoTarget target) {
        return alias + "kind=? AND " + alias + idColumn(target.kind()) + " " + db.dialect().nullSafeEquals() + " ?";
    }

    private static String idColumn(MemoKind kind) {
        return switch (kind) {
            case PROJECT -> "document_id";
            case DOCUMENT -> "document_id";
            case CODE -> "code_id";
            case PASSAGE -> "segment_id";
        };
    }

    /** The target id as bound to {@link #ofTarget}: NULL for the project memo. */
    private static Long targetId(MemoTarget target) {
        return target.kind() == MemoKind.PROJECT ? null : target.id();
    }

    private static Long column(MemoTarget target, MemoKind kind) {
        return target.kind() == kind ? target.id() : null;
    }

    private static Memo map(ResultSet rs) throws SQLException {
        // A memo without a kind is damage: a row read from a page cut off or zeroed holds no value at all.
        StoredValues.required(rs, 2, "memos");
        MemoKind kind = StoredValues.parse(rs, 2, "memos", MemoKind::parse);
        long id = switch (kind) {
            case PROJECT -> 0;
            case DOCUMENT -> rs.getLong(3);
            case CODE -> rs.getLong(4);
            case PASSAGE -> rs.getLong(5);
        };
        MemoTarget target;
        try {
            target = new MemoTarget(kind, id);
        } catch (IllegalArgumentException e) {
            throw StoredValues.unreadable(rs, 2, "memos", e);
        }
        return new Memo(rs.getLong(1), target, rs.getString(6), rs.getString(7), StoredValues.instant(rs, 8, "memos"),
                StoredValues.instant(rs, 9, "memos"), rs.getLong(10), rs.getString(11));
    }
}
