package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.parallax.io.TaguetteHighlights.Highlight;
import org.parallax.io.refi.ExchangeProject.CodeNode;

/**
 * The codes of a highlights sheet's tags: each tag a code, nested under its parent where the sheet names one (the
 * newer sheets' {@code tag_parent}, the ancestors above it read from {@code tag_full_path}, Taguette's path of names
 * joined by '.'), as QualCoder's categories come in through REFI-QDA. A parent no highlight has is a code too.
 */
final class TaguetteTags {
    private final UnaryOperator<String> guid;
    private final Map<String, Tag> top = new LinkedHashMap<>();

    /** {@code guid} makes a code's GUID of a key naming it. */
    TaguetteTags(UnaryOperator<String> guid) {
        this.guid = guid;
    }

    /** Adds the tag of {@code highlight}, with the parents it lacks, and gives the GUID of its code. */
    String add(Highlight highlight) {
        List<String> path = path(highlight);
        Map<String, Tag> level = top;
        Tag tag = null;
        for (int i = 0; i < path.size(); i++) {
            // A tag at the top keeps the key it had before sheets named parents, so its code's GUID is the same.
            String key = "tag:" + (i == 0 ? path.get(0) : String.join("\n", path.subList(0, i + 1)));
            tag = level.computeIfAbsent(path.get(i), name -> new Tag(name, guid.apply(key)));
            level = tag.children;
        }
        return tag.guid;
    }

    List<CodeNode> codes() {
        return nodes(top);
    }

    /**
     * The names from the top down to the tag: the tag alone without a parent; else its parent, and above the parent
     * the names {@code tag_full_path} holds before the parent's (when it ends in the parent's and the tag's names).
     */
    static List<String> path(Highlight h) {
        String parent = h.tagParent();
        if (parent == null) {
            return List.of(h.tag());
        }
        String full = h.tagFullPath();
        String ownEnd = "." + h.tag();
        List<String> path = new ArrayList<>();
        if (full != null && full.endsWith(ownEnd)) {
            String above = full.substring(0, full.length() - ownEnd.length());
            if (above.endsWith("." + parent)) {
                String higher = above.substring(0, above.length() - parent.length() - 1);
                Arrays.stream(higher.split("\\.")).filter(n -> !n.isBlank()).map(String::strip).forEach(path::add);
            }
        }
        path.add(parent);
        path.add(h.tag());
        return path;
    }

    private static List<CodeNode> nodes(Map<String, Tag> level) {
        return level.values().stream()
                .map(t -> new CodeNode(t.guid, t.name, true, null, null, nodes(t.children))).toList();
    }

    private static final class Tag {
        private final String name;
        private final String guid;
        private final Map<String, Tag> children = new LinkedHashMap<>();

        Tag(String name, String guid) {
            this.name = name;
            this.guid = guid;
        }
    }
}
