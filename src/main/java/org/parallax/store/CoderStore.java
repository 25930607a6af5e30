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
}
