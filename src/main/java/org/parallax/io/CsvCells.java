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
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
