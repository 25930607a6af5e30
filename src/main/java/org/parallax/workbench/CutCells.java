package org.parallax.workbench;

import java.util.List;

/**
 * What an export says when Excel's cell limit cut texts of a workbook it wrote, in the terminal and in the window
 * alike: the file looks whole, and only the cell's last words say that it is not.
 */
public final class CutCells {
    private CutCells() {
    }

    /** The words after a command's "… written to FILE", or "" when nothing was cut. */
    public static String note(int cut) {
        return cut == 0 ? "" : " (" + sentence(cut) + ")";
    }

    /** The line the window shows under its result, or none when nothing was cut. */
    public static List<String> lines(int cut) {
        return cut == 0 ? List.of() : List.of(sentence(cut).substring(0, 1).toUpperCase() + sentence(cut).substring(1)
                + ".");
    }

    private static String sentence(int cut) {
        return cut + " text" + (cut == 1 ? " was" : "s were")
                + " longer than Excel's 32,767 characters a cell and cut there; the CSV export has " + (cut == 1
                ? "it" : "them") + " whole";
    }
}
