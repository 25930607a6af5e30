package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parallax.model.CausalEvent;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.store.ProjectStore;

/**
 * The document list, the codebook, the coders, the events and the blind-mode setting as last read, reused while nothing can have
 * changed them: this project committed nothing since ({@link ProjectStore#commits}) and heard of no commit by another
 * program or team member ({@code outsideGeneration}, moved by every outside change the store reports). On a team
 * server each of them is one or more round trips, which Table 1, every matrix and coding a passage made on every
 * call; the Table 1, Report and Analysis tabs read the coders on every refresh, and with the server down could not
 * refresh at all. Only for reads outside a transaction: a write's own reads go to the store, which sees what the
 * write did.
 */
final class ReadCache {
    /** What the project had committed and heard of when a value was read: while both stand still, it holds. */
    private record Stamp(long commits, long outside) {
    }

    private static final class Slot<T> {
        private Stamp stamp;
        private T value;
    }

    private final ProjectStore store;
    private final LongSupplier outsideGeneration;
    private final Slot<List<Document>> documents = new Slot<>();
    private final Slot<Map<Long, Document>> documentsById = new Slot<>();
    private final Slot<Codebook> codebook = new Slot<>();
    private final Slot<Boolean> blind = new Slot<>();
    /** The periods of every matrix and timeline start at the events; with the team server down they still do. */
    private final Slot<List<CausalEvent>> events = new Slot<>();
    /** Not kept by {@link #passagesChanged}: coding a passage may add its coder in the same commit. */
    private final Slot<List<Coder>> coders = new Slot<>();

    ReadCache(ProjectStore store, LongSupplier outsideGeneration) {
        this.store = store;
        this.outsideGeneration = outsideGeneration;
    }

    /** Every document, as {@link org.parallax.store.DocumentStore#list}; a new list the caller may change. */
    List<Document> documents() {
        return new ArrayList<>(listed());
    }

    /** One document, from the list when it holds it, else from the store (a document this list predates). */
    Optional<Document> document(long id) {
        Document known = cached(documentsById, () -> {
            Map<Long, Document> byId = new HashMap<>();
            listed().forEach(d -> byId.put(d.id(), d));
            return byId;
        }).get(id);
        return known != null ? Optional.of(known) : store.documents().get(id);
    }

    Codebook codebook() {
        return cached(codebook, () -> store.codebook().load());
    }

    /** Every coder, as {@link org.parallax.store.CoderStore#list}; unmodifiable. */
    List<Coder> coders() {
        return cached(coders, () -> List.copyOf(store.coders().list()));
    }

    /** The project's events, by date, as {@link org.parallax.store.TracingStore#events}; unmodifiable. */
    List<CausalEvent> events() {
        return cached(events, () -> List.copyOf(store.tracing().events()));
    }

    boolean blind(Supplier<Boolean> read) {
        return cached(blind, read);
    }

    /** Forgets every value, for a closed project. */
    void release() {
        for (Slot<?> slot : List.of(documents, documentsById, codebook, blind, coders, events)) {
            synchronized (slot) {
                slot.stamp = null;
                slot.value = null;
            }
        }
    }

    /**
     * Keeps what was read when the one commit since {@code commitsBefore} was the caller's and changed only passages
     * (and their coders and provenance), none of what this cache holds: coding a passage then costs no re-read of
     * the document list and codebook. When any other commit came in between, the next read goes to the store. The
     * coders are read again, since such a commit may add its coder; {@link #passagesChanged(long, boolean)} says when
     * it did not.
     */
    void passagesChanged(long commitsBefore) {
        passagesChanged(commitsBefore, false);
    }

    /**
     * {@link #passagesChanged(long)}, keeping the coders too when {@code codersKept}: the commit added no coder. With
     * the team server down, Table 1 after one's own coding then still counts from memory (it asks for the coders when
     * several layers hold passages).
     */
    void passagesChanged(long commitsBefore, boolean codersKept) {
        long now = store.commits();
        if (now != commitsBefore + 1) {
            return;
        }
        for (Slot<?> slot : List.of(documents, documentsById, codebook, blind, events)) {
            keep(slot, commitsBefore, now);
        }
        if (codersKept) {
            keep(coders, commitsBefore, now);
        }
    }

    /**
     * Keeps what was read when the one commit since {@code commitsBefore} was the caller's and added only
     * {@code added} to the coders (a member's first coding adds their row in a commit of its own): the cached coders
     * gain it, and the rest holds. Before, that commit made Table 1 read the blind setting and the coders again, and
     * fail after its reconnection's 30 s with the team server down.
     */
    void coderAdded(long commitsBefore, Coder added) {
        long now = store.commits();
        if (now != commitsBefore + 1) {
            return;
        }
        for (Slot<?> slot : List.of(documents, documentsById, codebook, blind, events)) {
            keep(slot, commitsBefore, now);
        }
        synchronized (coders) {
            if (coders.stamp != null && coders.stamp.commits() == commitsBefore) {
                List<Coder> more = new ArrayList<>(coders.value);
                if (more.stream().noneMatch(c -> c.id() == added.id())) {
                    more.add(added);
                }
                coders.value = List.copyOf(more);
                coders.stamp = new Stamp(now, coders.stamp.outside());
            }
        }
    }

    private static void keep(Slot<?> slot, long commitsBefore, long now) {
        synchronized (slot) {
            if (slot.stamp != null && slot.stamp.commits() == commitsBefore) {
                slot.stamp = new Stamp(now, slot.stamp.outside());
            }
        }
    }

    private List<Document> listed() {
        return cached(documents, () -> List.copyOf(store.documents().list()));
    }

    /**
     * The slot's value when nothing changed since it was read, else a fresh read. The stamp is taken before the read
     * (after asking the store to notice outside commits, as the passage cache does), so a read that races a commit
     * is labelled older than that commit and read again next time, never the other way round.
     */
    private <T> T cached(Slot<T> slot, Supplier<T> read) {
        store.pollOutsideChanges();
        Stamp now = new Stamp(store.commits(), outsideGeneration.getAsLong());
        synchronized (slot) {
            if (now.equals(slot.stamp)) {
                return slot.value;
            }
        }
        // Read outside the slot's monitor: the store's own lock is taken inside, and a write may wait on it.
        T value = read.get();
        synchronized (slot) {
            slot.stamp = now;
            slot.value = value;
        }
        return value;
    }
}
