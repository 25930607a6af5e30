package org.parallax.workbench;

/** The words for work that did not fit in the Java heap: the limit it ran under, and how to start with more. */
public final class HeapLimit {
    private HeapLimit() {
    }

    /** {@code heapBytes}: the limit the work ran under. */
    public static String exceeded(long heapBytes) {
        return "this needs more than the Java heap limit of " + heapBytes / (1024 * 1024)
                + " MiB; run it again with a larger heap, e.g. PARALLAX_JAVA_OPTIONS=-Xmx1g parallax ... "
                + "(or java -Xmx1g -jar parallax.jar ...)";
    }

    /** The same for the limit of this Java process. */
    public static String exceeded() {
        return exceeded(Runtime.getRuntime().maxMemory());
    }
}
