package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.CausalEvent;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Likelihood;
import org.parallax.model.PassageStatus;
import org.parallax.store.OutsideChange.Part;
import org.parallax.store.TracingStore;
import org.parallax.store.TracingStore.QuotedPassage;

/** Process tracing: hypothesis sets and hypotheses, evidence with likelihoods and quoted passages, causal events. */
public final class JdbcTracingStore implements TracingStore {

    /** Current title, date and actor when the document is still there (edits count), else the copies kept. */
    /** What its writes change: the tracing's own tables only (hypothesis sets, hypotheses, evidence, events). */
    private static final Set<Part> WRITES = Set.of(Part.TRACING);
    private static final String PASSAGES = "SELECT ep.evidence_id, ep.segment_id, ep.document_id, ep.start_offset, "
            + "ep.end_offset, ep.quote, coalesce(d.title, ep.document_title), "
            + "CASE WHEN d.id IS NULL THEN ep.document_date ELSE d.doc_date END, "
            + "CASE WHEN d.id IS NULL THEN ep.actor ELSE d.actor END, "
            + "CASE WHEN d.id IS NULL THEN 'DOCUMENT_REMOVED' "
            + "WHEN ep.segment_id = " + EvidencePassage.ELSEWHERE + " AND ep.code_id = "
            + EvidencePassage.CHANGED_ELSEWHERE + " THEN 'CHANGED' "
            + "WHEN ep.segment_id IS NOT NULL AND s.id IS NULL AND ep.code_id IS NOT NULL "
            + "AND NOT EXISTS (SELECT 1 FROM codes k WHERE k.id = ep.code_id) THEN 'CODE_DELETED' "
            + "WHEN ep.segment_id IS NOT NULL AND s.id IS NULL THEN 'DELETED' "
            + "WHEN ep.segment_id IS NOT NULL AND (s.start_offset <> ep.start_offset OR s.end_offset <> ep.end_offset "
            + "OR s.code_id <> ep.code_id) THEN 'CHANGED' ELSE 'CURRENT' END "
            + "FROM evidence_passages ep JOIN evidence e ON e.id = ep.evidence_id "
            + "LEFT JOIN documents d ON d.id = ep.document_id AND d.content_hash = ep.content_hash "
            + "LEFT JOIN segments s ON s.id = ep.segment_id AND s.created = ep.segment_created "
            + "AND s.document_id = ep.document_id ";

    private final JdbcSession db;

    public JdbcTracingStore(JdbcSession db) {
        this.db = db;
    }

    /** Every hypothesis set with its hypotheses, by name. */
    @Override
    public List<HypothesisSet> sets() {
        return db.read(c -> {
            Map<Long, List<Hypothesis>> hypotheses = new LinkedHashMap<>();
            for (Object[] row : Sql.list(c, "SELECT set_id, id, name, statement, prior, catch_all FROM hypotheses "
                    + "ORDER BY set_id, position, id", rs -> new Object[] {rs.getLong(1), new Hypothesis(rs.getLong(2),
                    rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getInt(6) != 0)})) {
                hypotheses.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Hypothesis) row[1]);
            }
            return Sql.list(c, "SELECT id, name, description FROM hypothesis_sets ORDER BY name", rs ->
                    new HypothesisSet(rs.getLong(1), rs.getString(2), rs.getString(3),
                            hypotheses.getOrDefault(rs.getLong(1), List.of())));
        });
    }

    @Override
    public Optional<HypothesisSet> set(String name) {
        return sets().stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Creates a set (names are unique regardless of case) and returns its id. */
    @Override
    public long createSet(String name, String description, Instant now) {
        return db.write(WRITES, c -> {
            long id = Sql.insert(c, "INSERT INTO hypothesis_sets(name, description, created) VALUES (?,?,?)",
                    name, description, now);
            RowChecks.sealRow(c, RowChecks.HYPOTHESIS_SETS, id);
            return id;
        });
    }

    @Override
    public void deleteSet(long setId) {
        db.write(WRITES, c -> Sql.update(c, "DELETE FROM hypothesis_sets WHERE id=?", setId));
    }

    @Override
    public void putBackSet(long setId, String name, String description, Instant created) {
        db.write(WRITES, c -> {
            Sql.update(c, "INSERT INTO hypothesis_sets(id, name, description, created) VALUES (?,?,?,?)", setId, name,
                    description, created);
            RowChecks.sealRow(c, RowChecks.HYPOTHESIS_SETS, setId);
            return null;
        });
    }

    @Override
    public void putBackHypothesis(long setId, Hypothesis h, int position) {
        db.write(WRITES, c -> {
            RowChecks.unseal(c, RowChecks.HYPOTHESES, "set_id=? AND position >= ?", setId, position);
            Sql.update(c, "UPDATE hypotheses SET position = position + 1 WHERE set_id=? AND position >= ?", setId,
                    position);
            Sql.update(c, "INSERT INTO hypotheses(id, set_id, name, statement, prior, catch_all, position) "
                    + "VALUES (?,?,?,?,?,?,?)", h.id(), setId, h.name(), h.statement(), h.prior(), h.catchAll() ? 1 : 0,
                    position);
            RowChecks.seal(c, RowChecks.HYPOTHESES, "set_id=?", setId);
            return null;
        });
    }

    @Override
    public int position(long hypothesisId) {
        return db.read(c -> Sql.one(c, "SELECT position FROM hypotheses WHERE id=?", rs -> rs.getInt(1),
                hypothesisId).orElseThrow());
    }

    @Override
    public void deleteHypothesis(long hypothesisId) {
        db.write(WRITES, c -> Sql.update(c, "DELETE FROM hypotheses WHERE id=?", hypothesisId));
    }

    @Override
    public void updateHypothesis(long hypothesisId, String name, String statement) {
        db.write(WRITES, c -> {
            RowChecks.unsealRow(c, RowChecks.HYPOTHESES, hypothesisId);
            Sql.update(c, "UPDATE hypotheses SET name=?, statement=? WHERE id=?", name, statement, hypothesisId);
            RowChecks.sealRow(c, RowChecks.HYPOTHESES, hypothesisId);
            return null;
        });
    }

    /** Adds a hypothesis at the end of its set, or before the set's catch-all (which stays last). */
    @Override
    public Hypothesis addHypothesis(long setId, String name, String statement, double prior, boolean catchAll) {
        return db.write(WRITES, c -> {
            int position = Sql.one(c, "SELECT coalesce(max(position), 0) + 1 FROM hypotheses WHERE set_id=?",
                    rs -> rs.getInt(1), setId).orElse(1);
            if (!catchAll) {
                RowChecks.unseal(c, RowChecks.HYPOTHESES, "set_id=? AND catch_all=1", setId);
                Sql.update(c, "UPDATE hypotheses SET position = position + 1 WHERE set_id=? AND catch_all=1", setId);
                position = Sql.one(c, "SELECT coalesce(max(position), 0) + 1 FROM hypotheses WHERE set_id=? "
                        + "AND catch_all=0", rs -> rs.getInt(1), setId).orElse(1);
            }
            long id = Sql.insert(c, "INSERT INTO hypotheses(set_id, name, statement, prior, catch_all, position) "
                    + "VALUES (?,?,?,?,?,?)", setId, name, statement, prior, catchAll ? 1 : 0, position);
            RowChecks.seal(c, RowChecks.HYPOTHESES, "set_id=?", setId);
            return new Hypothesis(id, name, statement, prior, catchAll);
        });
    }

    /** Sets the priors of several hypotheses of one set in one transaction (keeping their sum at 1). */
    @Override
    public void setPriors(Map<Long, Double> priors) {
        db.write(WRITES, c -> {
            for (Map.Entry<Long, Double> e : priors.entrySet()) {
                RowChecks.unsealRow(c, RowChecks.HYPOTHESES, e.getKey());
                Sql.update(c, "UPDATE hypotheses SET prior=? WHERE id=?", e.getValue(), e.getKey());
                RowChecks.sealRow(c, RowChecks.HYPOTHESES, e.getKey());
            }
            return null;
        });
    }

    @Override
    public void updateStatement(long hypothesisId, String statement) {
        db.write(WRITES, c -> {
            RowChecks.unsealRow(c, RowChecks.HYPOTHESES, hypothesisId);
            Sql.update(c, "UPDATE hypotheses SET statement=? WHERE id=?", statement, hypothesisId);
            RowChecks.sealRow(c, RowChecks.HYPOTHESES, hypothesisId);
            return null;
        });
    }

    /** Records an evidence item with its likelihoods and passages in one transaction; returns its id. */
    @Override
    public long addEvidence(long setId, String description, String note, LocalDate eventDate, String group,
                            Map<Long, Likelihood> likelihoods, List<QuotedPassage> passages, Instant now) {
        return db.write(WRITES, c -> writeEvidence(c, Sql.insert(c, "INSERT INTO evidence(set_id, description, note, "
                + "event_date, dependency_group, created) VALUES (?,?,?,?,?,?)", setId, description, note, eventDate,
                group, now), likelihoods, passages));
    }

    @Override
    public Optional<KeptEvidence> takeOutEvidence(long evidenceId) {
        return db.write(WRITES, c -> {
            Optional<String[]> row = Sql.one(c, "SELECT set_id, created FROM evidence WHERE id=?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, evidenceId);
            if (row.isEmpty()) {
                return Optional.<KeptEvidence>empty();
            }
            Evidence item = evidence(c, Long.parseLong(row.get()[0])).stream().filter(e -> e.id() == evidenceId)
                    .findFirst().orElseThrow();
            List<KeptPassage> passages = Sql.list(c, "SELECT segment_id, segment_created, code_id, document_id, "
                    + "content_hash, start_offset, end_offset, quote, document_title, document_date, actor "
                    + "FROM evidence_passages WHERE evidence_id=? ORDER BY position", rs -> new KeptPassage(
                    Sql.nullableLong(rs, "segment_id"), Sql.nullableLong(rs, "segment_created"),
                    Sql.nullableLong(rs, "code_id"),
                    rs.getLong(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                    rs.getString(10), rs.getString(11)), evidenceId);
            Sql.update(c, "DELETE FROM evidence WHERE id=?", evidenceId);
            return Optional.of(new KeptEvidence(item, row.get()[1], passages));
        });
    }

    @Override
    public void putBackEvidence(KeptEvidence kept) {
        Evidence item = kept.item();
        db.write(WRITES, c -> {
            long id = Sql.insert(c, "INSERT INTO evidence(id, set_id, description, note, event_date, "
                    + "dependency_group, created) VALUES (?,?,?,?,?,?,?)", item.id(), item.setId(), item.description(),
                    item.note(), item.eventDate(), item.group(), kept.created());
            writeLikelihoods(c, id, item.likelihoods());
            int position = 0;
            for (KeptPassage p : kept.passages()) {
                Sql.update(c, "INSERT INTO evidence_passages(evidence_id, position, segment_id, segment_created, "
                        + "code_id, document_id, content_hash, start_offset, end_offset, quote, document_title, "
                        + "document_date, actor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", id, position++, p.segmentId(),
                        p.segmentCreated(), p.codeId(), p.documentId(), p.contentHash(), p.start(), p.end(),
                        p.quote(), p.documentTitle(), p.documentDate(), p.actor());
            }
            sealEvidence(c, id);
            return null;
        });
    }

    /** Writes the likelihoods and passages of the item just inserted as {@code id}, and seals its rows. */
    private static long writeEvidence(Connection c, long id, Map<Long, Likelihood> likelihoods,
                                      List<QuotedPassage> passages) throws SQLException {
        writeLikelihoods(c, id, likelihoods);
        int position = 0;
        for (QuotedPassage p : passages) {
            if (p.goneElsewhere() != null) {
                // An id no passage or code has: the item rested on a coded passage deleted where it was recorded.
                Sql.update(c, "INSERT INTO evidence_passages(evidence_id, position, segment_id, code_id, document_id, "
                        + "content_hash, start_offset, end_offset, quote, document_title, document_date, actor) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", id, position++, EvidencePassage.ELSEWHERE,
                        elsewhereCode(p.goneElsewhere()),
                        p.documentId(), p.contentHash(), p.start(), p.end(), p.quote(), p.documentTitle(),
                        p.documentDate(), p.actor());
                continue;
            }
            Sql.update(c, "INSERT INTO evidence_passages(evidence_id, position, segment_id, segment_created, "
                    + "code_id, document_id, content_hash, start_offset, end_offset, quote, document_title, "
                    + "document_date, actor) VALUES (?,?,?,(SELECT created FROM segments WHERE id=?),"
                    + "(SELECT code_id FROM segments WHERE id=?),?,?,?,?,?,?,?,?)", id, position++, p.segmentId(),
                    p.segmentId(), p.segmentId(), p.documentId(), p.contentHash(), p.start(), p.end(),
                    p.quote(), p.documentTitle(), p.documentDate(), p.actor());
        }
        sealEvidence(c, id);
        return id;
    }

    /** The code id kept for a passage gone or changed where the item was recorded: none, or one no code has. */
    private static Long elsewhereCode(PassageStatus gone) {
        return switch (gone) {
            case CODE_DELETED -> EvidencePassage.ELSEWHERE;
            case CHANGED -> EvidencePassage.CHANGED_ELSEWHERE;
            default -> null;
        };
    }

    private static void sealEvidence(Connection c, long id) throws SQLException {
        RowChecks.sealRow(c, RowChecks.EVIDENCE, id);
        RowChecks.seal(c, RowChecks.EVIDENCE_PASSAGES, "evidence_id=?", id);
    }

    /** Replaces an item's likelihoods, note, date and group (its passages stay). */
    @Override
    public void updateEvidence(long evidenceId, String description, String note, LocalDate eventDate, String group,
                               Map<Long, Likelihood> likelihoods) {
        db.write(WRITES, c -> {
            RowChecks.unsealRow(c, RowChecks.EVIDENCE, evidenceId);
            RowChecks.requireIntact(c, RowChecks.EVIDENCE_LIKELIHOODS,
                    row -> RowNames.of(c, RowChecks.EVIDENCE_LIKELIHOODS.name(), row), "evidence_id=?", evidenceId);
            Sql.update(c, "UPDATE evidence SET description=?, note=?, event_date=?, dependency_group=? WHERE id=?",
                    description, note, eventDate, group, evidenceId);
            Sql.update(c, "DELETE FROM evidence_likelihoods WHERE evidence_id=?", evidenceId);
            writeLikelihoods(c, evidenceId, likelihoods);
            RowChecks.sealRow(c, RowChecks.EVIDENCE, evidenceId);
            return null;
        });
    }

    @Override
    public void deleteEvidence(long evidenceId) {
        db.write(WRITES, c -> Sql.update(c, "DELETE FROM evidence WHERE id=?", evidenceId));
    }

    /** A set's evidence items with likelihoods and passages (each passage's status as of now), by id. */
    @Override
    public List<Evidence> evidence(long setId) {
        return db.read(c -> evidence(c, setId));
    }

    private static List<Evidence> evidence(Connection c, long setId) throws SQLException {
        Map<Long, Map<Long, Likelihood>> likelihoods = new LinkedHashMap<>();
        Sql.list(c, "SELECT l.evidence_id, l.hypothesis_id, l.low, l.high FROM evidence_likelihoods l "
                + "JOIN evidence e ON e.id = l.evidence_id WHERE e.set_id=?", rs -> {
                    likelihoods.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getLong(2), new Likelihood(rs.getDouble(3), rs.getDouble(4)));
                    return null;
                }, setId);
        Map<Long, List<EvidencePassage>> passages = new LinkedHashMap<>();
        Sql.list(c, PASSAGES + "WHERE e.set_id=? ORDER BY ep.evidence_id, ep.position", rs -> {
            passages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(passage(rs));
            return null;
        }, setId);
        return Sql.list(c, "SELECT id, set_id, description, note, event_date, dependency_group FROM evidence "
                + "WHERE set_id=? ORDER BY id", rs -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), StoredValues.date(rs, 5, "evidence"), rs.getString(6),
                likelihoods.getOrDefault(rs.getLong(1), Map.of()),
                passages.getOrDefault(rs.getLong(1), List.of())), setId);
    }

    @Override
    public int hiddenEvidence(long setId) {
        return db.dialect().hidesRows() ? db.read(c -> HiddenRows.evidenceHidden(c, setId)) : 0;
    }

    /** The analyst's events of the causal chain, by date. */
    @Override
    public List<CausalEvent> events() {
        return db.read(c -> Sql.list(c, "SELECT id, event_date, label, description FROM causal_events "
                + "ORDER BY event_date, id", rs -> new CausalEvent(rs.getLong(1),
                StoredValues.date(rs, 2, "causal_events"),
                rs.getString(3), rs.getString(4))));
    }

    @Override
    public CausalEvent addEvent(LocalDate date, String label, String description) {
        long id = db.write(WRITES, c -> {
            long added = Sql.insert(c, "INSERT INTO causal_events(event_date, label, description) VALUES (?,?,?)",
                    date, label, description);
            RowChecks.sealRow(c, RowChecks.CAUSAL_EVENTS, added);
            return added;
        });
        return new CausalEvent(id, date, label, description);
    }

    @Override
    public void putBackEvents(List<CausalEvent> events) {
        db.write(WRITES, c -> {
            for (CausalEvent e : events) {
                long id = Sql.insert(c, "INSERT INTO causal_events(id, event_date, label, description) VALUES (?,?,?,?)",
                        e.id(), e.date(), e.label(), e.description());
                RowChecks.sealRow(c, RowChecks.CAUSAL_EVENTS, id);
            }
            return null;
        });
    }

    @Override
    public boolean deleteEvent(long id) {
        return db.write(WRITES, c -> Sql.update(c, "DELETE FROM causal_events WHERE id=?", id)) > 0;
    }

    private static void writeLikelihoods(Connection c, long evidenceId, Map<Long, Likelihood> likelihoods)
            throws SQLException {
        for (Map.Entry<Long, Likelihood> e : likelihoods.entrySet()) {
            Sql.update(c, "INSERT INTO evidence_likelihoods(evidence_id, hypothesis_id, low, high) VALUES (?,?,?,?)",
                    evidenceId, e.getKey(), e.getValue().low(), e.getValue().high());
        }
        RowChecks.seal(c, RowChecks.EVIDENCE_LIKELIHOODS, "evidence_id=?", evidenceId);
    }

    private static EvidencePassage passage(ResultSet rs) throws SQLException {
        return new EvidencePassage(Sql.nullableLong(rs, "segment_id"), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), StoredValues.date(rs, 8, "evidence_passages"), rs.getString(9),
                StoredValues.parse(rs, 10, "evidence_passages", PassageStatus::valueOf));
    }
}
