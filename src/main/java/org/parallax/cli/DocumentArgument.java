package org.parallax.cli;

import java.util.List;
import java.util.Locale;
import org.parallax.model.Document;
import org.parallax.model.NotInProject;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.Workbench;

/** A document named on the command line by its id or, failing that, its title (as `docs` lists; any case). */
final class DocumentArgument {
    private DocumentArgument() {
    }

    /**
     * The document of {@code all} with this id or title; refused in one line when none or several match, saying that
     * nothing was done: {@code verb} is what the command does to it ("remove", "change").
     */
    static Document find(Workbench workbench, String project, List<Document> all, String named, String verb) {
        String nothingDone = "nothing was " + verb + "d";
        String given = named.strip();
        if (given.matches("\\d{1,18}")) {
            long id = Long.parseLong(given);
            for (Document d : all) {
                if (d.id() == id) {
                    return d;
                }
            }
        }
        List<Document> titled = all.stream()
                .filter(d -> d.title().strip().toLowerCase(Locale.ROOT).equals(given.toLowerCase(Locale.ROOT)))
                .toList();
        if (titled.size() == 1) {
            return titled.get(0);
        }
        if (titled.isEmpty()) {
            throw new ParallaxException(new NotInProject(workbench.displayName(), "document with the id or title '"
                    + given + "'", "docs").withListing(ShellWord.of(project)) + "; " + nothingDone);
        }
        throw new ParallaxException(workbench.displayName() + ": " + titled.size() + " documents are titled '" + given
                + "' (ids " + String.join(", ", titled.stream().map(d -> Long.toString(d.id())).toList())
                + "): name the one to " + verb + " by its id; " + nothingDone);
    }
}
