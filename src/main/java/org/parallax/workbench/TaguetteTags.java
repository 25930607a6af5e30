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
 * joined by " | "), as QualCoder's categories come in through REFI-QDA. A parent no highlight has is a code too.
 */
final class TaguetteTags {
    private static final List<String> PATH_SEPARATORS = List.of(" | ", ".");

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
     * Taguette joins that path with " | " ({@code Tag.full_path}); a path joined by '.' is read too.
     */
    static List<String> path(Highlight h) {
        String parent = h.tagParent();
        if (parent == null) {
            return List.of(h.tag());
        }
        List<String> path = new ArrayList<>(above(h.tagFullPath(), parent, h.tag()));
        path.add(parent);
        path.add(h.tag());
        return path;
    }

    /** The names {@code full} holds above {@code parent}, when it ends in the parent's and the tag's names. */
    private static List<String> above(String full, String parent, String tag) {
        for (String separator : PATH_SEPARATORS) {
            String ownEnd = separator + parent + separator + tag;
            if (full != null && full.endsWith(ownEnd)) {
                String higher = full.substring(0, full.length() - ownEnd.length());
                return Arrays.stream(higher.split(java.util.regex.Pattern.quote(separator))).map(String::strip)
                        .filter(n -> !n.isEmpty()).toList();
            }
        }
        return List.of();
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
