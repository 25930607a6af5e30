package org.parallax.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.analysis.tracing.VerbalScale;
import org.parallax.model.Document;
import org.parallax.model.Evidence;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Likelihood;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.store.TracingStore.QuotedPassage;

/** Checks an {@link EvidenceRequest} against the set and the passages, quotes them, and records the item. */
final class EvidenceRecorder {
    /** A description made from the quote is cut here; the quote itself is kept whole. */
    private static final int DESCRIPTION_FROM_QUOTE = 120;

    private final Project project;
    private final ProcessTracing tracing;

    EvidenceRecorder(Project project, ProcessTracing tracing) {
        this.project = project;
        this.tracing = tracing;
    }

    Evidence add(EvidenceRequest request) {
        HypothesisSet set = tracing.set(request.setName());
        set.requireComplete();
        Map<Long, Likelihood> likelihoods = likelihoods(set, request.likelihoods(), Map.of());
        List<QuotedPassage> passages = passages(request);
        String description = request.description() == null || request.description().isBlank()
                ? shortened(passages.get(0).quote()) : ProcessTracing.limit(request.description().strip());
        String note = request.note() == null || request.note().isBlank() ? null
                : ProcessTracing.limit(request.note().strip());
        String group = request.group() == null || request.group().isBlank() ? null : request.group().strip();
        Instant now = project.now();
        long id = project.tracing.addEvidence(set.id(), description, note, request.date(), group, likelihoods,
                passages, now);
        project.history.record(EvidenceInOut.recording(project, id));
        project.fire(ProjectEvent.TRACING);
        return tracing.evidenceItem(set, id);
    }

    /**
     * Checks an edit in full before anything is written: the item, every likelihood given, the texts. A blank
     * description goes back to the quote, as when the item was recorded without one.
     */
    Evidence edit(EvidenceEdit edit) {
        HypothesisSet set = tracing.set(edit.setName());
        Evidence before = tracing.evidenceItem(set, edit.evidenceId());
        Map<Long, Likelihood> likelihoods = likelihoods(set, edit.likelihoods(), before.likelihoods());
        String description = edit.description() == null ? before.description()
                : edit.description().isBlank() ? shortened(quoteToDescribe(before))
                : ProcessTracing.limit(edit.description().strip());
        String note = edit.note() == null ? before.note()
                : edit.note().isBlank() ? null : ProcessTracing.limit(edit.note().strip());
        String group = edit.group() == null ? before.group() : edit.group().isBlank() ? null : edit.group().strip();
        LocalDate date = edit.clearDate() ? null : edit.date() != null ? edit.date() : before.eventDate();
        project.tracing.updateEvidence(before.id(), description, note, date, group, likelihoods);
        project.fire(ProjectEvent.TRACING);
        Evidence after = tracing.evidenceItem(set, before.id());
        project.history.record(new EvidenceChange(project, before, after));
        return after;
    }

    /** The quote a blank description goes back to: the first passage's; refused for an item resting on none. */
    private static String quoteToDescribe(Evidence item) {
        if (item.passages().isEmpty()) {
            throw new ParallaxException("Evidence #" + item.id() + " rests on no passage, so a blank description has "
                    + "no quote to go back to; give a description (nothing was changed)");
        }
        return item.passages().get(0).quote();
    }

    /**
     * One likelihood per hypothesis of the set, no more, no fewer, not all of them 0: those given, else those an
     * item already has ({@code kept}, empty for a new item).
     */
    private Map<Long, Likelihood> likelihoods(HypothesisSet set, Map<String, String> given, Map<Long, Likelihood> kept) {
        VerbalScale scale = tracing.verbalScale();
        Map<Long, Likelihood> byId = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            Hypothesis h = set.hypothesis(e.getKey()).orElseThrow(() -> new ParallaxException("Hypothesis set '"
                    + set.name() + "' has no hypothesis '" + e.getKey() + "' (it has " + names(set) + ")"));
            if (seen.put(h.name().toLowerCase(Locale.ROOT), e.getKey()) != null) {
                throw new ParallaxException("P(E|" + h.name() + ") is given twice");
            }
            try {
                byId.put(h.id(), scale.likelihood(e.getValue()));
            } catch (ParallaxException bad) {
                throw new ParallaxException("P(E|" + h.name() + "): " + bad.getMessage());
            }
        }
        kept.forEach(byId::putIfAbsent);
        List<String> missing = set.hypotheses().stream().filter(h -> !byId.containsKey(h.id()))
                .map(Hypothesis::name).toList();
        if (!missing.isEmpty()) {
            throw new ParallaxException("Evidence needs P(E|H) for every hypothesis of set '" + set.name()
                    + "'; missing: " + String.join(", ", missing) + " (e.g. --likelihood " + missing.get(0) + "=0.5)");
        }
        if (byId.values().stream().allMatch(l -> l.high() == 0)) {
            throw new ParallaxException("P(E|H) is 0 for every hypothesis: evidence no hypothesis allows cannot have "
                    + "been observed (add a catch-all or revise the likelihoods)");
        }
        return byId;
    }

    private List<QuotedPassage> passages(EvidenceRequest request) {
        List<QuotedPassage> passages = new ArrayList<>();
        for (long segmentId : request.segmentIds()) {
            // In blind mode another coder's passage is not there for the viewer: quoting it would show it.
            Segment s = project.segments.get(segmentId)
                    .filter(found -> !project.blind() || found.coderId() == project.activeCoder().id())
                    .orElseThrow(() -> project.noPassage(segmentId));
            passages.add(quote(s.id(), s.documentId(), s.start(), s.end()));
        }
        EvidenceRequest.Selection selection = request.selection();
        if (selection != null) {
            passages.add(quote(null, selection.documentId(), selection.start(), selection.end()));
        }
        if (passages.isEmpty()) {
            throw new ParallaxException("Evidence rests on at least one passage (--segment ID, or a selection)");
        }
        return passages;
    }

    private QuotedPassage quote(Long segmentId, long documentId, int start, int end) {
        Document d = project.documents.get(documentId)
                .orElseThrow(() -> project.noDocument(documentId));
        String text = project.documents.text(documentId);
        Coding.requireValidRange(d, text, start, end);
        return new QuotedPassage(segmentId, documentId, d.contentHash(), start, end, text.substring(start, end),
                d.title(), d.meta().date(), d.meta().actor());
    }

    private static String shortened(String quote) {
        String oneLine = quote.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= DESCRIPTION_FROM_QUOTE) {
            return oneLine;
        }
        int cut = DESCRIPTION_FROM_QUOTE;
        if (Character.isLowSurrogate(oneLine.charAt(cut))) {
            cut--;
        }
        return oneLine.substring(0, cut) + "…";
    }

    private static String names(HypothesisSet set) {
        return set.hypotheses().stream().map(Hypothesis::name).collect(Collectors.joining(", "));
    }
}
