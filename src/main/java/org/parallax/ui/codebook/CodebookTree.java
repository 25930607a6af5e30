package org.parallax.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;
import org.parallax.ui.codebook.CodebookNode.Kind;

/** Builds the codebook tree: frames with their codes (sub-codes nested), other codes, then scenarios. */
final class CodebookTree {
    static final String OTHER_CODES = "Other codes";
    static final String SCENARIOS = "Scenarios";

    private CodebookTree() {
    }

    static List<CodebookNode> of(Codebook book, Map<Long, Integer> counts) {
        List<CodebookNode> roots = new ArrayList<>();
        for (Frame frame : book.frames()) {
            List<Code> codes = book.codesOf(frame);
            roots.add(new CodebookNode(Kind.FRAME, frame.id(), frame.name(), frame.color(), frame.description(), 0,
                    0, children(codes, null, counts)));
        }
        List<Code> loose = book.codes().stream().filter(c -> c.frameId() == null && !c.isScenarioCode()).toList();
        if (!loose.isEmpty()) {
            roots.add(new CodebookNode(Kind.HEADING, 0, OTHER_CODES, null, null, 0, 0,
                    children(loose, null, counts)));
        }
        List<CodebookNode> scenarios = new ArrayList<>();
        for (Scenario s : book.scenarios()) {
            Code code = book.codes().stream().filter(c -> Objects.equals(c.scenarioId(), s.id())).findFirst()
                    .orElse(null);
            long id = code == null ? -s.id() : code.id();
            int count = code == null ? 0 : counts.getOrDefault(code.id(), 0);
            scenarios.add(new CodebookNode(Kind.SCENARIO, id, s.name(), code == null ? null : code.color(),
                    s.description(), count, code == null ? 0 : code.shortcut(), List.of()));
        }
        roots.add(new CodebookNode(Kind.HEADING, 0, SCENARIOS, null, null, 0, 0, scenarios));
        return roots;
    }

    private static List<CodebookNode> children(List<Code> codes, Long parent, Map<Long, Integer> counts) {
        List<CodebookNode> out = new ArrayList<>();
        for (Code c : codes) {
            boolean topLevel = c.parentId() == null || codes.stream().noneMatch(p -> p.id() == c.parentId());
            if (parent == null ? topLevel : Objects.equals(c.parentId(), parent)) {
                out.add(new CodebookNode(Kind.CODE, c.id(), c.name(), c.color(), c.definition(),
                        counts.getOrDefault(c.id(), 0), c.shortcut(), children(codes, c.id(), counts)));
            }
        }
        return out;
    }

    /**
     * The entries whose name contains {@code text} (ignoring case), each with the frames and parent codes
     * above it; an entry that matches keeps all its children. A blank filter keeps everything.
     */
    static List<CodebookNode> filter(List<CodebookNode> nodes, String text) {
        if (text == null || text.isBlank()) {
            return nodes;
        }
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        List<CodebookNode> out = new ArrayList<>();
        for (CodebookNode n : nodes) {
            if (n.kind() != Kind.HEADING && n.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                out.add(n);
                continue;
            }
            List<CodebookNode> kept = filter(n.children(), text);
            if (!kept.isEmpty()) {
                out.add(new CodebookNode(n.kind(), n.id(), n.name(), n.color(), n.tooltip(), n.count(), n.shortcut(),
                        kept));
            }
        }
        return out;
    }
}
