package org.parallax.store;

import java.util.function.Supplier;

/**
 * Runs the store calls of one user action as one transaction, without handing out a connection: what the
 * work calls on the stores joins the transaction, and nested calls join the outer one.
 */
public interface Transactions {
    /** Runs {@code work} in a write transaction: committed when it returns, rolled back when it throws. */
    <T> T write(Supplier<T> work);

    /** Runs {@code work} as reads of one consistent state of the project (inside a write: that write's). */
    <T> T read(Supplier<T> work);
}
