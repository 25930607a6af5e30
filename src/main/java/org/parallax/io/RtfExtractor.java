package org.parallax.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.Counted;

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
        if (BinaryText.looksBinary(rtf.text().replace('\uFFFD', ' '))) {
            throw new ImportException(file, "damaged RTF file (its text holds binary data)");
        }
        return new Extraction(rtf.text(), rtf.title(), null, rtf.created(), Map.of(),
                warnings(file, rtf));
    }

    private static List<String> warnings(Path file, RtfText rtf) {
        List<String> out = new ArrayList<>();
        long hidden = rtf.hiddenChars();
        if (hidden > 0) {
            out.add(file.getFileName() + ": " + Counted.of(hidden, "character")
                    + " of hidden text (\\v, which Word neither shows nor prints unless asked to) "
                    + (hidden == 1 ? "was" : "were") + " left out");
        }
        if (rtf.largeFallback() != null) {
            out.add(file.getFileName() + ": \\uc" + rtf.largeFallback() + " gives more fallback characters after each "
                    + "\\u character than any code page takes (" + RtfText.MAX_FALLBACK + "); read as \\uc1, so the "
                    + "text after them is kept");
        }
        if (rtf.cutShort()) {
            out.add(file.getFileName() + ": the file ends before the } that closes the document (cut short by a crash, "
                    + "a full disk or an unfinished download?); its text was read up to where it ends");
        }
        return out;
    }
}
