package org.parallax.workbench;

import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import org.parallax.io.ReadingWeight;

/**
 * The share of the Java heap that the files an import reads at the same time may take. An import reads as many files
 * at once as the computer has processors, each file whole in memory (up to 64 MB) and parsed from there: six PDFs of
 * 56 MB in a folder, each of which imports alone under the launchers' 256 MiB heap, ran it out when eight were read at
 * once, and five were refused "out of memory ... run it again with a larger heap". A file now waits until what the
 * files being read take ({@link ReadingWeight}: a Word or OpenDocument file by the XML it unpacks to), with it, fits in
 * half the heap; a file heavier than that is read alone.
 */
final class ReadingHeapShare {
    private final long heapBytes;
    private final int totalKib;
    private final Semaphore kib;

    ReadingHeapShare(long heapBytes) {
        this.heapBytes = heapBytes;
        this.totalKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, heapBytes / 2 / 1024));
        // Fair, so that a large file waiting for the others to finish is not passed by small ones for ever.
        this.kib = new Semaphore(totalKib, true);
    }

    /** Half the heap this program may use. */
    static ReadingHeapShare ofThisHeap() {
        return new ReadingHeapShare(Runtime.getRuntime().maxMemory());
    }

    /** Waits until {@code file} may be read; returns what it took, to be given back when the file is read. */
    int take(Path file) throws InterruptedException {
        int weight = (int) Math.max(1, Math.min(totalKib, ReadingWeight.of(file, heapBytes) / 1024));
        kib.acquire(weight);
        return weight;
    }

    void giveBack(int weight) {
        kib.release(weight);
    }
}
