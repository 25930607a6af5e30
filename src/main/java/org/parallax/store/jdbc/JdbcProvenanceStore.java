package org.parallax.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Provenance;
import org.parallax.store.ProvenanceStore;

/** The assistant's provenance rows and remembered rejections, in tables passage_provenance and assistant_rejections. */
public final class JdbcProvenanceStore implements ProvenanceStore {
    private static final String SELECT = "SELECT segment_id, method, version, settings, confidence, created "
            + "FROM passage_provenance";
    private static final String ANY = "SELECT 1 FROM passage_provenance LIMIT 1";
    /** Ids per IN list, well below the databases' limits on bound parameters. */
    private static final int CHUNK = 500;

    private final JdbcSession db;

    public JdbcProvenanceStore(JdbcSession db) {
        this.db = db;
    }

    @Override
    public void saveAll(Collection<Provenance> rows) {
        if (rows.isEmpty()) {
            return;
        }
        db.write(JdbcSegmentStore.PASSAGES, c -> {
            // A record met on conflict is opened first: replaced whole and sealed anew, a damaged one (a flipped bit
            // in its passage's id makes it name the passage written now) would no longer be named by the check.
            List<Long> ids = rows.stream().map(Provenance::segmentId).toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                RowChecks.unseal(c, RowChecks.PASSAGE_PROVENANCE, "segment_id IN (" + marks(chunk.size()) + ")",
                        chunk.toArray());
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO passage_provenance(segment_id, method, "
                    + "version, settings, confidence, created) VALUES (?,?,?,?,?,?) ON CONFLICT (segment_id) DO "
                    + "UPDATE SET method=excluded.method, version=excluded.version, settings=excluded.settings, "
                    + "confidence=excluded.confidence, created=excluded.created, row_crc=NULL")) {
                for (Provenance p : rows) {
                    st.setLong(1, p.segmentId());
                    st.setString(2, p.method());
                    st.setString(3, p.version());
                    st.setString(4, p.settings());
                    st.setDouble(5, p.confidence());
                    st.setString(6, p.created().toString());
                    st.addBatch();
                }
                st.executeBatch();
            }
            RowChecks.seal(c, RowChecks.PASSAGE_PROVENANCE, "row_crc IS NULL");
            return null;
        });
    }

    @Override
    public boolean any() {
        return db.read(c -> Sql.one(c, ANY, rs -> 1).isPresent());
    }

    @Override
    public Map<Long, Provenance> all() {
        return db.read(c -> byId(Sql.list(c, SELECT, JdbcProvenanceStore::row)));
    }

    @Override
    public Map<Long, Provenance> ofDocument(long documentId) {
        return db.read(c -> byId(Sql.list(c, SELECT + " WHERE segment_id IN (SELECT id FROM segments WHERE "
                + "document_id=?)", JdbcProvenanceStore::row, documentId)));
    }

    private static Map<Long, Provenance> byId(List<Provenance> rows) {
        Map<Long, Provenance> out = new HashMap<>();
        for (Provenance p : rows) {
            out.put(p.segmentId(), p);
        }
        return out;
    }

    @Override
    public List<Provenance> of(Collection<Long> segmentIds) {
        List<Long> ids = List.copyOf(segmentIds);
        return db.read(c -> {
            List<Provenance> out = new ArrayList<>();
            // most projects have no assistant passages: a batch of a hundred thousand is then one query
            if (ids.isEmpty() || Sql.one(c, ANY, rs -> 1).isEmpty()) {
                return out;
            }
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                out.addAll(Sql.list(c, SELECT + " WHERE segment_id IN (" + marks(chunk.size()) + ")",
                        JdbcProvenanceStore::row,
                        chunk.toArray()));
            }
            return out;
        });
    }

    @Override
    public void reject(long documentId, int start, int end, long codeId, long coderId, Instant when) {
        db.write(JdbcSegmentStore.PASSAGES, c -> {
            Sql.update(c, "INSERT INTO assistant_rejections(document_id, coder_id, start_offset, end_offset, code_id, "
                    + "created) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING", documentId, coderId, start, end, codeId,
                    when);
            RowChecks.seal(c, RowChecks.ASSISTANT_REJECTIONS, RowChecks.ASSISTANT_REJECTIONS.keyWhere(), documentId,
                    coderId, start, end, codeId);
            return null;
        });
    }

    @Override
    public Set<String> rejections(long documentId, long coderId) {
        return db.read(c -> new HashSet<>(Sql.list(c, "SELECT start_offset, end_offset, code_id FROM "
                + "assistant_rejections WHERE document_id=? AND coder_id=?", rs -> ProvenanceStore.rejectionKey(
                rs.getInt(1), rs.getInt(2), rs.getLong(3)), documentId, coderId)));
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static Provenance row(ResultSet rs) throws SQLException {
        return new Provenance(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                StoredValues.instant(rs, 6, "passage_provenance"));
    }
}
