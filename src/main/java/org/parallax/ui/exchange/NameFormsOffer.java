package org.parallax.ui.exchange;

import java.util.List;
import org.parallax.model.Counted;
import org.parallax.ui.common.ProjectContext;

/**
 * After a pseudonymised export that left parts of names standing alone (a surname), offers to make each a form of
 * its value, as `parallax sensitive … --form` does, so the next pseudonymised export replaces it too. The window named
 * only that command, with the project's file name and not where it is.
 */
final class NameFormsOffer {
    static final String PROMPT = "These parts of names stood alone in the texts and went out as they are. Tick each "
            + "that names the same person as its whole name: it becomes a form of that name, and pseudonymised "
            + "exports replace it from now on. Export again for a file without it.";

    /** A part standing alone, shown with the value it is part of. */
    record Part(String part, String value) {
        @Override
        public String toString() {
            return part + " (of " + value + ")";
        }
    }

    private NameFormsOffer() {
    }

    /** Looks for the parts in the background and, if there are any, asks which to make forms. */
    static void ask(ProjectContext context) {
        // Not offered where forms cannot be saved: the box before said so, rather than a refusal after the ticking.
        context.read(wb -> wb.exchange().mayMakeForms() ? wb.exchange().partsStandingAlone()
                : java.util.Map.<String, String>of(), found -> {
            if (found.isEmpty()) {
                return;
            }
            List<Part> parts = found.entrySet().stream().map(e -> new Part(e.getKey(), e.getValue())).toList();
            context.dialogs().chooseSeveral("Name forms", PROMPT, parts, "Make forms").ifPresent(ticked ->
                    context.act(wb -> {
                        ticked.forEach(p -> wb.exchange().addSensitiveForm(p.value(), p.part()));
                        return ticked.size();
                    }, made -> context.dialogs().showInformation("Name forms", Counted.of(made, "form") + " added ("
                            + String.join(", ", ticked.stream().map(Part::part).toList())
                            + "): the next pseudonymised export replaces " + (made == 1 ? "it" : "them") + ".")));
        });
    }
}
