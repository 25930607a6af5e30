package org.parallax.ui.codebook;

import java.util.List;

/** One entry of the codebook tree: a frame, a code, a scenario or a section heading, with its live count. */
public record CodebookNode(Kind kind, long id, String name, String color, String tooltip, int count, int shortcut,
                           List<CodebookNode> children) {

    /** What an entry stands for. */
    public enum Kind { FRAME, CODE, SCENARIO, HEADING }

    public CodebookNode {
        children = List.copyOf(children);
    }

    /** The label shown in the tree: name, the shortcut key if any, and the count for codes and scenarios. */
    public String label() {
        String key = shortcut > 0 ? " [" + shortcut + "]" : "";
        return kind == Kind.CODE || kind == Kind.SCENARIO ? name + key + "  (" + count + ")" : name;
    }

    public boolean isCodable() {
        return kind == Kind.CODE || kind == Kind.SCENARIO;
    }
}
