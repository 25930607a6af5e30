package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.NearestVectors;
import org.parallax.embedding.SentenceEmbedder;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.LabelScore;
import org.parallax.model.Segment;

/**
 * The semantic method's memory: the sentence embeddings of the English units learnt from, and of each code's entry in
 * the frame guide (its definition with its inclusion rule, and its anchor examples), all labelled with their codes.
 * A unit is judged by its k nearest entries by cosine, so a code can be suggested because the unit resembles passages
 * coded with it or because it resembles what the guide says the code is. Units of other languages are not here: the
 * model reads English only, and the assistant gives those documents the lexical method.
 */
final class SemanticNeighbours {
    /**
     * Coded units embedded at most (a uniform sample beyond it, the first of the lexical sample's key order).
     * Embedding costs milliseconds per unit where indexing costs microseconds, so this budget is far below the
     * lexical one: on two cores 3,000 coded units and their share of uncoded ones take about a minute.
     */
    static final int MAX_CODED = 3_000;
    /** Uncoded units embedded at most; below it they keep their natural share, as in the lexical method. */
    static final int MAX_UNCODED = 6_000;

    private final SentenceEmbedder embedder;
    private final NearestVectors vectors;
    private final int neighbours;

    private SemanticNeighbours(SentenceEmbedder embedder, NearestVectors vectors, int neighbours) {
        this.embedder = embedder;
        this.vectors = vectors;
        this.neighbours = neighbours;
    }

    /** A unit to learn from: its part (fold), document, text and codes (empty: uncoded). */
    record Example(int part, long document, String text, List<String> labels) {
    }

    /**
     * Embeds the examples (coded ones and uncoded ones, each list a uniform sample in key order, budgeted here) and
     * the guide entries of {@code codes}. An anchor example lies in the part of its document ({@code folds}), so the
     * evaluation never learns from an anchor in a held-out document.
     */
    static SemanticNeighbours build(Project project, AssistantSettings settings, List<Example> coded,
                                    List<Example> uncoded, Map<Long, Code> codes, Map<Long, Integer> folds) {
        List<Example> kept = new ArrayList<>(coded.subList(0, Math.min(coded.size(), MAX_CODED)));
        long uncodedKept = Math.min(MAX_UNCODED,
                Math.round((double) uncoded.size() * kept.size() / Math.max(1, coded.size())));
        kept.addAll(uncoded.subList(0, (int) Math.min(uncoded.size(), uncodedKept)));
        kept.addAll(guide(project, codes, folds));
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        float[][] embedded = embedder.embed(kept.stream().map(Example::text).toList());
        List<NearestVectors.Entry> entries = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Example e = kept.get(i);
            entries.add(new NearestVectors.Entry(e.part(), e.document(), embedded[i], e.labels()));
        }
        return new SemanticNeighbours(embedder, new NearestVectors(embedder.dimension(), entries),
                settings.neighbours());
    }

    /** Each code's definition (with its inclusion rule) and its anchor examples in English documents. */
    private static List<Example> guide(Project project, Map<Long, Code> codes, Map<Long, Integer> folds) {
        List<Example> out = new ArrayList<>();
        for (Code code : codes.values()) {
            String text = join(code.definition(), code.inclusion());
            if (!text.isBlank()) {
                out.add(new Example(NearestVectors.EVERY_PART, -1, text, List.of(String.valueOf(code.id()))));
            }
        }
        project.codebook.anchors().forEach((codeId, segmentIds) -> {
            if (!codes.containsKey(codeId)) {
                return;
            }
            for (long segmentId : segmentIds) {
                Segment s = project.segments.get(segmentId).orElse(null);
                Document d = s == null ? null : project.documents.get(s.documentId()).orElse(null);
                if (d != null && AssistantUnits.english(d)) {
                    String quote = project.documents.text(d.id()).substring(s.start(), s.end());
                    out.add(new Example(folds.getOrDefault(d.id(), NearestVectors.EVERY_PART), d.id(), quote,
                            List.of(String.valueOf(codeId))));
                }
            }
        });
        return out;
    }

    private static String join(String definition, String inclusion) {
        String a = definition == null ? "" : definition.strip();
        String b = inclusion == null ? "" : inclusion.strip();
        return a.isEmpty() || b.isEmpty() ? a + b : a + " " + b;
    }

    /** Entries embedded (units and guide entries). */
    int size() {
        return vectors.size();
    }

    /**
     * Every label the k nearest entries carry for each text, learnt from all parts but {@code heldOut}
     * ({@link NearestVectors#NONE}: all) and without the entries of document {@code excluded} (-1: none).
     */
    List<List<LabelScore>> classify(List<String> texts, int heldOut, long excluded) {
        float[][] queries = embedder.embed(texts);
        List<List<LabelScore>> out = new ArrayList<>(texts.size());
        for (float[] query : queries) {
            out.add(vectors.classify(query, neighbours, heldOut, excluded));
        }
        return out;
    }
}
