package org.parallax.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.parallax.workbench.Workbench;

/**
 * The window's one export flow, File → Export's: writes a file in the background, says on the status bar what was
 * written where (with blind mode's note), and shows in a box the lines {@code work} returns, what the user must know
 * before handing the file on (texts Excel's cell limit cut).
 */
@FunctionalInterface
public interface ExportFlow {
    /** Writes {@code out} through {@code work}; {@code what} names it in the result ("Matrix written to …"). */
    void write(String what, Path out, Function<Workbench, List<String>> work);
}
