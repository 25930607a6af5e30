package org.parallax.io.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.io.ImportLimits;
import org.w3c.dom.Element;

/** Reads a REFI-QDA codebook file (.qdc): codes and sets, as an exchange project without sources. */
public final class QdcReader {
    private final ImportLimits limits;

    public QdcReader(ImportLimits limits) {
        this.limits = limits;
    }

    public QdcReader() {
        this(ImportLimits.defaults());
    }

    public RefiImport read(Path file) {
        String fileName = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new RefiException(fileName + ": larger than the import limit of " + (limits.maxFileBytes() >> 20)
                        + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RefiException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        List<String> problems = new ArrayList<>();
        Element root = SecureXml.parse(bytes, fileName, problems).getDocumentElement();
        if (!"CodeBook".equals(Dom.name(root))) {
            throw new RefiException(fileName + ": not a REFI-QDA codebook (root element " + Dom.name(root) + ")");
        }
        new ExchangeLimits(fileName).countAll(root);
        CodebookXmlReader reader = new CodebookXmlReader(fileName, problems);
        ExchangeProject project = new ExchangeProject(fileName, Dom.attr(root, "origin"), List.of(),
                reader.codes(root), reader.sets(root), List.of(), List.of());
        return new RefiImport(project, problems);
    }
}
