package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

/**
 * The share of the Java heap that the files an import reads at the same time may take. An import reads as many files
 * at once as the computer has processors, each file whole in memory (up to 64 MB) and parsed from there: six PDFs of
 * 56 MB in a folder, each of which imports alone under the launchers' 256 MiB heap, ran it out when eight were read at
 * once, and five were refused "out of memory ... run it again with a larger heap". A file now waits until what the
 * files being read take, with it, fits in half the heap; a file heavier than that is read alone.
 */
final class ReadingAllowance {
    /** What reading a file takes, in multiples of its size: its bytes, the parser's objects, the text made of them. */
    private static final int TIMES_ITS_SIZE = 3;

    private final int totalKib;
    private final Semaphore kib;

    ReadingAllowance(long heapBytes) {
        this.totalKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, heapBytes / 2 / 1024));
        // Fair, so that a large file waiting for the others to finish is not passed by small ones for ever.
        this.kib = new Semaphore(totalKib, true);
    }

    /** Half the heap this program may use. */
    static ReadingAllowance ofThisHeap() {
        return new ReadingAllowance(Runtime.getRuntime().maxMemory());
    }

    /** Waits until {@code file} may be read; returns what it took, to be given back when the file is read. */
    int take(Path file) throws InterruptedException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0; // The read names what is wrong with the file.
        }
        int weight = (int) Math.max(1, Math.min(totalKib, size / 1024 * TIMES_ITS_SIZE));
        kib.acquire(weight);
        return weight;
    }

    void giveBack(int weight) {
        kib.release(weight);
    }
}
