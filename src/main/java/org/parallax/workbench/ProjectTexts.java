package org.parallax.workbench;

import java.util.List;
import java.util.function.BiConsumer;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.Evidence;
import org.parallax.model.Frame;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;

/**
 * Every text of a project an export may carry besides its documents' texts — titles, attribute values, memos of every
 * kind, the codebook's names and definitions, coders' names and the process-tracing texts — each shown with the kind
 * of place it stands in (a singular noun, for {@link org.parallax.model.Counted}), so that a check of what a
 * pseudonymised export leaves can look where the export writes (docs/refi-qda.md#pseudonymised-export).
 */
final class ProjectTexts {
    static final String TITLE = "document title";
    static final String ATTRIBUTE = "attribute value";
    static final String MEMO = "memo";
    static final String PASSAGE_MEMO = "passage memo";
    static final String CODEBOOK = "code, frame or scenario text";
    static final String CODER = "coder name";
    static final String TRACING = "process-tracing text";

    private ProjectTexts() {
    }

    /** Shows {@code each} every such text of the project whose documents are {@code listed}, with its place. */
    static void each(Project project, List<Document> listed, BiConsumer<String, String> each) {
        for (Document d : listed) {
            each.accept(TITLE, d.title());
            d.meta().attributes().values().forEach(value -> each.accept(ATTRIBUTE, value));
        }
        for (Memo memo : project.visibleMemos()) {
            // A passage's memo is shown below with its passage, as a passage memo: not counted twice.
            if (memo.target().kind() != MemoKind.PASSAGE) {
                each.accept(MEMO, memo.text());
            }
        }
        for (Segment s : project.passages()) {
            if (s.memo() != null) {
                each.accept(PASSAGE_MEMO, s.memo());
            }
        }
        Codebook book = project.codebook.load();
        for (Frame f : book.frames()) {
            each.accept(CODEBOOK, f.name() + "\n" + nonNull(f.description()));
        }
        for (Scenario s : book.scenarios()) {
            each.accept(CODEBOOK, s.name() + "\n" + nonNull(s.description()));
        }
        for (Code c : book.codes()) {
            each.accept(CODEBOOK, c.name() + "\n" + nonNull(c.definition()) + "\n" + nonNull(c.inclusion()) + "\n"
                    + nonNull(c.exclusion()));
        }
        project.coders.list().forEach(c -> each.accept(CODER, c.name()));
        for (HypothesisSet set : project.tracing.sets()) {
            StringBuilder text = new StringBuilder(set.name()).append('\n').append(nonNull(set.description()));
            for (Hypothesis h : set.hypotheses()) {
                text.append('\n').append(h.name()).append('\n').append(nonNull(h.statement()));
            }
            for (Evidence e : project.tracing.evidence(set.id())) {
                text.append('\n').append(nonNull(e.description())).append('\n').append(nonNull(e.note()))
                        .append('\n').append(nonNull(e.group()));
            }
            each.accept(TRACING, text.toString());
        }
        project.tracing.events().forEach(e -> each.accept(TRACING, e.label() + "\n" + nonNull(e.description())));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
