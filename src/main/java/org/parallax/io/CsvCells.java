package org.parallax.io;

/**
 * Guards text cells of exported CSV against formula injection: spreadsheets run a cell starting with
 * =, +, -, @, tab or carriage return as a formula, so such cells get a leading single quote.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** {@code cell} with a leading single quote if a spreadsheet would run it as a formula. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return startsFormula(cell.charAt(0)) ? "'" + cell : cell;
    }

    /** Whether a cell starting with {@code c} would be run as a formula. */
    public static boolean startsFormula(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
