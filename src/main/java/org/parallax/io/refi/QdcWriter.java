package org.parallax.io.refi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parallax.io.AtomicFiles;
import org.parallax.io.WriteFailures;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.ExchangeProject.CodeSet;

/** Writes a REFI-QDA codebook file (.qdc): the code tree and sets of codes, per Codebook.xsd. */
public final class QdcWriter {
    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    /** Writes the codebook to {@code out}. */
    public void write(List<CodeNode> codes, List<CodeSet> sets, String origin, Path out) {
        try {
            AtomicFiles.writeBytes(out, codebookXml(codes, sets, origin));
        } catch (IOException e) {
            throw WriteFailures.of("the REFI-QDA codebook", out, e);
        }
    }

    /** The .qdc document as UTF-8 bytes. */
    public byte[] codebookXml(List<CodeNode> codes, List<CodeSet> sets, String origin) {
        if (codes.isEmpty()) {
            throw new RefiException("The codebook has no codes; a REFI-QDA codebook needs at least one");
        }
        XmlOut xml = new XmlOut("CodeBook", NAMESPACE);
        xml.attr("origin", origin);
        xml.codes(codes);
        xml.sets(sets, true);
        return xml.finish();
    }
}
