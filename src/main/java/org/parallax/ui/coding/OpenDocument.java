package org.parallax.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Segment;

/** A document as shown: text, passages, their highlight runs and the codebook they refer to. */
public record OpenDocument(long id, String title, String text, List<Segment> passages, List<HighlightRun> runs,
                           Codebook codebook) {

    static OpenDocument of(long id, String title, String text, List<Segment> passages, Codebook codebook) {
        return new OpenDocument(id, title, text, List.copyOf(passages), HighlightRuns.of(text.length(), passages),
                codebook);
    }

    OpenDocument withPassages(List<Segment> passages, Codebook book) {
        return of(id, title, text, passages, book);
    }

    /** The inline CSS of each run, in order, for the text area's style spans. */
    public List<String> runStyles() {
        Map<Long, Code> codes = codebook.codesById();
        List<String> styles = new ArrayList<>(runs.size());
        for (HighlightRun run : runs) {
            List<String> colors = run.codeIds().stream()
                    .map(id -> codes.containsKey(id) ? codes.get(id).color() : null)
                    .toList();
            styles.add(HighlightStyle.css(colors));
        }
        return styles;
    }
}
