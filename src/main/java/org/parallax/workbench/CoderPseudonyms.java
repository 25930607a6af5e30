package org.parallax.workbench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parallax.model.Coder;
import org.parallax.model.ParallaxException;

/**
 * Coders' names as files name them while the project pseudonymises its coders: Coder 1, Coder 2, … in the order the
 * coders joined the project, kept in the project's settings so that each coder has the same one in every file and a
 * coder who joins later takes the next number. The assistant's layer keeps its name: it names a program, not a person.
 */
final class CoderPseudonyms {
    static final String SETTING = "pseudonymise_coders";
    /** Lines of a coder's name, a tab and their pseudonym. */
    static final String MAPPING_SETTING = "coder_pseudonyms";
    private static final Pattern LINE = Pattern.compile("([^\t]+)\t(Coder [0-9]{1,9})");
    /** A name that reads as a pseudonym in any case or spacing: "Coder 7", "coder7", "CODER_12". */
    private static final Pattern READS_AS_PSEUDONYM = Pattern.compile("(?i)\\s*coder[\\s_.-]*[0-9]+\\s*");

    private CoderPseudonyms() {
    }

    /** Whether every file the project writes names its coders by pseudonym. */
    static boolean on(Project project) {
        return project.settings.get(SETTING).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * Switches pseudonymising the coders on or off; on is refused while a coder is called like a pseudonym (files would
     * name that person and the coder numbered so alike), naming them, with nothing changed.
     */
    static void set(Project project, boolean on) {
        if (on && !on(project)) {
            List<String> likePseudonyms = project.coders.list().stream().map(Coder::name)
                    .filter(CoderPseudonyms::readsAsPseudonym).toList();
            if (!likePseudonyms.isEmpty()) {
                throw new ParallaxException(project.displayName() + ": the coders are not pseudonymised: "
                        + (likePseudonyms.size() == 1 ? "the coder " : "the coders ")
                        + likePseudonyms.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                        + (likePseudonyms.size() == 1 ? " is" : " are") + " called like a pseudonym, and files, which "
                        + "name the coders Coder 1, Coder 2, …, would name " + (likePseudonyms.size() == 1 ? "them"
                        : "each of them") + " and another coder alike (nothing was changed)");
            }
        }
        project.settings.put(SETTING, Boolean.toString(on));
    }

    /**
     * Refuses {@code name} for a coder the project does not have yet while it pseudonymises its coders, when the name
     * is or reads as a pseudonym (Coder 7, in any case): files would name that person and the coder the project gives
     * the pseudonym alike, two people as one.
     */
    static void refuseAsANewCoder(Project project, String name) {
        if (readsAsPseudonym(name) && on(project)) {
            throw new ParallaxException(project.displayName() + ": '" + name.strip() + "' is not taken as a new "
                    + "coder: while the coders are pseudonymised, files name them Coder 1, Coder 2, … and a coder "
                    + "called so would read as another in them; choose another name");
        }
    }

    /** Whether {@code name} is or reads as a pseudonym the project gives (Coder 7, coder7, CODER_12). */
    static boolean readsAsPseudonym(String name) {
        return READS_AS_PSEUDONYM.matcher(name).matches();
    }

    /** Each coder's name with its pseudonym, new coders numbered past the highest given (saved); empty while off. */
    static Map<String, String> of(Project project) {
        return of(project, true);
    }

    /** {@link #of(Project)}, new coders' pseudonyms kept in the settings only when {@code save}. */
    static Map<String, String> of(Project project, boolean save) {
        return on(project) ? numbered(project, save) : Map.of();
    }

    /**
     * Each coder's name with the pseudonym files give it while coders are pseudonymised, whether they are or not: what
     * a second coder's copy, which names no coder, writes for a name in the codebook's texts or the project's file name.
     */
    static Map<String, String> numbered(Project project, boolean save) {
        List<String> names = project.coders.list().stream().sorted(Comparator.comparingLong(Coder::id))
                .map(Coder::name).filter(name -> !name.equals(AssistantSettings.CODER)).toList();
        String stored = project.settings.get(MAPPING_SETTING).orElse("");
        Map<String, String> mapping = numbered(stored, names);
        if (save && mapping.size() != storedMapping(stored).size() && project.maySaveSettings()) {
            // Numbered again from the mapping as the transaction reads it: another lead may have kept pseudonyms
            // since, which this session must neither drop nor give a second time.
            mapping = numbered(SettingUpdates.update(project, MAPPING_SETTING, now -> {
                Map<String, String> kept = numbered(now, names);
                if (kept.size() == storedMapping(now).size()) {
                    return now;
                }
                StringBuilder saved = new StringBuilder();
                kept.forEach((name, pseudonym) -> saved.append(name).append('\t').append(pseudonym).append('\n'));
                return saved.toString();
            }), names);
        }
        return mapping;
    }

    /**
     * Gives the pseudonym of the coder {@code was} to the same coder now called {@code now}: the coder keeps their
     * number in files, and the old name, kept in the mapping, would be counted as a coder's that files number.
     */
    static void renamed(Project project, String was, String now) {
        SettingUpdates.update(project, MAPPING_SETTING, stored -> {
            StringBuilder saved = new StringBuilder();
            storedMapping(stored).forEach((name, pseudonym) -> saved.append(name.equals(was) ? now : name)
                    .append('\t').append(pseudonym).append('\n'));
            return storedMapping(stored).containsKey(was) ? saved.toString() : stored;
        });
    }

    private static Map<String, String> storedMapping(String stored) {
        Map<String, String> mapping = new LinkedHashMap<>();
        stored.lines().map(LINE::matcher).filter(Matcher::matches)
                .filter(m -> !mapping.containsValue(m.group(2))).forEach(m -> mapping.putIfAbsent(m.group(1), m.group(2)));
        return mapping;
    }

    /** The stored mapping with each of {@code names} it lacks numbered past the highest given. */
    private static Map<String, String> numbered(String stored, List<String> names) {
        Map<String, String> mapping = storedMapping(stored);
        int given = mapping.values().stream().mapToInt(p -> Integer.parseInt(p.substring("Coder ".length())))
                .max().orElse(0);
        for (String name : names) {
            if (!mapping.containsKey(name)) {
                mapping.put(name, "Coder " + ++given);
            }
        }
        return mapping;
    }
}
