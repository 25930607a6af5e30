package org.parallax.ui.common;

import java.util.List;
import org.parallax.model.Segment;
import org.parallax.workbench.Workbench;

/** The passages the active coder may see, from memory: all of them, or in blind mode only their own. */
public final class VisiblePassages {
    private VisiblePassages() {
    }

    public static List<Segment> of(Workbench wb) {
        List<Segment> all = wb.coding().segments();
        if (!wb.blindMode()) {
            return all;
        }
        long coder = wb.activeCoder().id();
        return all.stream().filter(s -> s.coderId() == coder).toList();
    }
}
