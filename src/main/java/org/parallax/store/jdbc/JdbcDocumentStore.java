package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.ParallaxException;
import org.parallax.store.DocumentStore;
import org.parallax.store.RemovedDocuments;

/** Documents, their texts and attributes. A document's scenario is stored as a scenario id. */
public final class JdbcDocumentStore implements DocumentStore {
    private static final String SELECT = "SELECT d.id, d.title, d.doc_date, d.type, d.actor, d.language, "
            + "s.name AS scenario, d.length, d.content_hash, d.source_file, d.version "
            + "FROM documents d LEFT JOIN scenarios s ON s.id = d.scenario_id ";

    private final JdbcSession db;

    public JdbcDocumentStore(JdbcSession db) {
        this.db = db;
    }

    @Override
    public Document insert(DocumentMeta given, String text, long words, String contentHash, String sourceFile,
                           Instant imported) {
        DocumentMeta meta = given.cleaned();
        return db.write(c -> {
            long id = Sql.insert(c, IdFloors.insert(db.dialect(), "documents", "title, doc_date, type, actor, "
                            + "language, scenario_id, content_hash, length, source_file, imported, words",
                            "?,?,?,?,?,?,?,?,?,?,?"),
                    meta.title(), meta.date(), meta.type().label(), meta.actor(), meta.language(),
                    scenarioId(c, meta.scenario()), contentHash, text.length(), sourceFile, imported, words);
            Sql.update(c, "INSERT INTO document_texts(document_id, text) VALUES (?,?)", id, text);
            RowChecks.sealRow(c, RowChecks.DOCUMENTS, id);
            writeAttributes(c, id, meta.attributes());
            return new Document(id, meta, text.length(), contentHash, sourceFile, 1);
        });
    }

    /** Replaces a document's metadata; its text never changes. */
    @Override
    public long updateMeta(long id, long expectedVersion, DocumentMeta given) {
        return updateMetaAs(id, expectedVersion, given, db.actor());
    }

    @Override
    public long updateMetaAs(long id, long expectedVersion, DocumentMeta given, String editor) {
        DocumentMeta meta = given.cleaned();
        return db.write(c -> {
            if (Sql.one(c, "SELECT 1 FROM documents WHERE id=?", rs -> 1, id).isEmpty()) {
                throw new ParallaxException("No document with id " + id);
            }
            Versions.requireIntact(c, Versions.DOCUMENTS, id, RowChecks.DOCUMENT_ATTRIBUTES, "document_id=?");
            long version = Versions.update(c, Versions.DOCUMENTS, id, expectedVersion, editor,
                    "title=?, doc_date=?, type=?, actor=?, language=?, scenario_id=?", meta.title(), meta.date(),
                    meta.type().label(), meta.actor(), meta.language(), scenarioId(c, meta.scenario()));
            Sql.update(c, "DELETE FROM document_attributes WHERE document_id=?", id);
            writeAttributes(c, id, meta.attributes());
            return version;
        });
    }

    @Override
    public Optional<String> lastEditor(long id) {
        return db.read(c -> Sql.one(c, "SELECT changed_by FROM documents WHERE id=?", rs -> rs.getString(1), id));
    }

    @Override
    public RemovedDocuments remove(Collection<Long> ids) {
        return db.write(c -> RemovedRows.take(c, db.dialect(), List.copyOf(ids)));
    }

    @Override
    public void restore(RemovedDocuments removed) {
        db.write(c -> {
            ((RemovedRows) removed).restore(c, db.dialect());
            return null;
        });
    }

    @Override
    public List<Document> list() {
        return db.read(c -> {
            Map<Long, Map<String, String>> attributes = allAttributes(c);
            return Sql.list(c, SELECT + "ORDER BY d.doc_date IS NULL, d.doc_date, d.id",
                    rs -> map(rs, attributes.getOrDefault(rs.getLong("id"), Map.of())));
        });
    }

    @Override
    public Optional<Document> get(long id) {
        return db.read(c -> {
            Map<String, String> attributes = attributes(c, id);
            return Sql.one(c, SELECT + "WHERE d.id=?", rs -> map(rs, attributes), id);
        });
    }

    /** The stored, normalised text of a document. */
    @Override
    public String text(long id) {
        return db.read(c -> Sql.one(c, "SELECT text FROM document_texts WHERE document_id=?",
                rs -> rs.getString(1), id)).orElseThrow(() -> new ParallaxException("No document with id " + id));
    }

    @Override
    public Map<Long, Long> wordCounts() {
        return db.read(c -> {
            Map<Long, Long> words = new HashMap<>();
            Sql.list(c, "SELECT id, words FROM documents WHERE words IS NOT NULL", rs -> {
                words.put(rs.getLong(1), rs.getLong(2));
                return null;
            });
            return words;
        });
    }

    @Override
    public Optional<Long> idByHash(String contentHash) {
        return db.read(c -> Sql.one(c, "SELECT id FROM documents WHERE content_hash=?", rs -> rs.getLong(1),
                contentHash));
    }

    /**
     * {@code length()} counts characters (code points) in both SQLite and PostgreSQL, the stored length UTF-16 units:
     * they differ exactly when a text holds a character outside the BMP. (SQLite's length stops at a NUL character:
     * such a text is named too, which costs its caller one needless read, never a missed surrogate.)
     */
    @Override
    public java.util.Set<Long> withSupplementaryCharacters() {
        return db.read(c -> new java.util.HashSet<>(Sql.list(c, "SELECT d.id FROM documents d JOIN document_texts t "
                + "ON t.document_id = d.id WHERE length(t.text) <> d.length", rs -> rs.getLong(1))));
    }

    @Override
    public int count() {
        return db.read(c -> Sql.one(c, "SELECT count(*) FROM documents", rs -> rs.getInt(1)).orElse(0));
    }

    private static Long scenarioId(Connection c, String scenario) throws SQLException {
        if (scenario == null || scenario.isBlank()) {
            return null;
        }
        return Sql.one(c, "SELECT id FROM scenarios WHERE name=?", rs -> rs.getLong(1), scenario.strip())
                .orElseThrow(() -> new ParallaxException("Unknown scenario '" + scenario
                        + "' (define it in the codebook first)"));
    }

    private static void writeAttributes(Connection c, long id, Map<String, String> attributes) throws SQLException {
        for (var e : attributes.entrySet()) {
            Sql.update(c, "INSERT INTO document_attributes(document_id, name, value) VALUES (?,?,?)",
                    id, e.getKey(), e.getValue());
        }
        if (!attributes.isEmpty()) {
            RowChecks.seal(c, RowChecks.DOCUMENT_ATTRIBUTES, "document_id=?", id);
        }
    }

    private static Map<String, String> attributes(Connection c, long id) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (String[] kv : Sql.list(c, "SELECT name, value FROM document_attributes WHERE document_id=?",
                rs -> new String[] {StoredValues.required(rs, 1, "document_attributes"), rs.getString(2)}, id)) {
            out.put(kv[0], kv[1]);
        }
        return out;
    }

    private static Map<Long, Map<String, String>> allAttributes(Connection c) throws SQLException {
        Map<Long, Map<String, String>> out = new HashMap<>();
        Sql.list(c, "SELECT document_id, name, value FROM document_attributes", rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                    .put(StoredValues.required(rs, 2, "document_attributes"), rs.getString(3));
            return null;
        });
        return out;
    }

    private static Document map(ResultSet rs, Map<String, String> attributes) throws SQLException {
        DocumentMeta meta = new DocumentMeta(rs.getString("title"),
                StoredValues.parse(rs, rs.findColumn("doc_date"), "documents", LocalDate::parse),
                StoredValues.parse(rs, rs.findColumn("type"), "documents", DocumentType::parse), rs.getString("actor"), rs.getString("language"),
                rs.getString("scenario"), attributes);
        return new Document(rs.getLong("id"), meta, rs.getInt("length"), rs.getString("content_hash"),
                rs.getString("source_file"), rs.getLong("version"));
    }
}
