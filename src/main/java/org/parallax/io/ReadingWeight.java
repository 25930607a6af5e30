package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What reading a file for its import holds in the Java heap at once, estimated before it is read, so that an import
 * reading several files at the same time can keep them within the heap. A .docx or .odt is weighed by the XML its zip
 * unpacks to, as its directory declares it, not by its size on the disk: POI builds a tree of XML beans of the whole
 * document before any text is taken, and the XML of Word's markup is some 5 to 30 times the zipped file. An HTML page
 * is weighed by the tree jsoup makes of it ({@link HtmlHeldTree}), up to 70 times its size for tags alone: weighed at
 * three times its size, pages of tags that each imported alone were read together and ran the heap out. A page whose
 * tree would not fit, read a part at a time, is weighed by what that reading holds: weighed by its tree, a transcript
 * marked up word by word was read alone though it holds little more than its text.
 */
public final class ReadingWeight {
    /** What reading most files takes, in multiples of their size: their bytes, the parser's objects, the text. */
    static final int TIMES_ITS_SIZE = 3;
    /**
     * What reading a .docx or .odt takes, in multiples of its unpacked XML: a thesis of 19,000,000 characters as Word
     * marks it up, 96 MB of XML, held 680 MB after a full collection while POI read it, and read within the time
     * limit under a heap of 1 GiB but not of 768 MiB; a document of 4,000,000 characters in 4.2 MB of plain XML
     * imported alone under a heap of 40 MiB and not under 32 MiB, of which an import of a line of text takes some
     * 12 MiB. {@link DocxHeldXml} refuses a .docx that needs more than the heap.
     */
    static final int TIMES_ITS_XML = 8;
    /** A directory larger than this is no document's (a zip of a hundred thousand entries); it is weighed by size. */
    private static final int MAX_DIRECTORY_BYTES = 4 << 20;

    private ReadingWeight() {
    }

    /** The bytes reading {@code file} is expected to hold at once; 0 for a file that cannot be read (the read says why). */
    public static long of(Path file) {
        return of(file, Runtime.getRuntime().maxMemory());
    }

    /** The bytes reading {@code file} under a heap of {@code heapBytes} is expected to hold at once. */
    public static long of(Path file, long heapBytes) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return 0;
        }
        long weight = saturated(size, TIMES_ITS_SIZE);
        if (zipDocument(file)) {
            long unpacked = ZipDirectory.of(file, MAX_DIRECTORY_BYTES).map(ZipDirectory::unpackedBytes).orElse(0L);
            weight = Math.max(weight, saturated(unpacked, TIMES_ITS_XML));
        } else if (page(file)) {
            weight = Math.max(weight, page(file, heapBytes, weight));
        }
        return weight;
    }

    /**
     * What reading the page holds: jsoup's tree of it, or, for a page whose tree would not fit and which is therefore
     * read a part at a time, its bytes ({@code bytesHeld}) and what that reading keeps; 0 when it cannot be read (the
     * read says why).
     */
    private static long page(Path file, long heapBytes, long bytesHeld) {
        try (InputStream in = Files.newInputStream(file)) {
            HtmlHeldTree.Count count = HtmlHeldTree.count(in, () -> { });
            return count.readAPartAtATime(heapBytes) ? bytesHeld + count.streamedBytes() : count.heldBytes();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean page(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static boolean zipDocument(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".odt");
    }

    private static long saturated(long bytes, int times) {
        return bytes > Long.MAX_VALUE / times ? Long.MAX_VALUE : bytes * times;
    }
}
