package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.parallax.analysis.tracing.VerbalScale;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.PullMark;
import org.parallax.model.TestThresholds;

/**
 * The check of the values in the project's settings, which carry no row checksum (decision 24): each value Parallax
 * reads is named when it cannot be read, or names what the project does not hold, with what Parallax makes of it.
 */
final class SettingsCheck {
    private final Project project;
    private final String file;

    SettingsCheck(Project project) {
        this.project = project;
        this.file = project.store.location().displayName();
    }

    List<CheckFinding> findings() {
        List<CheckFinding> out = new ArrayList<>();
        stored(Project.ACTIVE_CODER).flatMap(this::activeCoder).ifPresent(out::add);
        stored(Project.BLIND).filter(v -> Project.blindValue(v).isEmpty()).ifPresent(v -> out.add(mendable(
                Project.BLIND, "holds " + quoted(v) + ", neither on nor off: it is read as on (each coder sees only "
                        + "their own passages) until set with: parallax coders " + file + " --blind on|off")));
        for (String name : Pseudonyms.unknownSensitive(project)) {
            out.add(mendable(Pseudonyms.SENSITIVE_SETTING, "names " + quoted(name) + ", an attribute no document "
                    + "has: pseudonymised exports are refused while it does, since the attribute meant may go out "
                    + "unchanged. Remove it with: " + project.sensitiveCommand("--unmark " + quoted(name))
                    + ", and mark the right one"));
        }
        stored(Pseudonyms.MAPPING_SETTING).flatMap(Pseudonyms::unreadableLine).ifPresent(line -> out.add(mendable(
                Pseudonyms.MAPPING_SETTING, line + " cannot be read (a value, a tab and a pseudonym such as P01): "
                        + "the next pseudonymised export gives the value it held a pseudonym not given before")));
        stored(Pseudonyms.FORMS_SETTING).flatMap(Pseudonyms::unreadableFormLine).ifPresent(line -> out.add(mendable(
                Pseudonyms.FORMS_SETTING, line + " cannot be read (a form, a tab and its value): the name it held "
                        + "goes out unchanged in pseudonymised exports until given again with: "
                        + project.sensitiveCommand("--form 'VALUE=FORM'"))));
        stored(Codebooks.CODEBOOK_NAME).filter(String::isBlank).ifPresent(v -> out.add(mendable(Codebooks.CODEBOOK_NAME,
                "is empty: the codebook is exported under the project file's name")));
        stored(ProcessTracing.SCALE).flatMap(v -> unreadable(() -> VerbalScale.parse(v))).ifPresent(why -> out.add(
                mendable(ProcessTracing.SCALE, why + ": the shipped scale is used until a scale is set again")));
        stored(ProcessTracing.THRESHOLDS).flatMap(v -> unreadable(() -> TestThresholds.parse(v))).ifPresent(why ->
                out.add(mendable(ProcessTracing.THRESHOLDS, why + ": the shipped thresholds are used until set "
                        + "again")));
        stored(ExchangeExport.KEY_SETTING).filter(v -> unreadable(() -> UUID.fromString(v)).isPresent())
                .ifPresent(v -> out.add(new CheckFinding(where(ExchangeExport.KEY_SETTING), "holds " + quoted(v)
                        + ", not the key REFI-QDA exports build their ids from: exports now give the codes and "
                        + "documents ids other than earlier exports gave them")));
        stored(PullMark.KEY).filter(v -> PullMark.decode(v).isEmpty()).ifPresent(v -> out.add(new CheckFinding(
                where(PullMark.KEY), "cannot be read (" + quoted(v) + "): team push cannot tell the work done in "
                        + "this copy from what it held when pulled")));
        return out;
    }

    private Optional<CheckFinding> activeCoder(String name) {
        if (name.isBlank()) {
            return Optional.of(mendable(Project.ACTIVE_CODER, "is empty; choose the coder with: parallax coders "
                    + file + " --active NAME"));
        }
        // A name no passage carries yet is no damage: a coder chosen before their first passage, or a team copy's
        // login, is recorded as a coder when coding starts.
        return Optional.empty();
    }

    /** The names of every document's attributes. */
    static Set<String> attributeNames(List<Document> documents) {
        Set<String> names = new TreeSet<>();
        for (Document d : documents) {
            names.addAll(d.meta().attributes().keySet());
        }
        return names;
    }

    private Optional<String> stored(String key) {
        return project.settings.get(key);
    }

    private static Optional<String> unreadable(Runnable read) {
        try {
            read.run();
            return Optional.empty();
        } catch (ParallaxException | IllegalArgumentException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
    }

    private static CheckFinding mendable(String key, String problem) {
        return new CheckFinding(where(key), problem, true);
    }

    private static String where(String key) {
        return "setting " + key;
    }

    private static String quoted(String value) {
        return "'" + value.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
