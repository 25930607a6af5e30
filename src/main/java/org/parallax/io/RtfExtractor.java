package org.parallax.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads an .rtf file's text ({@link RtfText}), title and the date it was made, refusing what is no RTF. */
final class RtfExtractor {
    private RtfExtractor() {
    }

    static Extraction extract(Path file, byte[] bytes, ExtractionBudget budget) {
        if (!RtfTokenizer.looksLikeRtf(bytes)) {
            throw new ImportException(file, "not an RTF file (it does not begin with {\\rtf)");
        }
        RtfText rtf = new RtfText(file, bytes, budget).read();
        // Replacement characters here stand for escapes without their partner half, not for undecodable bytes.
        if (TextFileDecoder.looksBinary(rtf.text().replace('\uFFFD', ' '))) {
            throw new ImportException(file, "damaged RTF file (its text holds binary data)");
        }
        return new Extraction(rtf.text(), rtf.title(), null, rtf.created(), Map.of(),
                warnings(file, rtf.hiddenChars()));
    }

    private static List<String> warnings(Path file, long hidden) {
        if (hidden == 0) {
            return List.of();
        }
        return List.of(file.getFileName() + ": " + hidden + (hidden == 1 ? " character" : " characters")
                + " of hidden text (\\v, which Word neither shows nor prints unless asked to) "
                + (hidden == 1 ? "was" : "were") + " left out");
    }
}
