package org.parallax.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.parallax.io.refi.ExchangeProject.Note;
import org.parallax.io.refi.TracingNotes;
import org.parallax.io.refi.TracingNotes.EventNote;
import org.parallax.io.refi.TracingNotes.EvidenceNote;
import org.parallax.io.refi.TracingNotes.HypothesisNote;
import org.parallax.io.refi.TracingNotes.Range;
import org.parallax.io.refi.TracingNotes.SetNote;
import org.parallax.model.CausalEvent;
import org.parallax.model.Document;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Likelihood;
import org.parallax.model.ParallaxException;
import org.parallax.model.PassageStatus;
import org.parallax.model.Segment;
import org.parallax.store.StoreException;
import org.parallax.store.TracingStore.QuotedPassage;

/**
 * Process tracing in a REFI-QDA exchange (docs/refi-qda.md): each hypothesis set, evidence item and event travels as a
 * note ({@link TracingNotes}); an item's passages are the selections that refer to its note, the coded passage's own
 * selection when it is still as quoted, else a selection of its own without a code.
 */
final class ExchangeTracing {
    /** A passage linked to an evidence note: {@code [start, end)} of a document, coded with {@code codeId} or not. */
    record Link(String noteGuid, String selectionGuid, long documentId, int start, int end, Long codeId) {
    }

    /**
     * An evidence passage that is no coded passage now: a plain selection of its document carrying the note, named
     * {@code guid} (the note names it too, beside the quote and what became of the passage).
     */
    record PlainSelection(long documentId, int start, int end, String noteGuid, String guid) {
    }

    /**
     * What an export adds: the notes, note references per coded passage, and plain selections; {@code unlinked}, one
     * line for each evidence item none of whose passages the file can hold, which reading the file back leaves out.
     */
    record Export(List<Note> notes, Map<Long, List<String>> bySegment, List<PlainSelection> plain,
                  List<String> unlinked) {
    }

    private final Project project;
    private final List<CausalEvent> addedEvents = new ArrayList<>();

    ExchangeTracing(Project project) {
        this.project = project;
    }

    /**
     * The tracing notes of the whole project; {@code id} makes a stable GUID, {@code text} pseudonymises what the
     * analyst wrote and {@code quote} the passages quoted, whose words are the document's: a coder's login that is also
     * an ordinary word of the text ("mark the date") stays, as it does in the document.
     */
    Export export(Function<String, String> id, Function<String, String> text, Function<String, String> quote) {
        List<Note> notes = new ArrayList<>();
        Map<Long, List<String>> bySegment = new HashMap<>();
        List<PlainSelection> plain = new ArrayList<>();
        List<String> unlinked = new ArrayList<>();
        for (HypothesisSet set : project.tracing.sets()) {
            // Names too: a hypothesis, a set or a dependency group may be named after an interviewee.
            String setName = text.apply(set.name());
            SetNote setNote = new SetNote(setName, text.apply(set.description()), set.hypotheses().stream()
                    .map(h -> new HypothesisNote(text.apply(h.name()), text.apply(h.statement()), h.prior(),
                            h.catchAll())).toList());
            notes.add(new Note(id.apply("hypothesis set:" + set.name()), "Hypothesis set: " + setName,
                    TracingNotes.text(setNote), null, null));
            // In blind mode only the items resting on what the viewer may read travel, as their passages do.
            for (Evidence e : ShownEvidence.of(project, set).items()) {
                Map<String, Range> likelihoods = new LinkedHashMap<>();
                for (Hypothesis h : set.hypotheses()) {
                    Likelihood l = e.likelihood(h);
                    likelihoods.put(text.apply(h.name()), new Range(l.low(), l.high()));
                }
                String guid = id.apply("evidence:" + set.name() + ":" + e.id());
                List<String> selections = new ArrayList<>();
                boolean linked = false;
                for (EvidencePassage p : e.passages()) {
                    String selection = null;
                    if (p.segmentId() != null && p.status() == PassageStatus.CURRENT) {
                        bySegment.computeIfAbsent(p.segmentId(), k -> new ArrayList<>()).add(guid);
                        linked = true;
                    } else if (stillReads(p)) {
                        selection = id.apply("evidence selection:" + project.documents.get(p.documentId())
                                .orElseThrow().contentHash() + ":" + p.start() + ":" + p.end() + ":" + guid);
                        plain.add(new PlainSelection(p.documentId(), p.start(), p.end(), guid, selection));
                        linked = true;
                    }
                    selections.add(selection);
                }
                EvidenceNote note = new EvidenceNote(setName, e.id(), text.apply(e.description()),
                        text.apply(e.note()), e.eventDate() == null ? null : e.eventDate().toString(),
                        text.apply(e.group()), likelihoods,
                        e.passages().stream().map(p -> quote.apply(p.quote())).toList(),
                        e.passages().stream().map(ExchangeTracing::gone).toList(), selections);
                notes.add(new Note(guid, "Evidence #" + e.id() + " (" + setName + ")", TracingNotes.text(note),
                        null, null));
                if (!linked) {
                    // The ledger here counts it; one made from the file would not, and the export would say nothing.
                    unlinked.add("Evidence #" + e.id() + " of '" + setName + "' rests on no passage the file holds ("
                            + whyNot(e, text) + "): the file keeps its note and quotes, but a project made from the "
                            + "file leaves it out of the set's ledger");
                }
            }
        }
        for (CausalEvent event : project.tracing.events()) {
            // A label may name a person as a description may ("Volkov appointed").
            String label = text.apply(event.label());
            notes.add(new Note(id.apply("event:" + event.date() + ":" + event.label()), "Event: " + label + " ("
                    + event.date() + ")", TracingNotes.text(new EventNote(event.date().toString(), label,
                    text.apply(event.description()))), null, null));
        }
        return new Export(notes, bySegment, plain, unlinked);
    }

    /**
     * How a passage went or changed, for the file to say so: a coded passage's text as quoted travels as a selection
     * without a code, which a project made from the file would otherwise take for a plain selection, current; a removed
     * document's passage travels in the note's words alone.
     */
    private static String gone(EvidencePassage p) {
        return p.status() == PassageStatus.CURRENT ? null : p.status().label();
    }

    /** Why none of the item's passages is in the file: the documents removed, by title as recorded, or else. */
    private static String whyNot(Evidence e, Function<String, String> text) {
        List<String> removed = e.passages().stream().filter(p -> p.status() == PassageStatus.DOCUMENT_REMOVED)
                .map(p -> "“" + text.apply(p.documentTitle()) + "”").distinct().toList();
        if (removed.isEmpty()) {
            return "its document no longer reads as quoted";
        }
        return (removed.size() == 1 ? "its document " + removed.get(0) + " was" : "its documents "
                + String.join(", ", removed) + " were") + " removed from the project";
    }

    /** Whether the document still holds the quoted text at the quoted offsets (a passage since deleted, say). */
    private boolean stillReads(EvidencePassage p) {
        if (project.documents.get(p.documentId()).isEmpty()) {
            return false;
        }
        String text = project.documents.text(p.documentId());
        return p.end() <= text.length() && text.substring(p.start(), p.end()).equals(p.quote());
    }

    /**
     * Imports the tracing notes a file carries, inside the import's transaction: sets new to the project with their
     * evidence, and the events it does not hold (same date and label, as {@code event template} adds them). A set
     * already here (by name) is left as it is with its evidence; an item that cannot be read or checked, or whose
     * passages the file does not link, is left out. Each is one line in {@code problems}.
     *
     * @return how many sets, evidence items and events were added
     */
    int[] importNotes(Map<String, TracingNotes.TracingNote> notes, List<Link> links, List<String> problems) {
        Map<String, HypothesisSet> added = new HashMap<>();
        Map<String, List<Link>> linksByNote = new HashMap<>();
        links.forEach(l -> linksByNote.computeIfAbsent(l.noteGuid(), k -> new ArrayList<>()).add(l));
        int evidence = 0;
        for (TracingNotes.TracingNote n : notes.values()) {
            if (n instanceof SetNote set) {
                try {
                    addSet(set, problems).ifPresent(s -> added.put(key(s.name()), s));
                } catch (ParallaxException e) {
                    requireNoStoreFailure(e);
                    problems.add("Hypothesis set '" + set.name() + "': " + e.getMessage() + "; it and its evidence not "
                            + "imported");
                }
            }
        }
        for (Map.Entry<String, TracingNotes.TracingNote> n : notes.entrySet()) {
            if (!(n.getValue() instanceof EvidenceNote item)) {
                continue;
            }
            HypothesisSet set = item.set() == null ? null : added.get(key(item.set()));
            if (set == null) {
                if (item.set() == null || project.tracing.set(item.set()).isEmpty()) {
                    problems.add("Evidence #" + item.number() + ": its hypothesis set '" + item.set()
                            + "' is not in the file or was not imported; not imported");
                }
                continue;
            }
            List<Link> mine = linksByNote.getOrDefault(n.getKey(), List.of());
            try {
                addEvidence(set, item, mine);
                evidence++;
            } catch (ParallaxException e) {
                requireNoStoreFailure(e);
                problems.add("Evidence #" + item.number() + " of set '" + set.name() + "': " + e.getMessage()
                        + "; not imported");
            }
        }
        for (TracingNotes.TracingNote n : notes.values()) {
            if (n instanceof EventNote event) {
                try {
                    addEvent(event).ifPresent(addedEvents::add);
                } catch (ParallaxException e) {
                    requireNoStoreFailure(e);
                    problems.add("Event '" + event.label() + "' (" + event.date() + "): " + e.getMessage()
                            + "; not imported");
                }
            }
        }
        return new int[] {added.size(), evidence, addedEvents.size()};
    }

    /**
     * Rethrows a failure of the store itself: the import's transaction failed with it (on a team server every later
     * statement is refused), so the whole import stops, or runs again from its start after another member's same-moment
     * save; only the item's own refusal is a problem line. Caught as a problem, a set another member saved at the same
     * moment ended the import in "current transaction is aborted".
     */
    private static void requireNoStoreFailure(ParallaxException e) {
        if (e instanceof StoreException) {
            throw e;
        }
    }

    /** The events {@link #importNotes} added, for undo to take out. */
    List<CausalEvent> addedEvents() {
        return List.copyOf(addedEvents);
    }

    /**
     * Adds the event unless the project holds one of that date and label. A date after today, which {@code event add}
     * refuses, is kept: the exporting project held the event, and a wrong clock here must not drop it.
     */
    private java.util.Optional<CausalEvent> addEvent(EventNote note) {
        String label = ProcessTracing.limit(ProcessTracing.required(note.label(), "an event needs a label"));
        LocalDate date;
        try {
            date = LocalDate.parse(ProcessTracing.required(note.date(), "an event needs a date"));
        } catch (DateTimeParseException e) {
            throw new ParallaxException("its date '" + note.date() + "' is not yyyy-mm-dd");
        }
        if (project.tracing.events().stream().anyMatch(e -> e.date().equals(date) && e.label().equals(label))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(project.tracing.addEvent(date, label, note.description() == null
                || note.description().isBlank() ? null : ProcessTracing.limit(note.description().strip())));
    }

    private java.util.Optional<HypothesisSet> addSet(SetNote note, List<String> problems) {
        String name = ProcessTracing.required(note.name(), "a hypothesis set needs a name");
        if (project.tracing.set(name).isPresent()) {
            problems.add("Hypothesis set '" + name + "' is already in the project: it and its evidence are kept as "
                    + "they are here");
            return java.util.Optional.empty();
        }
        List<String> names = new ArrayList<>();
        double sum = 0;
        int catchAlls = 0;
        for (HypothesisNote h : note.hypotheses()) {
            String hName = ProcessTracing.required(h.name(), "a hypothesis needs a name");
            if (names.contains(key(hName))) {
                throw new ParallaxException("hypothesis " + hName + " appears twice");
            }
            names.add(key(hName));
            if (!(h.prior() >= 0 && h.prior() <= 1)) {
                throw new ParallaxException("the prior of " + hName + " is not between 0 and 1");
            }
            sum += h.prior();
            catchAlls += h.catchAll() ? 1 : 0;
        }
        if (sum > 1 + HypothesisSet.PRIOR_TOLERANCE || catchAlls > 1) {
            throw new ParallaxException(catchAlls > 1 ? "it has more than one catch-all" : "its priors sum to more "
                    + "than 1");
        }
        long setId = project.tracing.createSet(name, blankToNull(note.description()), project.now());
        for (HypothesisNote h : note.hypotheses()) {
            project.tracing.addHypothesis(setId, h.name().strip(), h.statement() == null || h.statement().isBlank()
                    ? h.name().strip() : ProcessTracing.limit(h.statement().strip()), h.prior(), h.catchAll());
        }
        return project.tracing.set(name);
    }

    private void addEvidence(HypothesisSet set, EvidenceNote item, List<Link> links) {
        set.requireComplete();
        Map<Long, Likelihood> likelihoods = new LinkedHashMap<>();
        for (Hypothesis h : set.hypotheses()) {
            Range r = item.likelihoods().entrySet().stream().filter(e -> key(e.getKey()).equals(key(h.name())))
                    .map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new ParallaxException("it gives no P(E|" + h.name() + ")"));
            likelihoods.put(h.id(), new Likelihood(r.low(), r.high()));
        }
        if (likelihoods.values().stream().allMatch(l -> l.high() == 0)) {
            throw new ParallaxException("P(E|H) is 0 for every hypothesis");
        }
        if (links.isEmpty()) {
            throw new ParallaxException("no passage of the file refers to it");
        }
        List<QuotedPassage> passages = new ArrayList<>();
        java.util.Set<Integer> paired = new java.util.HashSet<>();
        for (Link l : links) {
            QuotedPassage here = quote(l);
            // A selection without a code may be the text of a coded passage deleted where the item was recorded.
            passages.add(l.codeId() != null ? here : item.gone(l.selectionGuid(), here.quote(), paired)
                    .flatMap(ExchangeTracing::status)
                    .map(gone -> new QuotedPassage(null, here.documentId(), here.contentHash(), here.start(),
                            here.end(), here.quote(), here.documentTitle(), here.documentDate(), here.actor(), gone))
                    .orElse(here));
        }
        LocalDate date;
        try {
            date = item.eventDate() == null ? null : LocalDate.parse(item.eventDate());
        } catch (DateTimeParseException e) {
            throw new ParallaxException("its date '" + item.eventDate() + "' is not yyyy-mm-dd");
        }
        String description = item.description() == null || item.description().isBlank() ? passages.get(0).quote()
                : item.description().strip();
        project.tracing.addEvidence(set.id(), ProcessTracing.limit(description),
                item.note() == null || item.note().isBlank() ? null : ProcessTracing.limit(item.note().strip()), date,
                blankToNull(item.group()), likelihoods, passages, project.now());
    }

    /** The passage as it reads in the project now: the coded passage at that range and code, else a plain selection. */
    private QuotedPassage quote(Link link) {
        Document d = project.documents.get(link.documentId()).orElseThrow();
        String text = project.documents.text(d.id());
        Coding.requireValidRange(d, text, link.start(), link.end());
        Long segmentId = link.codeId() == null ? null : project.segments.ofDocument(d.id()).stream()
                .filter(s -> s.start() == link.start() && s.end() == link.end() && s.codeId() == link.codeId())
                .map(Segment::id).findFirst().orElse(null);
        return new QuotedPassage(segmentId, d.id(), d.contentHash(), link.start(), link.end(),
                text.substring(link.start(), link.end()), d.title(), d.meta().date(), d.meta().actor());
    }

    /** The status a file's word for a gone passage names; a word edited into another is read as nothing gone. */
    private static java.util.Optional<PassageStatus> status(String gone) {
        return java.util.stream.Stream.of(PassageStatus.CHANGED, PassageStatus.DELETED, PassageStatus.CODE_DELETED)
                .filter(s -> s.label().equals(gone)).findFirst();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
