package org.parallax.workbench;

import java.util.List;
import java.util.Optional;
import org.parallax.model.Coder;
import org.parallax.store.CoderStore;

/**
 * The project's coders as every route makes them (a coding's or memo's coder, the coder chosen, a .qdpx's users, a
 * merged copy's coders, a team push): while the project pseudonymises its coders, a coder it does not have yet whose
 * name is or reads as a pseudonym is refused here ({@link CoderPseudonyms#refuseAsANewCoder}), where a check in each
 * route let the routes written later bring such a coder in. Routes that bring a file's coders rename them first
 * ({@link ImportedCoderNames}), so that reaching this refusal means a name someone chose. A name is one coder's
 * whatever its case.
 */
final class PseudonymGuardedCoders implements CoderStore {
    private final Project project;
    private final CoderStore coders;

    PseudonymGuardedCoders(Project project, CoderStore coders) {
        this.project = project;
        this.coders = coders;
    }

    /**
     * The coder {@code name} names, made if new; a coder spelt so but for case is that coder ("Tester" and "tester"
     * came in from a .qdpx as two layers of one person), as {@link CoderNames} reads a name typed after --coder.
     */
    @Override
    public Coder ensure(String name) {
        Optional<Coder> known = coders.find(name);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<Coder> inAnotherCase = CoderNames.find(coders.list(), name, project.displayName());
        if (inAnotherCase.isPresent()) {
            return inAnotherCase.get();
        }
        refuseAsANewCoder(name);
        return coders.ensure(name);
    }

    @Override
    public Optional<Coder> find(String name) {
        return coders.find(name);
    }

    @Override
    public List<Coder> list() {
        return coders.list();
    }

    @Override
    public boolean renameIfNothingRecorded(Coder coder, String name) {
        refuseAsANewCoder(name);
        return coders.renameIfNothingRecorded(coder, name);
    }

    @Override
    public Coder rename(Coder coder, String name) {
        refuseAsANewCoder(name);
        return coders.rename(coder, name);
    }

    /** The refusal for a name no coder has yet (the find is asked only of a name that reads as a pseudonym). */
    private void refuseAsANewCoder(String name) {
        if (name != null && CoderPseudonyms.readsAsPseudonym(name) && coders.find(name).isEmpty()) {
            CoderPseudonyms.refuseAsANewCoder(project, name);
        }
    }
}
