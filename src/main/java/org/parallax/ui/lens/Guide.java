package org.parallax.ui.lens;

import java.util.List;

/**
 * What the frame guide shows for a frame or a code: a heading, the frame's tenets or the code's
 * definition, the code's inclusion and exclusion rules, and its anchor examples (empty strings when unwritten).
 */
public record Guide(String heading, String description, String inclusion, String exclusion,
                    List<AnchorRow> anchors) {
    static final Guide NONE = new Guide("Select a frame or a code to see its guide", "", "", "", List.of());

    public Guide {
        anchors = List.copyOf(anchors);
    }
}
