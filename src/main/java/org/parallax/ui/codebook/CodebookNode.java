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

    /**
     * What the row's key and count mean, in words: "Key 1 codes the selected text · 16 passages". The row shows them
     * as a key cap and a bare number; a newcomer reads this in its tooltip (empty for frames and headings).
     */
    public String keyAndCount() {
        if (!isCodable()) {
            return "";
        }
        String key = shortcut > 0 ? "Key " + shortcut + " codes the selected text · " : "";
        return key + count + (count == 1 ? " passage" : " passages");
    }

    public boolean isCodable() {
        return kind == Kind.CODE || kind == Kind.SCENARIO;
    }
}
