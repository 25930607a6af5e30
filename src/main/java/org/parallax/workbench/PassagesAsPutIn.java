package org.parallax.workbench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;
import org.parallax.store.StaleEditException;

/**
 * The code and memo text of each passage an edit put into the project (coded, or put back by undo or redo), so that
 * taking them out again by their ids refuses when someone gave one another code or wrote on its memo since: the same
 * coder on another machine, another window or program, another member. A passage whose memo has the words this edit
 * put in loses nothing of anyone's by going. The codes are one number when all passages share a code (a batch coded
 * with one code), else 16 bytes a passage; the memo texts are those this edit wrote, usually none.
 */
final class PassagesAsPutIn {
    private static final long MIXED = -1;
    private final long code;
    private final long[] ids;
    private final long[] codes;
    private final Map<Long, String> memos;
    private final String since;
    private final String loss;

    private PassagesAsPutIn(long code, long[] ids, long[] codes, Map<Long, String> memos, String since, String loss) {
        this.code = code;
        this.ids = ids;
        this.codes = codes;
        this.memos = memos;
        this.since = since;
        this.loss = loss;
    }

    /**
     * The passages as {@code segments} hold them. The refusal's line says what happened {@code since} ("since it was
     * coded") and what taking them out would do ({@code loss}: "undoing the coding would delete it with the passage").
     */
    static PassagesAsPutIn of(List<Segment> segments, String since, String loss) {
        Collector collector = new Collector(segments.size());
        collector.add(segments);
        return collector.done(since, loss);
    }

    /**
     * Passages gathered a batch at a time as an edit puts them in, in its transaction: a merge of 400,000 passages
     * read back whole at its end held every column of them beside the file's own passages, out of a 64 MB heap.
     */
    static final class Collector {
        private long[] ids;
        /** Each passage's code, made only once a second code comes: until then every passage has {@link #shared}. */
        private long[] codes;
        private long shared = MIXED;
        private int count;
        private final Map<Long, String> memos = new HashMap<>();

        Collector(int expected) {
            ids = new long[expected];
        }

        void add(List<Segment> segments) {
            // Columns are read a column at a time: no Segment made per passage of a large batch.
            SegmentColumns columns = segments instanceof SegmentColumns c ? c : null;
            int n = segments.size();
            if (count + n > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(count + n, ids.length * 2));
            }
            for (int i = 0; i < n; i++) {
                long code = columns != null ? columns.codeId(i) : segments.get(i).codeId();
                if (codes == null && count > 0 && code != shared) {
                    codes = new long[ids.length];
                    Arrays.fill(codes, 0, count, shared);
                } else if (codes != null && codes.length < ids.length) {
                    codes = Arrays.copyOf(codes, ids.length);
                }
                if (codes != null) {
                    codes[count] = code;
                }
                shared = count == 0 ? code : shared;
                ids[count++] = columns != null ? columns.id(i) : segments.get(i).id();
            }
            if (columns == null || columns.anyMemo()) {
                for (Segment s : segments) {
                    if (s.memo() != null && !s.memo().isBlank()) {
                        memos.put(s.id(), s.memo());
                    }
                }
            }
        }

        PassagesAsPutIn done(String since, String loss) {
            if (codes == null) {
                return new PassagesAsPutIn(count == 0 ? MIXED : shared, null, null, memos, since, loss);
            }
            long[] byId = count == ids.length ? ids : Arrays.copyOf(ids, count);
            long[] codeById = count == codes.length ? codes : Arrays.copyOf(codes, count);
            sortById(byId, codeById);
            return new PassagesAsPutIn(MIXED, byId, codeById, memos, since, loss);
        }
    }

    /** Sorts both by id; a batch's ids rise already, so only a set picked by hand (a few passages) is sorted. */
    private static void sortById(long[] ids, long[] codes) {
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] < ids[i - 1]) {
                Integer[] order = new Integer[ids.length];
                Arrays.setAll(order, k -> k);
                Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
                long[] byId = ids.clone();
                long[] codeById = codes.clone();
                for (int k = 0; k < order.length; k++) {
                    ids[k] = byId[order[k]];
                    codes[k] = codeById[order[k]];
                }
                return;
            }
        }
    }

    /** What this holds: 16 bytes a passage unless they share one code, and the memo texts the edit wrote. */
    long heldBytes() {
        return (ids == null ? 0 : 16L * ids.length) + HeldBytes.ofTexts(memos.values());
    }

    /**
     * Refuses, in one line naming the first passage and who, when any of the passages as they are now ({@code now},
     * their memos {@code memosNow}) carries a code or memo words this edit did not put in. A passage gone since is no
     * refusal: taking it out loses nothing more.
     */
    void requireUnchanged(Project project, SegmentColumns now, List<Memo> memosNow) {
        LongFunction<String> codeNames = id -> project.reads.codebook().code(id)
                .or(() -> project.codebook.load().code(id)).map(Code::name).orElse("#" + id);
        Map<Long, Memo> memoOf = new HashMap<>();
        memosNow.forEach(m -> memoOf.put(m.target().id(), m));
        String first = null;
        int changed = 0;
        for (int i = 0; i < now.size(); i++) {
            long id = now.id(i);
            String line = change(id, now.codeId(i), memoOf.get(id), codeNames);
            if (line != null) {
                changed++;
                first = first == null ? line : first;
            }
        }
        if (first != null) {
            String more = changed == 1 ? "" : " (and " + (changed - 1) + " more of its passages were changed since)";
            throw new StaleEditException(first + " " + since + more + "; " + loss);
        }
    }

    /** Reads the passages again in the caller's transaction and checks them as {@link #requireUnchanged} does. */
    void requireUnchanged(Project project, List<Segment> passages) {
        PassageIds ids = PassageIds.of(passages);
        SegmentColumns now = project.segments.inIdRanges(ids.firsts(), ids.lasts());
        requireUnchanged(project, now, PassagesEdit.memosOf(project, now));
    }

    /** What was written on passage {@code id} since it was put in, as the start of a line; null: nothing. */
    private String change(long id, long codeNow, Memo memo, LongFunction<String> codeNames) {
        long codeThen = codeOf(id);
        if (codeThen != MIXED && codeThen != codeNow) {
            return "Passage " + id + " was given the code “" + codeNames.apply(codeNow) + "”";
        }
        String then = memos.get(id);
        String text = memo == null ? null : memo.text();
        if (Objects.equals(then, text)) {
            return null;
        }
        String who = memo == null ? null : memo.lastEditedBy();
        if (then == null) {
            return "Passage " + id + " gained a memo by " + (who == null ? "another window or program" : who);
        }
        if (text == null) {
            // Its memo deleted since: nothing of anyone's is lost by taking the passage out.
            return null;
        }
        return "The memo of passage " + id + " was changed by " + (who == null ? "another window or program" : who);
    }

    /** The code passage {@code id} was put in with; {@link #MIXED} for a passage this edit did not put in. */
    private long codeOf(long id) {
        if (ids == null) {
            return code;
        }
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? MIXED : codes[at];
    }
}
