package org.parallax.store.jdbc;

import org.parallax.store.CodebookStore;
import org.parallax.store.CoderStore;
import org.parallax.store.DocumentStore;
import org.parallax.store.MemoStore;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProvenanceStore;
import org.parallax.store.SavedSearchStore;
import org.parallax.store.SegmentStore;
import org.parallax.store.SettingsStore;
import org.parallax.store.TracingStore;

/**
 * The stores every JDBC backend shares, built once over its session: a project file and a team project differ
 * only in how they connect, transact and check themselves, which the subclasses supply.
 */
public abstract class JdbcProjectStore implements ProjectStore {
    private final DocumentStore documents;
    private final CodebookStore codebook;
    private final SegmentStore segments;
    private final CoderStore coders;
    private final SettingsStore settings;
    private final SavedSearchStore savedSearches;
    private final MemoStore memos;
    private final TracingStore tracing;
    private final ProvenanceStore provenance;
    private final JdbcSession session;

    protected JdbcProjectStore(JdbcSession session) {
        this.documents = new JdbcDocumentStore(session);
        this.codebook = new JdbcCodebookStore(session);
        this.segments = new JdbcSegmentStore(session);
        this.coders = new JdbcCoderStore(session);
        this.settings = new JdbcSettingsStore(session);
        this.savedSearches = new JdbcSavedSearchStore(session);
        this.memos = new JdbcMemoStore(session);
        this.tracing = new JdbcTracingStore(session);
        this.provenance = new JdbcProvenanceStore(session);
        this.session = session;
    }

    @Override
    public final java.util.List<org.parallax.store.DamagedRow> damagedRows() {
        return session.read(c -> {
            java.util.List<org.parallax.store.DamagedRow> damaged = RowChecks.damaged(c);
            damaged.addAll(StorageClasses.misfits(c, session.dialect()));
            return damaged;
        });
    }

    @Override
    public final DocumentStore documents() {
        return documents;
    }

    @Override
    public final CodebookStore codebook() {
        return codebook;
    }

    @Override
    public final SegmentStore segments() {
        return segments;
    }

    @Override
    public final CoderStore coders() {
        return coders;
    }

    @Override
    public final SettingsStore settings() {
        return settings;
    }

    @Override
    public final SavedSearchStore savedSearches() {
        return savedSearches;
    }

    @Override
    public final MemoStore memos() {
        return memos;
    }

    @Override
    public final TracingStore tracing() {
        return tracing;
    }

    @Override
    public final ProvenanceStore provenance() {
        return provenance;
    }
}
