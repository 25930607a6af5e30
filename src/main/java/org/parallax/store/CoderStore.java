package org.parallax.store;

import java.util.List;
import java.util.Optional;
import org.parallax.model.Coder;

/** The coders of a project, created on first use by name. */
public interface CoderStore {
    /** The coder with this name, created if new. */
    Coder ensure(String name);

    /** The coder with this name, if the project has one. */
    Optional<Coder> find(String name);

    List<Coder> list();

    /**
     * Gives {@code coder} the name {@code name} when nothing in the project is theirs (no passage, no memo written or
     * last changed by them) and no coder has that name yet; false, changing nothing, otherwise. The rows that named
     * them as who last changed them (the codebook, documents, saved searches) name {@code name} then.
     */
    boolean renameIfNothingRecorded(Coder coder, String name);

    /**
     * Gives {@code coder} the name {@code name} in one transaction, with every row that names them by name (who last
     * changed a code, a document, a memo or a saved search; the coder an assistant's passage learnt from), and returns
     * them renamed; refused, nothing changed, when another coder has the name or {@code coder} is no longer there.
     */
    Coder rename(Coder coder, String name);
}
