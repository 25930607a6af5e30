package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.parallax.model.Codebook;
import org.parallax.model.ParallaxException;
import org.parallax.store.LeftOutOfACopy;
import org.parallax.store.NewFileName;
import org.parallax.store.ProjectStores;

/**
 * The copy of a project a blind second coder codes in (docs/agreement.md#a-second-coders-copy): a new project file
 * with the documents, their details and the codebook with its frames and scenarios, and none of the coding: no
 * passage or memo of any coder, no coder's name (a name the codebook's definitions, rules and descriptions or the
 * project's file name write is replaced as files replace it, Coder 1, Coder 2, …), nor the project's anchor examples,
 * process tracing, saved searches or the assistant's records. No coder is set: the second coder gives their own name (the window's strip beside the
 * menu asks it in a copy, as {@link #MADE_FROM} marks it; Edit → Switch coder…, or {@code parallax coders --active}),
 * and until then codes under the computer's login, never the first coder's name, as the first coding command says.
 * Their passages come back as their own layer with {@link Merging#merge}. Written whole or not at all.
 */
final class SecondCoderCopy {
    /** Marks a copy made for another coder, with the name of the project file it was made from. */
    static final String MADE_FROM = "second_coder_copy_of";
    /**
     * The settings a copy keeps as they are: the codebook's name and which attributes hold names, so that the second
     * coder's exports pseudonymise as the project's do; the names' other forms and their pseudonyms go too, but only
     * those of the names its documents hold ({@link #pseudonymsKept}). The id floors stay too (the store keeps them).
     */
    private static final Set<String> KEPT_SETTINGS = Set.of(Codebooks.CODEBOOK_NAME, Pseudonyms.SENSITIVE_SETTING);

    private final Project project;

    SecondCoderCopy(Project project) {
        this.project = project;
    }

    /** Writes the copy to {@code target}, a new file: one that is there is refused and left as it is. */
    SecondCoderCopyReport write(Path target) {
        if (project.onServer()) {
            throw new ParallaxException(project.displayName() + ": a team project keeps each coder's layer apart on "
                    + "its server, with blind mode for coders (docs/team.md): add the second coder as a member "
                    + "rather than sending a copy; nothing was written");
        }
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new ParallaxException(NewFileName.taken(absolute, "choose another name; nothing was written"));
        }
        if (!absolute.getFileName().toString().endsWith(".parallax")) {
            throw new ParallaxException(absolute.getFileName() + ": a second coder's copy is a project file, named "
                    + "NAME.parallax; nothing was written");
        }
        Codebook codebook = project.reads.codebook();
        int documents = project.documents.count();
        Path temp = ProjectCopyTemps.forCopyTo(absolute);
        try {
            project.store.snapshotTo(temp);
            Map<String, String> added = new HashMap<>(pseudonymsKept());
            // The copy names no coder: not in the file name it records ("kowalski-thesis.parallax"), nor in what the
            // codebook says of its codes, frames and scenarios; the codes' names, which the merge matches, stay.
            Pseudonyms coders = new Pseudonyms(Map.of(), java.util.List.of(), SentenceStarts.NONE,
                    new CoderNamesInTexts(CoderPseudonyms.numbered(project, false), () -> project.documents.list()
                            .stream().map(d -> project.documents.text(d.id())).toList()));
            added.put(MADE_FROM, coders.fileName(String.valueOf(project.file().getFileName())));
            LeftOutOfACopy leftOut = ProjectStores.leaveTheCodingOut(temp, KEPT_SETTINGS, added, coders::text);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            return new SecondCoderCopyReport(absolute, String.valueOf(project.file().toAbsolutePath()), documents,
                    codebook, leftOut, Pseudonyms.sensitiveAttributes(project), formsKept(added), project.inTheWindow);
        } catch (IOException e) {
            throw new ParallaxException(absolute.getFileName() + ": cannot write the copy (" + e.getMessage()
                    + "); nothing was written", e);
        } finally {
            ProjectCopyTemps.remove(temp);
        }
    }

    /**
     * The other forms of the names the copy's documents hold, and the pseudonyms the project gave those names, as
     * settings: the second coder's pseudonymised files then name each interviewee as the project's do (Olga Berg P02 in
     * both, not P01 in theirs for a value since removed). A name no document holds any more (an interview taken out)
     * leaves its forms and pseudonym behind: the copy would carry a name none of its documents shows.
     */
    private Map<String, String> pseudonymsKept() {
        Set<String> held = new HashSet<>(Pseudonyms.sensitiveValues(project));
        Map<String, String> settings = new HashMap<>();
        StringBuilder forms = new StringBuilder();
        Pseudonyms.forms(project).forEach((form, value) -> {
            if (held.contains(value)) {
                forms.append(form).append('\t').append(value).append('\n');
            }
        });
        if (forms.length() > 0) {
            settings.put(Pseudonyms.FORMS_SETTING, forms.toString());
        }
        String mapping = project.settings.get(Pseudonyms.MAPPING_SETTING).orElse("").lines()
                .filter(line -> {
                    Matcher m = Pseudonyms.PSEUDONYM_LINE.matcher(line);
                    return m.matches() && held.contains(m.group(1));
                }).map(line -> line + "\n").collect(Collectors.joining());
        if (!mapping.isEmpty()) {
            settings.put(Pseudonyms.MAPPING_SETTING, mapping);
        }
        return settings;
    }

    private static int formsKept(Map<String, String> settings) {
        return (int) settings.getOrDefault(Pseudonyms.FORMS_SETTING, "").lines().count();
    }
}
