package org.parallax.cli;

/** What the commands add when Excel's cell limit cut texts of a workbook. */
final class CutCells {
    private CutCells() {
    }

    static String note(int cut) {
        return cut == 0 ? "" : " (" + cut + " text" + (cut == 1 ? " was" : "s were")
                + " longer than Excel's 32,767 characters a cell and cut there; the CSV export has them whole)";
    }
}
