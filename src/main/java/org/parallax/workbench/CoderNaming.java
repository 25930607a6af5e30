package org.parallax.workbench;

import java.util.Map;
import org.parallax.io.SegmentRow;
import org.parallax.model.MemoRow;

/**
 * A coder named in a file as the file names them: by pseudonym while the project pseudonymises its coders
 * ({@link CoderPseudonyms}), otherwise by name. A writer that names a coder itself — a passage's coder, the coder
 * the assistant learnt from, the layers a count reads — takes the name from here before it writes the sentence,
 * rather than writing the login and leaving it to {@link Pseudonyms} to find in the text: a login that is also an
 * ordinary word ("ann" beside "an", "may") may read there as the word and go out unreplaced. The rows and names
 * that feed the writers (passages, memos, the coders compared for agreement, a .qdpx's users, the layers counted)
 * are named here where they are made, so a sentence a writer builds from them names the coder as the file does.
 */
final class CoderNaming {
    private final Map<String, String> pseudonyms;

    private CoderNaming(Map<String, String> pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    static CoderNaming of(Project project) {
        return new CoderNaming(CoderPseudonyms.of(project));
    }

    /** {@link #of(Project)} for output that is {@code written} (a file, a pseudonymised listing), else the names. */
    static CoderNaming of(Project project, boolean written) {
        return written ? of(project) : new CoderNaming(Map.of());
    }

    /** The coder {@code name} as files name them; the assistant's layer and a name no coder has stay as they are. */
    String coder(String name) {
        return name == null ? null : pseudonyms.getOrDefault(name, name);
    }

    /**
     * An assistant's provenance line with the coder it learnt from ("coder=ann seed=7", as
     * {@link AssistantSettings#describe} writes it) named as files name them.
     */
    String provenance(String line) {
        if (line == null || pseudonyms.isEmpty()) {
            return line;
        }
        String named = line;
        for (Map.Entry<String, String> e : pseudonyms.entrySet()) {
            named = named.replace(" coder=" + e.getKey() + " seed=", " coder=" + e.getValue() + " seed=");
        }
        return named;
    }

    /** The row with its coder and its provenance's coder named as files name them. */
    SegmentRow row(SegmentRow r) {
        if (pseudonyms.isEmpty()) {
            return r;
        }
        return new SegmentRow(r.segmentId(), r.documentId(), r.title(), r.date(), r.type(), r.actor(), r.scenario(),
                r.codeId(), r.code(), r.frame(), coder(r.coder()), r.start(), r.end(), r.text(), r.memo(), r.created(),
                provenance(r.provenance()));
    }

    /** The memo row with its author and last editor named as files name them. */
    MemoRow memo(MemoRow r) {
        if (pseudonyms.isEmpty()) {
            return r;
        }
        return new MemoRow(r.memoId(), r.kind(), r.targetId(), r.about(), r.documentId(), r.document(), r.codeId(),
                r.code(), r.passage(), coder(r.author()), coder(r.lastEditedBy()), r.created(), r.modified(), r.text());
    }

    /** The layers counted and present, each coder named as files name them. */
    CountedLayers layers(CountedLayers layers) {
        return pseudonyms.isEmpty() ? layers : new CountedLayers(layers.counted().stream().map(this::coder).toList(),
                layers.present().stream().map(this::coder).toList(), layers.blind());
    }
}
