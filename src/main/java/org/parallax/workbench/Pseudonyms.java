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
import org.parallax.model.FileNames;
import org.parallax.model.EvidencePassage;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Names;
import org.parallax.model.ParallaxException;

/**
 * Stable pseudonyms (P01, P02, ...) for the values of sensitive document attributes, e.g. "speaker", and for the
 * other forms a user gives a value ("Volkov" or "Волков" for "Sergei Volkov"), which take the value's pseudonym.
 * The mapping lives in the project's settings only and never leaves it; exports ask {@link #replace}
 * to swap every whole-word occurrence of a value or form in a text, and every other way it is written that
 * {@link NameMatcher} knows ("Ivanova", "А. Иванова", "Ивановой"), with a map that moves offsets along.
 */
final class Pseudonyms {
    static final String SENSITIVE_SETTING = "sensitive_attributes";
    static final String MAPPING_SETTING = "pseudonym_mapping";
    /** Lines of a form, a tab and the value it stands for. */
    static final String FORMS_SETTING = "pseudonym_forms";

    private final Pattern pattern;
    private final Map<String, String> byLowerCase = new HashMap<>();
    /** The values and forms written otherwise: another script, case form, order, initials, a word alone. */
    private final NameMatcher written;
    /** The sensitive attributes, whose values a document owns ({@link #document}). */
    private final List<String> sensitive;
    /** Coders' names, while the project pseudonymises coders: where analysts' texts and file names write them. */
    private final CoderNamesInTexts coders;
    /** The values of one word (not the forms given), in lower case: matched whole only where they read as the name. */
    private final Set<String> oneWord = new HashSet<>();
    /** How such a word reads where it stands, by the documents' evidence: as the name, or as an ordinary word. */
    private final CoderWordReading reading;

    /** {@code aliases}: each value and each form of a value, with its pseudonym. */
    Pseudonyms(Map<String, String> aliases) {
        this(aliases, List.of(), SentenceStarts.NONE);
    }

    /**
     * {@code sensitive}: the attributes whose values documents own; {@code starts}: what the documents tell of a word
     * of a value that begins a sentence.
     */
    Pseudonyms(Map<String, String> aliases, List<String> sensitive, SentenceStarts starts) {
        this(aliases, sensitive, starts, CoderNamesInTexts.NONE);
    }

    /** {@code coders}: the coders' names, while the project pseudonymises them ({@link CoderNamesInTexts#of}). */
    Pseudonyms(Map<String, String> aliases, List<String> sensitive, SentenceStarts starts, CoderNamesInTexts coders) {
        this.sensitive = sensitive;
        // The documents' own words never meet the coders' names (quote, document), where a login may be an ordinary
        // word ("mark the date").
        this.coders = coders;
        List<String> longestFirst = new ArrayList<>(aliases.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.pattern = longestFirst.isEmpty() ? null : Pattern.compile(wholeWords(longestFirst),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        aliases.forEach((value, alias) -> byLowerCase.put(value.toLowerCase(Locale.ROOT), alias));
        // A value is its own first key in the map; a form after it, which the user gave, is replaced wherever it stands.
        Set<String> valued = new HashSet<>();
        aliases.forEach((name, alias) -> {
            if (valued.add(alias) && isOneWord(name)) {
                oneWord.add(name.toLowerCase(Locale.ROOT));
            }
        });
        this.written = new NameMatcher(aliases, starts);
        this.reading = new CoderWordReading(starts);
    }

    private static boolean isOneWord(String value) {
        List<int[]> words = NameMatcher.words(value);
        return words.size() == 1 && words.get(0)[0] == 0 && words.get(0)[1] == value.length();
    }

    /**
     * What the project's documents tell of a word of a value beginning a sentence, for {@code aliases} (each value and
     * form, with the value's pseudonym or mark): read from their texts when first asked.
     */
    static SentenceStarts sentenceStarts(Project project, List<Document> documents, Map<String, String> aliases) {
        List<String> sensitive = sensitiveAttributes(project);
        Map<String, String> valueOfAlias = new HashMap<>();
        Map<String, String> valueOf = new HashMap<>();
        // A value is its own first key in the map; a form after it takes its value's pseudonym.
        aliases.forEach((name, alias) -> valueOf.put(name, valueOfAlias.computeIfAbsent(alias, a -> name)));
        return new SentenceStarts(valueOf, () -> documents.stream().map(d -> new SentenceStarts.OwnedText(
                project.documents.text(d.id()), Set.copyOf(ownValues(d, sensitive)))).toList());
    }

    private static List<String> ownValues(Document d, List<String> sensitive) {
        List<String> own = new ArrayList<>();
        for (String attribute : sensitive) {
            String value = d.meta().attributes().get(attribute);
            if (value != null && !value.isBlank()) {
                own.add(value.strip());
            }
        }
        return own;
    }

    /**
     * A document's whole text with its pseudonyms, where a word of the document's own value (the interviewee's) that
     * begins a sentence is the name, not the ordinary word it may also be ("Frank said that …" in Frank Miller's).
     */
    Replaced document(Document d, String text) {
        Set<String> own = new HashSet<>();
        ownValues(d, sensitive).forEach(v -> {
            String alias = byLowerCase.get(v.toLowerCase(Locale.ROOT));
            if (alias != null) {
                own.add(alias);
            }
        });
        return replace(text, false, own, false);
    }

    /** Any of {@code words} standing as a whole word: no letter or digit right before or after it. */
    static String wholeWords(List<String> words) {
        return "(?<![\\p{L}\\p{N}])(" + String.join("|", words.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])";
    }

    /** No pseudonyms: texts pass unchanged. */
    static Pseudonyms none() {
        return new Pseudonyms(Map.of());
    }

    /** Only the coders' pseudonyms, while the project pseudonymises its coders; otherwise {@link #none()}. */
    static Pseudonyms coders(Project project) {
        return new Pseudonyms(Map.of(), List.of(), SentenceStarts.NONE,
                CoderNamesInTexts.of(project, project.documents::list));
    }

    /**
     * Loads the mapping, giving new values of sensitive attributes the next free pseudonyms (saved). Refused while a
     * sensitive attribute names no document's attribute: the settings carry no checksum, and a damaged or mistyped
     * name would let the attribute meant go out unchanged.
     */
    static Pseudonyms of(Project project) {
        return of(project, project.documents.list());
    }

    /** {@link #of(Project)} over the project's {@code documents} as a caller already listed them. */
    static Pseudonyms of(Project project, List<Document> documents) {
        if (sensitiveAttributes(project).isEmpty()) {
            throw nothingMarked(project, documents);
        }
        List<String> unknown = unknownSensitive(project, documents);
        if (!unknown.isEmpty()) {
            String file = project.store.location().displayName();
            throw new ParallaxException(file + ": not exported: the sensitive attribute '" + unknown.get(0)
                    + "' is an attribute of no document, so the attribute meant may go out unchanged; "
                    + (project.inTheWindow ? "give it back to the documents that hold names in Details, or remove the "
                    + "mark (the window has no control for that) with " : "remove it with ")
                    + project.sensitiveCommand("--unmark '" + unknown.get(0) + "'") + " and mark the right one");
        }
        Map<String, String> replacements = replacements(project, documents, true);
        LogNames.hide(project, replacements, CoderPseudonyms.of(project));
        return new Pseudonyms(replacements, sensitiveAttributes(project),
                sentenceStarts(project, documents, replacements), CoderNamesInTexts.of(project, () -> documents));
    }

    /**
     * Each sensitive value of {@code documents} and each form with its pseudonym, new values numbered past the highest
     * given and, when {@code save} and the session may, kept in the settings.
     */
    static Map<String, String> replacements(Project project, List<Document> documents, boolean save) {
        // A form's value keeps its pseudonym (and its forms theirs) after the documents stop holding it.
        Map<String, String> forms = forms(project);
        LinkedHashSet<String> values = new LinkedHashSet<>(sensitiveValues(project, documents));
        values.addAll(forms.values());
        String stored = project.settings.get(MAPPING_SETTING).orElse("");
        Map<String, String> mapping = numbered(stored, values);
        // A project open read-only, or a team project exported by a coder (only a lead writes settings), cannot keep
        // new pseudonyms: numbered the same way from what is stored, each such export gives a value the same one.
        if (save && (mapping.size() != storedMapping(stored).size() || unreadableLine(stored).isPresent())
                && project.maySaveSettings()) {
            // Numbered again from the mapping as the transaction reads it: another lead's export may have kept
            // pseudonyms since, which this one must neither drop nor give a second time.
            mapping = numbered(SettingUpdates.update(project, MAPPING_SETTING, now -> {
                Map<String, String> kept = numbered(now, values);
                if (kept.size() == storedMapping(now).size() && unreadableLine(now).isEmpty()) {
                    return now;
                }
                StringBuilder saved = new StringBuilder();
                kept.forEach((value, alias) -> saved.append(value).append('\t').append(alias).append('\n'));
                return saved.toString();
            }), values);
        }
        // A value keeps its own pseudonym where a form of another value is spelt like it.
        Map<String, String> replacements = new LinkedHashMap<>(mapping);
        Set<String> spelt = new HashSet<>();
        mapping.keySet().forEach(value -> spelt.add(value.toLowerCase(Locale.ROOT)));
        forms.forEach((form, value) -> {
            String alias = replacements.get(value);
            if (alias != null && spelt.add(form.toLowerCase(Locale.ROOT))) {
                replacements.put(form, alias);
            }
        });
        return replacements;
    }

    /** The stored mapping's readable lines, a value and its pseudonym, each value and each pseudonym once. */
    private static Map<String, String> storedMapping(String stored) {
        Map<String, String> mapping = new LinkedHashMap<>();
        Set<String> aliases = new HashSet<>();
        stored.lines().map(PSEUDONYM_LINE::matcher).filter(Matcher::matches)
                .filter(m -> !mapping.containsKey(m.group(1)) && aliases.add(m.group(2)))
                .forEach(m -> mapping.put(m.group(1), m.group(2)));
        return mapping;
    }

    /** The stored mapping with each of {@code values} it lacks numbered past the highest given. */
    private static Map<String, String> numbered(String stored, Set<String> values) {
        Map<String, String> mapping = storedMapping(stored);
        // Numbered past the highest given: a line lost to damage must not hand its number to another value.
        int given = mapping.values().stream().mapToInt(alias -> Integer.parseInt(alias.substring(1))).max().orElse(0);
        for (String value : values) {
            if (!mapping.containsKey(value)) {
                mapping.put(value, String.format(Locale.ROOT, "P%02d", ++given));
            }
        }
        return mapping;
    }

    /**
     * Refuses a pseudonymised export of a project with no attribute marked sensitive: it would replace no name and
     * still be called pseudonymised (the window asks which attributes hold names; a command cannot).
     */
    private static ParallaxException nothingMarked(Project project, List<Document> documents) {
        String file = project.store.location().displayName();
        List<String> own = SettingsCheck.attributeNames(documents).stream().sorted().toList();
        String example = own.isEmpty() || own.contains("speaker") ? "speaker" : own.get(0);
        return new ParallaxException(file + ": not exported: no document attribute is marked sensitive, so a "
                + "pseudonymised export would replace no name; mark the attributes that hold names first"
                + (project.inTheWindow ? ": File → Export → Pseudonymise every export asks which when it is ticked"
                : ", e.g. " + project.sensitiveCommand(example)) + " (the documents' own attributes: "
                + (own.isEmpty() ? "none" : String.join(", ", own)) + ")");
    }

    /** The forms given for sensitive values, each with the value it stands for, in the order given. */
    static Map<String, String> forms(Project project) {
        return forms(project.settings.get(FORMS_SETTING).orElse(""));
    }

    private static Map<String, String> forms(String stored) {
        Map<String, String> forms = new LinkedHashMap<>();
        stored.lines().map(PSEUDONYM_FORM::matcher).filter(Matcher::matches)
                .forEach(m -> forms.putIfAbsent(m.group(1), m.group(2)));
        return forms;
    }

    /**
     * Makes {@code form} another form of {@code value}, which must be the value of a sensitive attribute of some
     * document: a form of a mistyped value would never be replaced, and the name it hides would go out unchanged.
     */
    static void addForm(Project project, String value, String form) {
        String v = value.strip();
        String f = Names.clean(form);
        if (f.isEmpty()) {
            throw new ParallaxException("a form of '" + FileNames.shown(v) + "' cannot be empty");
        }
        if (!sensitiveValues(project).contains(v)) {
            throw new ParallaxException("'" + FileNames.shown(v) + "' is the value of no sensitive attribute of any "
                    + "document, so a form of it would never be replaced; give the value exactly as a document's "
                    + "sensitive attribute holds it");
        }
        SettingUpdates.update(project, FORMS_SETTING, stored -> {
            Map<String, String> forms = forms(stored);
            forms.remove(f);
            forms.put(f, v);
            return formsText(forms);
        });
    }

    static boolean removeForm(Project project, String form) {
        String taken = form.strip();
        boolean[] removed = {false};
        SettingUpdates.update(project, FORMS_SETTING, stored -> {
            Map<String, String> forms = forms(stored);
            // Set on every run of the transaction: the last run is the one saved.
            removed[0] = forms.remove(taken) != null;
            return removed[0] ? formsText(forms) : stored;
        });
        return removed[0];
    }

    private static String formsText(Map<String, String> forms) {
        StringBuilder saved = new StringBuilder();
        forms.forEach((form, value) -> saved.append(form).append('\t').append(value).append('\n'));
        return saved.toString();
    }

    /**
     * Keeps a pseudonym for each sensitive value the documents hold now, before some are removed: evidence keeps a
     * removed document's title and quotes, which a pseudonymised export must still replace once no document holds the
     * value (the report named "Interview with Sergei Volkov" in the clear). Numbered in the documents' order, as an
     * export now would; nothing is written when nothing is marked, every value has one already, or the session may not
     * write the settings.
     */
    static void keepValues(Project project) {
        if (!sensitiveAttributes(project).isEmpty()) {
            replacements(project, project.documents.list(), true);
        }
    }

    /** The values the sensitive attributes have in the project's documents, in document order. */
    static List<String> sensitiveValues(Project project) {
        return sensitiveValues(project, project.documents.list());
    }

    static List<String> sensitiveValues(Project project, List<Document> documents) {
        List<String> sensitive = sensitiveAttributes(project);
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (Document d : documents) {
            for (String attribute : sensitive) {
                String value = d.meta().attributes().get(attribute);
                if (value != null && !value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return List.copyOf(values);
    }

    /**
     * The values the stored mapping gives pseudonyms, whether or not a document still holds them: an export replaces
     * each, and a word two of them share (a given name) it leaves as it is.
     */
    static List<String> mappedValues(Project project) {
        return project.settings.get(MAPPING_SETTING).orElse("").lines().map(PSEUDONYM_LINE::matcher)
                .filter(Matcher::matches).map(m -> m.group(1)).toList();
    }

    /** The first line of stored forms that is not a form, a tab and its value. */
    static Optional<String> unreadableFormLine(String stored) {
        List<String> lines = stored.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!PSEUDONYM_FORM.matcher(lines.get(i)).matches()) {
                return Optional.of("line " + (i + 1));
            }
        }
        return Optional.empty();
    }

    /** A stored form line: a form, a tab and the value it stands for. */
    private static final Pattern PSEUDONYM_FORM = Pattern.compile("([^\t]+)\t([^\t]+)");

    /** A stored line: a value, a tab and its pseudonym. */
    static final Pattern PSEUDONYM_LINE = Pattern.compile("([^\t]+)\t(P[0-9]{2,9})");

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
        return unknownSensitive(project, project.documents.list());
    }

    /**
     * A line for each sensitive attribute no document has (a name mistyped, or marked before the documents that hold
     * it were imported), naming the attributes the documents do have and how to take the mark off: while it is
     * marked, every pseudonymised export is refused.
     */
    static List<String> unknownSensitiveLines(Project project) {
        List<Document> documents = project.documents.list();
        List<String> unknown = unknownSensitive(project, documents);
        if (unknown.isEmpty()) {
            return List.of();
        }
        Set<String> own = SettingsCheck.attributeNames(documents);
        String theirs = " (the documents' attributes: " + (own.isEmpty() ? "none" : String.join(", ", own)) + ")";
        return unknown.stream().map(name -> "no document has the attribute '" + name + "'" + theirs
                + ": pseudonymised exports are refused while it is marked sensitive; take it off with "
                + project.sensitiveCommand("--unmark '" + name + "'") + " if it was meant for another").toList();
    }

    private static List<String> unknownSensitive(Project project, List<Document> documents) {
        List<String> sensitive = sensitiveAttributes(project);
        if (sensitive.isEmpty()) {
            return List.of();
        }
        Set<String> known = SettingsCheck.attributeNames(documents);
        return sensitive.stream().filter(name -> !known.contains(name)).toList();
    }

    static List<String> sensitiveAttributes(Project project) {
        return sensitiveAttributes(project, project.settings.get(SENSITIVE_SETTING).orElse(""));
    }

    /** The attributes {@code stored} marks, with those marked for this session only. */
    private static List<String> sensitiveAttributes(Project project, String stored) {
        List<String> marked = stored.lines().filter(l -> !l.isBlank()).toList();
        if (project.sensitiveThisSession.isEmpty()) {
            return marked;
        }
        LinkedHashSet<String> names = new LinkedHashSet<>(marked);
        names.addAll(project.sensitiveThisSession);
        return List.copyOf(names);
    }

    static void markSensitive(Project project, String attribute) {
        SettingUpdates.update(project, SENSITIVE_SETTING, stored -> {
            // Marking order is kept: pseudonyms are numbered by document, then by this order.
            LinkedHashSet<String> names = new LinkedHashSet<>(sensitiveAttributes(project, stored));
            names.add(attribute.strip());
            return String.join("\n", names);
        });
    }

    static void unmarkSensitive(Project project, String attribute) {
        SettingUpdates.update(project, SENSITIVE_SETTING, stored -> {
            List<String> names = new ArrayList<>(sensitiveAttributes(project, stored));
            names.remove(attribute.strip());
            return String.join("\n", names);
        });
    }

    /** True when there is anything to replace. */
    boolean active() {
        return pattern != null || coders.active();
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
                        p.start(), p.end(), quote(p.quote()), text(p.documentTitle()), p.documentDate(), text(p.actor()),
                        p.status())).toList());
    }

    CausalEvent event(CausalEvent e) {
        return new CausalEvent(e.id(), e.date(), text(e.label()), text(e.description()));
    }

    /**
     * A file's own name with its pseudonyms, where also a word of a value or of a coder's name written small is one
     * ("miller_interview.csv" becomes "P01_interview.csv", "kowalski notes.csv" "Coder 1 notes.csv"): a file name has
     * no sentences, its words are often all small, and it goes wherever the file goes.
     */
    String fileName(String name) {
        return replace(name, true, null, true).text();
    }

    /** The text with every pseudonymised value swapped, and where each old offset lands in it. */
    Replaced replace(String text) {
        return replace(text, false, null, true);
    }

    /**
     * A passage quoted from a document, apart from it: its words are the document's, so a coder's login that is also
     * an ordinary word of the text stays as the document has it.
     */
    String quote(String text) {
        return replace(text, false, null, false).text();
    }

    private Replaced replace(String text, boolean anyCase, Set<String> own, boolean coderNames) {
        if (text == null || !active()) {
            return new Replaced(text, List.of());
        }
        List<NameMatcher.Found> found = new ArrayList<>();
        if (pattern != null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String spelt = m.group(1).toLowerCase(Locale.ROOT);
                String alias = byLowerCase.get(spelt);
                if (anyCase || !oneWord.contains(spelt) || readsAsTheName(text, m.start(), m.end(), own, alias)) {
                    found.add(new NameMatcher.Found(m.start(), m.end(), alias));
                }
            }
            found.addAll(written.find(text, own));
            if (anyCase) {
                found.addAll(written.findInAnyCase(text));
            }
        }
        if (coderNames) {
            // A document's own text keeps its words: a coder's login may be an ordinary word of it.
            found.addAll(coders.find(text, anyCase));
        }
        // The value as stored and as written otherwise may overlap: the earliest, then the longest, is replaced.
        found.sort(Comparator.comparingInt(NameMatcher.Found::start)
                .thenComparing(Comparator.comparingInt(NameMatcher.Found::end).reversed()));
        StringBuilder out = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int last = 0;
        for (NameMatcher.Found f : found) {
            if (f.start() < last) {
                continue;
            }
            out.append(text, last, f.start());
            spans.add(new int[] {f.start(), f.end(), out.length(), f.alias().length()});
            out.append(f.alias());
            last = f.end();
        }
        out.append(text.substring(last));
        return new Replaced(out.toString(), spans);
    }

    /**
     * Whether a value of one word ("Mark") reads as the name where it stands, as a coder's login does
     * ({@link CoderWordReading}): a word the documents also write small, as an ordinary word, is the word where it is
     * written small ("we must mark the date") or begins a sentence of a text that names no one by it, and a month's or
     * day's name is the date beside a number ("May 3", "in May"); anywhere else, and in any case when the documents
     * never write it small, it is the name. In the person's own document a sentence it begins names them. What is left
     * {@link NameMatcher} may still take as the name (the documents name the person by it), and {@link PartsLeftAlone}
     * names.
     */
    private boolean readsAsTheName(String text, int start, int end, Set<String> own, String alias) {
        CoderWordReading.Reading read = reading.of(text, start, end);
        return read == CoderWordReading.Reading.NAME || read == CoderWordReading.Reading.PSEUDONYMS_WORD
                || read == CoderWordReading.Reading.SENTENCE_START && own != null && own.contains(alias);
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
