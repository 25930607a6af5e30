package org.parallax.ui.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Segment;

/**
 * A document as shown: text, passages, their highlight runs, the codebook they refer to, the provenance
 * line of each passage the assistant suggested (by passage id), shown in the passage's details, and the text's
 * display lines (made with the text, off the JavaFX thread: they read the whole text).
 */
public record OpenDocument(long id, String title, String text, List<Segment> passages, List<HighlightRun> runs,
                           Codebook codebook, Map<Long, String> provenance, DisplayLines display) {

    public OpenDocument {
        provenance = Map.copyOf(provenance);
    }

    static OpenDocument of(long id, String title, String text, List<Segment> passages, Codebook codebook) {
        return of(id, title, DisplayLines.of(text), passages, codebook);
    }

    private static OpenDocument of(long id, String title, DisplayLines display, List<Segment> passages,
                                   Codebook codebook) {
        String text = display.stored();
        return new OpenDocument(id, title, text, List.copyOf(passages), HighlightRuns.of(text.length(), passages),
                codebook, Map.of(), display);
    }

    /** The same text (and display lines) with these passages. */
    OpenDocument withPassages(List<Segment> passages, Codebook book) {
        return of(id, title, display, passages, book);
    }

    OpenDocument withProvenance(Map<Long, String> lines) {
        return new OpenDocument(id, title, text, passages, runs, codebook, lines, display);
    }

    /**
     * The part of the text whose highlighting differs from {@code before} (same text assumed): the span of
     * the passages added or removed, or the whole text when the codebook (colours) changed.
     */
    TextRange changedSince(OpenDocument before) {
        if (!before.codebook().equals(codebook)) {
            return new TextRange(0, text.length());
        }
        Set<Segment> old = new HashSet<>(before.passages());
        Set<Segment> now = new HashSet<>(passages);
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (Segment s : passages) {
            if (!old.contains(s)) {
                from = Math.min(from, s.start());
                to = Math.max(to, s.end());
            }
        }
        for (Segment s : before.passages()) {
            if (!now.contains(s)) {
                from = Math.min(from, s.start());
                to = Math.max(to, s.end());
            }
        }
        return to < 0 ? new TextRange(0, 0) : new TextRange(Math.max(0, from), Math.min(text.length(), to));
    }

    /** The inline CSS of each run, in order, for the text area's style spans; passages with a memo are marked. */
    public List<String> runStyles() {
        return runStyles(new TextRange(0, text.length()));
    }

    /**
     * The inline CSS of each run that overlaps {@code range}, in order: a coded passage restyles only its own span,
     * and the styles of all of a long document's runs (thousands, each a set of colours) were made on the JavaFX
     * thread on every key press that coded.
     */
    public List<String> runStyles(TextRange range) {
        Map<Long, Code> codes = codebook.codesById();
        Set<Long> withMemo = new HashSet<>();
        passages.stream().filter(s -> s.memo() != null && s.start() < range.end() && range.start() < s.end())
                .forEach(s -> withMemo.add(s.id()));
        Map<List<Long>, String> cache = new HashMap<>();
        List<String> styles = new ArrayList<>();
        for (HighlightRun run : runs) {
            if (!overlaps(run, range)) {
                continue;
            }
            String css = cache.computeIfAbsent(run.codeIds(), ids -> HighlightStyle.css(ids.stream()
                    .map(id -> codes.containsKey(id) ? codes.get(id).color() : null)
                    .toList()));
            boolean memo = run.segmentIds().stream().anyMatch(withMemo::contains);
            styles.add(memo ? css + HighlightStyle.MEMO_MARK : css);
        }
        return styles;
    }

    /** Whether a run shares at least one character with {@code range}. */
    static boolean overlaps(HighlightRun run, TextRange range) {
        return Math.max(run.start(), range.start()) < Math.min(run.end(), range.end());
    }
}
