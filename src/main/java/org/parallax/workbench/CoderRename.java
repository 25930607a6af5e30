package org.parallax.workbench;

import java.util.List;
import java.util.Optional;
import org.parallax.model.Coder;
import org.parallax.model.Names;
import org.parallax.model.ParallaxException;
import org.parallax.model.TextLimits;

/**
 * A coder renamed, as one step of the undo history: the coder row with every row and setting that names them by name
 * (who last changed a code or a memo, the assistant's provenance, the active coder, the pseudonym files give them), in
 * one transaction, so that the coder keeps their passages, memos and number in files under the new name. Undo renames
 * them back; a step writes only over the name it expects, since another window may have renamed the coder since.
 */
record CoderRename(Project project, long coderId, String before, String after) implements ChangeOfState<String> {
    /**
     * Renames the coder {@code typed} names (in any case, as elsewhere) to {@code name} and records the step; refused in
     * one line, nothing changed, for the assistant's layer, a name another coder has in any case, and on a team project.
     */
    static void run(Project project, String typed, String name) {
        refusal(project).ifPresent(line -> {
            throw new ParallaxException(line);
        });
        TextLimits.require("coder name", name, TextLimits.NAME);
        String clean = Names.clean(name);
        List<Coder> coders = project.coders.list();
        Coder coder = CoderNames.find(coders, typed, project.displayName()).orElseThrow(() -> CoderNames.unknown(typed,
                project.displayName(), coders.stream().map(Coder::name).toList()));
        if (coder.name().equals(Coder.ASSISTANT) || Coder.ASSISTANT.equalsIgnoreCase(clean)) {
            throw new ParallaxException(project.displayName() + ": the assistant's layer keeps its name, a program's "
                    + "(nothing was renamed)");
        }
        if (clean == null || clean.isEmpty() || clean.equals(coder.name())) {
            throw new ParallaxException(project.displayName() + ": the coder " + coder.name() + " is called so "
                    + "already (nothing was renamed)");
        }
        coders.stream().filter(c -> c.id() != coder.id() && c.name().equalsIgnoreCase(clean)).findFirst()
                .ifPresent(other -> {
                    throw new ParallaxException(project.displayName() + ": " + other.name() + " is another coder's "
                            + "name already, and files would read the two as one person (nothing was renamed)");
                });
        CoderRename rename = new CoderRename(project, coder.id(), coder.name(), clean);
        rename.apply();
        project.history.record(rename);
    }

    /**
     * Why no coder of this project may be renamed, in one line, else empty: on a team project none is (the window
     * says so before it asks anything).
     */
    static Optional<String> refusal(Project project) {
        // The server gives a member their passages by matching the coder's name to their login: a renamed coder
        // would be parted from their own passages, or a name made a login's would hand them to that member.
        return project.store.sessionRole().map(role -> project.displayName() + ": on a team project a coder is "
                + "named by a member's login, which the server matches to their passages, so coders are renamed on a "
                + "project file only (nothing was renamed)");
    }

    @Override
    public String label() {
        return "rename coder " + before + " to " + after;
    }

    @Override
    public void write(String name) {
        String expected = name.equals(after) ? before : after;
        project.store.write(() -> {
            Coder now = project.coders.list().stream().filter(c -> c.id() == coderId).findFirst()
                    .orElseThrow(() -> new ParallaxException(project.displayName() + ": the coder " + expected
                            + " is no longer in the project (nothing was renamed)"));
            if (!now.name().equals(expected)) {
                throw new ParallaxException(project.displayName() + ": the coder " + expected + " was renamed "
                        + now.name() + " elsewhere since this step (another window or command); nothing was renamed");
            }
            project.coders.rename(now, name);
            if (project.settings.get(Project.ACTIVE_CODER).filter(expected::equals).isPresent()) {
                project.settings.put(Project.ACTIVE_CODER, name);
            }
            CoderPseudonyms.renamed(project, expected, name);
            return null;
        });
        project.coderRenamed(new Coder(coderId, name));
        project.fire(ProjectEvent.CODERS);
        project.fire(ProjectEvent.SEGMENTS);
    }
}
