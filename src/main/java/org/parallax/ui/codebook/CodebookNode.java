package org.parallax.ui.codebook;

import java.util.List;
import org.parallax.model.Counted;

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
     * as a key cap and a bare number; a newcomer reads this in its tooltip (empty for frames and headings). A
     * scenario's says that its count is of the passages coded with it, which its Table 1 column exceeds.
     */
    public String keyAndCount() {
        if (!isCodable()) {
            return "";
        }
        String key = shortcut > 0 ? "Key " + shortcut + " codes the selected text · " : "";
        String passages = Counted.of(count, "passage");
        if (kind == Kind.SCENARIO) {
            // Its Table 1 column holds more than this count: a new project showed "0 passages" beside a column of 2.
            return key + passages + " coded with this scenario; its Table 1 column also counts the passages of "
                    + "documents whose scenario (Details) is " + name;
        }
        return key + passages;
    }

    public boolean isCodable() {
        return kind == Kind.CODE || kind == Kind.SCENARIO;
    }
}
