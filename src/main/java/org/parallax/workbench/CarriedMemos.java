package org.parallax.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * The memos of passages brought from another project file (a merge), with who wrote them and when, kept by each draft's
 * document, range, code and coder until the store has given the passages their ids (it skips duplicates, so they are
 * matched by that key, not by position). A passage stores its memo's words as its coder's, written when the passage
 * was: a memo another member wrote on it was credited to the coder, and REFI exports and the memo list named them.
 */
final class CarriedMemos {
    private final Map<String, Memo> byKey = new HashMap<>();

    /** Keeps the memo {@code memo} (none: null) for the passage {@code draft} is stored as. */
    void add(Segment draft, Memo memo) {
        if (memo != null) {
            byKey.put(Coding.provenanceKey(draft), memo);
        }
    }

    /** Writes the memos of those of {@code stored} that carried one as their writers wrote them. */
    void restoreOn(Project project, List<Segment> stored) {
        if (byKey.isEmpty() || stored instanceof SegmentColumns columns && !columns.anyMemo()) {
            return;
        }
        for (Segment s : stored) {
            Memo memo = s.memo() == null ? null : byKey.get(Coding.provenanceKey(s));
            if (memo != null && memo.text().equals(s.memo())) {
                if (memo.author() != null) {
                    project.coders.ensure(memo.author());
                }
                MemoTarget target = MemoTarget.passage(s.id());
                project.memos.restore(target, new Memo(0, target, memo.text(), memo.author(), memo.created(),
                        memo.modified(), 0, memo.changedBy()));
            }
        }
    }
}
