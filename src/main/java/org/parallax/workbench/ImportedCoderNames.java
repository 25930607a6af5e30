package org.parallax.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coders of a file brought into the project (a .qdpx's users, a merged copy's coders) as the project names them:
 * while it pseudonymises its coders, one it does not have whose name is or reads as a pseudonym ("Coder 3", as a
 * pseudonymised export names its users) comes in as "Coder 3 (imported)", said in one line, since files would name
 * them and the coder the project numbers 3 alike; refusing the whole file would have kept out the rest of the work.
 */
final class ImportedCoderNames {
    static final String SUFFIX = " (imported)";
    private final Project project;
    private final boolean pseudonymised;
    private final Map<String, String> renamed = new LinkedHashMap<>();

    ImportedCoderNames(Project project) {
        this.project = project;
        this.pseudonymised = CoderPseudonyms.on(project);
    }

    /** The file's coder {@code name} as this project names them. */
    String asHere(String name) {
        if (name == null || !pseudonymised || !CoderPseudonyms.readsAsPseudonym(name)) {
            return name;
        }
        return renamed.computeIfAbsent(name, n -> project.coders.find(n).isPresent() ? n : n.strip() + SUFFIX);
    }

    /** One line for each coder renamed, {@code of} naming where they come from ("the file", "other.parallax"). */
    List<String> lines(String of) {
        List<String> lines = new ArrayList<>();
        renamed.forEach((name, here) -> {
            if (!name.equals(here)) {
                lines.add("coder '" + name.strip() + "' of " + of + " is '" + here + "' here: the coders are "
                        + "pseudonymised, and files, which name them Coder 1, Coder 2, …, would name them and another "
                        + "coder alike");
            }
        });
        return lines;
    }
}
