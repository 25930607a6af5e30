package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.CausalEvent;
import org.parallax.model.Document;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.ParallaxException;

/**
 * Stable pseudonyms (P01, P02, ...) for the values of sensitive document attributes, e.g. "speaker".
 * The mapping lives in the project's settings only and never leaves it; exports ask {@link #replace}
 * to swap every whole-word occurrence of a value in a text, with a map that moves offsets along.
 */
final class Pseudonyms {
    static final String SENSITIVE_SETTING = "sensitive_attributes";
    static final String MAPPING_SETTING = "pseudonym_mapping";

    private final Map<String, String> mapping;
    private final Pattern pattern;
    private final Map<String, String> byLowerCase = new HashMap<>();

    private Pseudonyms(Map<String, String> mapping) {
        this.mapping = mapping;
        List<String> longestFirst = new ArrayList<>(mapping.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.pattern = longestFirst.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])("
                + String.join("|", longestFirst.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        mapping.forEach((value, alias) -> byLowerCase.put(value.toLowerCase(Locale.ROOT), alias));
    }

    /** No pseudonyms: texts pass unchanged. */
    static Pseudonyms none() {
        return new Pseudonyms(Map.of());
    }

    /**
     * Loads the mapping, giving new values of sensitive attributes the next free pseudonyms (saved). Refused while a
     * sensitive attribute names no document's attribute: the settings carry no checksum, and a damaged or mistyped
     * name would let the attribute meant go out unchanged.
     */
    static Pseudonyms of(Project project) {
        List<String> unknown = unknownSensitive(project);
        if (!unknown.isEmpty()) {
            String file = project.store.location().displayName();
            throw new ParallaxException(file + ": not exported: the sensitive attribute '" + unknown.get(0)
                    + "' is an attribute of no document, so the attribute meant may go out unchanged; remove it with "
                    + "parallax sensitive " + file + " --unmark '" + unknown.get(0) + "' and mark the right one");
        }
        List<String> sensitive = sensitiveAttributes(project);
        Map<String, String> mapping = new LinkedHashMap<>();
        String stored = project.settings.get(MAPPING_SETTING).orElse("");
        Set<String> aliases = new HashSet<>();
        stored.lines().map(PSEUDONYM_LINE::matcher).filter(Matcher::matches)
                .filter(m -> !mapping.containsKey(m.group(1)) && aliases.add(m.group(2)))
                .forEach(m -> mapping.put(m.group(1), m.group(2)));
        // Numbered past the highest given: a line lost to damage must not hand its number to another value.
        int given = mapping.values().stream().mapToInt(alias -> Integer.parseInt(alias.substring(1))).max().orElse(0);
        int before = mapping.size();
        for (Document d : project.documents.list()) {
            for (String attribute : sensitive) {
                String value = d.meta().attributes().get(attribute);
                if (value != null && !value.isBlank() && !mapping.containsKey(value.strip())) {
                    mapping.put(value.strip(), String.format(Locale.ROOT, "P%02d", ++given));
                }
            }
        }
        if (mapping.size() != before || unreadableLine(stored).isPresent()) {
            StringBuilder saved = new StringBuilder();
            mapping.forEach((value, alias) -> saved.append(value).append('\t').append(alias).append('\n'));
            project.settings.put(MAPPING_SETTING, saved.toString());
        }
        return new Pseudonyms(mapping);
    }

    /** A stored line: a value, a tab and its pseudonym. */
    private static final Pattern PSEUDONYM_LINE = Pattern.compile("([^\t]+)\t(P[0-9]{2,9})");

    /** The first line of a stored mapping that is not a value and its pseudonym, or whose pseudonym is taken. */
    static Optional<String> unreadableLine(String stored) {
        List<String> lines = stored.lines().toList();
        Set<String> aliases = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PSEUDONYM_LINE.matcher(lines.get(i));
            if (!m.matches() || !aliases.add(m.group(2))) {
                return Optional.of("line " + (i + 1));
            }
        }
        return Optional.empty();
    }

    /** The sensitive attributes no document has. */
    static List<String> unknownSensitive(Project project) {
        List<String> sensitive = sensitiveAttributes(project);
        if (sensitive.isEmpty()) {
            return List.of();
        }
        Set<String> known = SettingsCheck.attributeNames(project);
        return sensitive.stream().filter(name -> !known.contains(name)).toList();
    }

    static List<String> sensitiveAttributes(Project project) {
        return project.settings.get(SENSITIVE_SETTING).map(s -> s.lines().filter(l -> !l.isBlank()).toList())
                .orElse(List.of());
    }

    static void markSensitive(Project project, String attribute) {
        // Marking order is kept: pseudonyms are numbered by document, then by this order.
        LinkedHashSet<String> names = new LinkedHashSet<>(sensitiveAttributes(project));
        names.add(attribute.strip());
        project.settings.put(SENSITIVE_SETTING, String.join("\n", names));
    }

    static void unmarkSensitive(Project project, String attribute) {
        List<String> names = new ArrayList<>(sensitiveAttributes(project));
        names.remove(attribute.strip());
        project.settings.put(SENSITIVE_SETTING, String.join("\n", names));
    }

    /** True when there is anything to replace. */
    boolean active() {
        return pattern != null;
    }

    String text(String text) {
        return replace(text).text();
    }

    /** The set with its name, description and its hypotheses' names and statements pseudonymised. */
    HypothesisSet set(HypothesisSet set) {
        return new HypothesisSet(set.id(), text(set.name()), text(set.description()), set.hypotheses().stream()
                .map(h -> new Hypothesis(h.id(), text(h.name()), text(h.statement()), h.prior(), h.catchAll()))
                .toList());
    }

    /** The item with every text the analyst wrote or quoted pseudonymised: description, note, group, passages. */
    Evidence evidence(Evidence e) {
        return new Evidence(e.id(), e.setId(), text(e.description()), text(e.note()), e.eventDate(), text(e.group()),
                e.likelihoods(), e.passages().stream().map(p -> new EvidencePassage(p.segmentId(), p.documentId(),
                        p.start(), p.end(), text(p.quote()), text(p.documentTitle()), p.documentDate(), text(p.actor()),
                        p.status())).toList());
    }

    CausalEvent event(CausalEvent e) {
        return new CausalEvent(e.id(), e.date(), text(e.label()), text(e.description()));
    }

    /** The text with every pseudonymised value swapped, and where each old offset lands in it. */
    Replaced replace(String text) {
        if (text == null || pattern == null) {
            return new Replaced(text, List.of());
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String alias = byLowerCase.get(m.group(1).toLowerCase(Locale.ROOT));
            spans.add(new int[] {m.start(), m.end(), out.length(), alias.length()});
            out.append(alias);
            last = m.end();
        }
        out.append(text.substring(last));
        return new Replaced(out.toString(), spans);
    }

    /** A rewritten text and its replaced spans ({old start, old end, new start, new length}). */
    record Replaced(String text, List<int[]> spans) {
        /** Where offset {@code i} of the old text lies in the new one; inside a replaced name, at its edge. */
        int offset(int i, boolean isEnd) {
            int shift = 0;
            for (int[] span : spans) {
                if (span[0] >= i) {
                    break;
                }
                if (i < span[1]) {
                    return isEnd ? span[2] + span[3] : span[2];
                }
                shift = span[2] + span[3] - span[1];
            }
            return i + shift;
        }
    }
}
