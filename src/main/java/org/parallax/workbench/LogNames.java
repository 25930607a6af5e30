package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parallax.model.LoneSurrogates;
import org.parallax.model.TextLimits;
import org.parallax.store.OutsideChange.Part;
import org.parallax.store.ServerLostException;

/**
 * The names the log file may not hold (docs/refi-qda.md#pseudonymised-export): the values of sensitive attributes and
 * their forms, and the coders' names while a project pseudonymises them, of every project open in this process. The
 * log replaces them as a file's own name loses them, every word of a name in any case ({@link Pseudonyms#fileName}):
 * the window logged "…/maria_kowalski codes.csv: not written: the file's own name holds a name …" with the very name
 * it refused to write, and a log goes wherever a bug report goes. Nothing is read from a project while a line is
 * logged: the names are taken when a project opens and after each commit of its own ({@link
 * org.parallax.store.ProjectStore#onOwnCommit}) or of another program or team member that wrote its documents, coders
 * or settings. Taken only at opening and at exports, a name given since (an interviewee's value typed in Details, a
 * coder added or renamed, an attribute marked sensitive) went into the log as it was until then; taken after every
 * commit, coding one passage read the settings twice (a team server's round trip each) for names it cannot change.
 */
final class LogNames {
    private static final Logger LOG = Logger.getLogger(LogNames.class.getName());
    /** Weakly held: a project left unclosed is not kept alive by its log. */
    private static final Map<Project, Pseudonyms> OPEN = Collections.synchronizedMap(new WeakHashMap<>());
    /** Guarded by {@link #OPEN}: the number of the reading each project's names in {@link #OPEN} came from. */
    private static final Map<Project, Long> READ_AS = new WeakHashMap<>();
    private static final AtomicLong READINGS = new AtomicLong();
    /**
     * Guarded by {@link #OPEN}: what was typed into a field that holds names (a sensitive attribute, a pseudonymised
     * coder's name) and refused, so never saved where the names above are read from, while the refusal quoting it is
     * logged. Kept while the project is open: it may be typed again.
     */
    private static final Map<Project, Map<String, String>> TYPED = new WeakHashMap<>();
    /** Guarded by {@link #OPEN}: {@link #TYPED} as the log replaces it. */
    private static final Map<Project, Pseudonyms> TYPED_HIDDEN = new WeakHashMap<>();
    /** What stands in the log for a name typed and not saved, which has no pseudonym. */
    static final String TYPED_NAME = "(a name typed)";

    private LogNames() {
    }

    /** Whether a commit that wrote {@code parts} of a project may have changed the names: they come from these. */
    static boolean drawnFrom(Set<Part> parts) {
        return parts.contains(Part.DOCUMENTS) || parts.contains(Part.CODERS) || parts.contains(Part.SETTINGS);
    }

    /**
     * Takes the names of {@code project} as its settings and documents hold them now, keeping nothing new. No lock is
     * held while they are read: the read waits for the store, which a thread telling another member's change holds
     * while it calls this, so a lock taken here first and the store's second (after an own commit) deadlocked the two.
     * Names from a reading begun before another's never replace that other's.
     */
    static void take(Project project) {
        long reading = READINGS.incrementAndGet();
        try {
            boolean values = !Pseudonyms.sensitiveAttributes(project).isEmpty();
            if (values || CoderPseudonyms.on(project)) {
                keep(project, reading, values ? Pseudonyms.replacements(project, project.reads.documents(), false)
                        : Map.of(), CoderPseudonyms.of(project, false));
            }
        } catch (RuntimeException e) {
            // Unreadable settings are for the project's check to name; the log then keeps what it had.
            LOG.log(Level.FINE, "the names the log hides could not be read", e);
        }
    }

    /** {@code values}: each value and form with its pseudonym; {@code coders}: each coder's name with theirs. */
    static void hide(Project project, Map<String, String> values, Map<String, String> coders) {
        keep(project, READINGS.incrementAndGet(), values, coders);
    }

    private static void keep(Project project, long reading, Map<String, String> values, Map<String, String> coders) {
        Pseudonyms names = values.isEmpty() && coders.isEmpty() ? null
                : new Pseudonyms(values, List.of(), SentenceStarts.NONE, new CoderNamesInTexts(coders, List::of));
        synchronized (OPEN) {
            Long kept = READ_AS.get(project);
            if (kept != null && kept > reading) {
                return;
            }
            READ_AS.put(project, reading);
            if (names == null) {
                OPEN.remove(project);
            } else {
                OPEN.put(project, names);
            }
        }
    }

    /**
     * Runs {@code save}, a save of what was {@code typed} into a field that holds names (asked only when it fails);
     * when it fails, its message, which may quote what was typed ("value of attribute 'speaker' 'Sergei Volkov…' has
     * 2,400 characters"), is logged with that hidden: whole, each word of it and as far as a message shows it.
     */
    static <T> T hidingTyped(Project project, Supplier<Collection<String>> typed, Supplier<T> save) {
        try {
            return save.get();
        } catch (ServerLostException lost) {
            // The session's own words about the server, quoting nothing typed; asking the settings what to hide
            // would wait out a second reconnection (30 s more) on a server just found unreachable.
            throw lost;
        } catch (RuntimeException e) {
            Map<String, String> words = new LinkedHashMap<>();
            for (String value : typed.get()) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                String shown = TextLimits.shown(value);
                for (String form : List.of(value.strip(), LoneSurrogates.replaced(value).strip(),
                        shown.endsWith("…") ? shown.substring(0, shown.length() - 1) : shown)) {
                    words.putIfAbsent(form, TYPED_NAME);
                    for (int[] word : NameMatcher.words(form)) {
                        if (form.codePointCount(word[0], word[1]) >= 3) {
                            words.putIfAbsent(form.substring(word[0], word[1]), TYPED_NAME);
                        }
                    }
                }
            }
            synchronized (OPEN) {
                if (!words.isEmpty() && !Long.valueOf(Long.MAX_VALUE).equals(READ_AS.get(project))) {
                    Map<String, String> all = TYPED.computeIfAbsent(project, p -> new LinkedHashMap<>());
                    all.putAll(words);
                    TYPED_HIDDEN.put(project, new Pseudonyms(Map.copyOf(all)));
                }
            }
            throw e;
        }
    }

    static void forget(Project project) {
        synchronized (OPEN) {
            TYPED.remove(project);
            TYPED_HIDDEN.remove(project);
            OPEN.remove(project);
            READ_AS.put(project, Long.MAX_VALUE);  // a reading still under way keeps nothing of a closed project
        }
    }

    /** {@code text} with every name of an open project replaced by its pseudonym. */
    static String hidden(String text) {
        List<Pseudonyms> open;
        synchronized (OPEN) {
            open = new ArrayList<>(OPEN.values());
            open.addAll(TYPED_HIDDEN.values());
        }
        String hidden = text;
        for (Pseudonyms names : open) {
            hidden = names.fileName(hidden);
        }
        return hidden;
    }
}
