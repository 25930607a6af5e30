package org.parallax.workbench;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.PullMark;
import org.parallax.model.Segment;

/**
 * What a pulled copy no longer holds while the server still has it as it was pulled: passages and memos removed
 * offline. A push removes nothing from the team project, so each of them is a line of the push's report rather than
 * passed over without a word.
 */
final class OfflineRemovals {
    private OfflineRemovals() {
    }

    /**
     * The server's passages that came with the pull (an id the pull wrote) in the layers the push sends (the login's
     * own; every layer for a lead, who pulled them all) and that the copy no longer holds: no passage of that id and
     * creation date (a passage coded offline may have been given a freed id, never the pulled one's date).
     */
    static List<Segment> passages(PullMark mark, List<Segment> copy, List<Segment> server, Long coderId,
            boolean everyLayer) {
        Map<Long, Instant> inCopy = new HashMap<>();
        copy.forEach(s -> inCopy.put(s.id(), s.created()));
        return server.stream()
                .filter(s -> s.id() <= mark.maxPassageId())
                .filter(s -> everyLayer || coderId != null && s.coderId() == coderId)
                .filter(s -> !s.created().equals(inCopy.get(s.id())))
                .toList();
    }

    /**
     * The server's memos the copy pulled (their ids are in the mark) that the copy holds neither under that id nor
     * on that target (an undone removal may give a memo a new id). A copy pulled by an older Parallax did not record
     * which memos it pulled: none are named.
     */
    static List<Memo> memos(PullMark mark, List<Memo> copy, List<Memo> server) {
        Set<Long> ids = new HashSet<>();
        Set<MemoTarget> targets = new HashSet<>();
        copy.forEach(m -> {
            ids.add(m.id());
            targets.add(m.target());
        });
        return mark.memoVersions().map(pulled -> server.stream()
                .filter(m -> pulled.containsKey(m.id()) && !ids.contains(m.id()) && !targets.contains(m.target()))
                .toList()).orElse(List.of());
    }
}
