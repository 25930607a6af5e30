package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;

/**
 * Refuses, before POI reads anything, a .docx whose XML POI could not hold in this program's heap. POI builds a tree
 * of every XML part whole, shown text or not (hidden and deleted text, comments, headers and Word's own markup),
 * before the import takes the text Word shows ({@link DocxTextCount} holds that to the limit on characters of text):
 * a file of one shown line and 50 MB of hidden text ran the launchers' 256 MiB heap out after 40 s. A fixed count of
 * 25,000,000 characters of XML text and attribute values refused that file, but also a thesis of 19,000,000
 * characters as Word saves it (96 MB of XML) under any heap, though it reads in 1 GiB; so the XML is now weighed
 * against the heap this program runs under.
 */
final class DocxHeldXml {
    /** What the rest of the program keeps while one large file is read (the project, the search index's buffers). */
    private static final int HEAP_EIGHTHS_FOR_READING = 7;
    private static final int BUFFER = 64 * 1024;

    private DocxHeldXml() {
    }

    /**
     * Throws a one-line failure if the package's XML parts, as they unpack (not as their zip entries declare), need
     * more than seven eighths of {@code heapBytes} to be read ({@link ReadingWeight#TIMES_ITS_XML} times their size).
     */
    static void check(OPCPackage pkg, ExtractionBudget budget, long heapBytes)
            throws InvalidFormatException, IOException {
        long allowedXml = heapBytes / 8 * HEAP_EIGHTHS_FOR_READING / ReadingWeight.TIMES_ITS_XML;
        long xml = 0;
        byte[] buffer = new byte[BUFFER];
        for (PackagePart part : pkg.getParts()) {
            if (!xml(part)) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                for (int n = in.read(buffer); n >= 0 && xml <= allowedXml; n = in.read(buffer)) {
                    xml += n;
                    budget.tick();
                }
            }
            if (xml > allowedXml) {
                throw tooLarge(budget, allowedXml, heapBytes);
            }
        }
    }

    /** The document properties are read as POI opens the package, before any count; POI allows no reading them. */
    private static boolean xml(PackagePart part) {
        String type = part.getContentType().toLowerCase(Locale.ROOT);
        return !part.isRelationshipPart() && !(part instanceof PackagePropertiesPart)
                && (type.endsWith("+xml") || type.endsWith("/xml"));
    }

    private static ImportException tooLarge(ExtractionBudget budget, long allowedXml, long heapBytes) {
        return budget.exceeded(String.format(Locale.ROOT, "more than %s of XML, read into memory whole, hidden and "
                + "deleted text, comments and Word's markup included: the most a Java heap of %d MiB holds; run it "
                + "again with a larger heap, e.g. PARALLAX_JAVA_OPTIONS=-Xmx1g", Sizes.format(allowedXml),
                heapBytes >> 20));
    }
}
