package org.parallax.ui.table1;

import java.util.List;

/** A row of Table 1 as shown: a frame or an indicator, its cells as "segments (documents)" and the total. */
public record Table1Row(int index, String label, boolean frame, int depth, List<String> cells) {

    public Table1Row {
        cells = List.copyOf(cells);
    }

    /** The label indented by depth, so indicators sit beneath their frame. */
    public String indentedLabel() {
        return "    ".repeat(depth) + label;
    }
}
