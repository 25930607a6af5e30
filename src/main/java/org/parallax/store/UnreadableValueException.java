package org.parallax.store;

/**
 * A value stored in the project that cannot be read as what its column holds (a time that is not a time, a memo kind
 * that is none): damage in the file, or a value written by another program. Named by table, row and column; any
 * other failure while reading is a fault of the program, not of the file, and is not reported as damage.
 */
public final class UnreadableValueException extends StoreException {
    public UnreadableValueException(String table, Long row, String column, RuntimeException cause) {
        super("the value in column " + column + " of " + (row == null ? "a row" : "row " + row) + " of table " + table
                + " cannot be read", cause);
    }
}
