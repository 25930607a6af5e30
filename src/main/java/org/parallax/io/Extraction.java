package org.parallax.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Raw text taken out of a file, before normalisation, with what the file declares about itself (each
 * may be null or empty): its title, a date from its content (Markdown front matter) that wins over the
 * file name's, the creation date its properties hold (DOCX, PDF; when the file was made, not what it is
 * dated, so never the document's date), attributes, and warnings (one line each, naming the file) about
 * what could not be read faithfully.
 */
record Extraction(String text, String declaredTitle, LocalDate declaredDate, LocalDate fileCreated,
                  Map<String, String> attributes, List<String> warnings) {
    Extraction {
        attributes = Map.copyOf(attributes);
        warnings = List.copyOf(warnings);
    }

    Extraction(String text, String declaredTitle) {
        this(text, declaredTitle, null, null, Map.of(), List.of());
    }

    static Extraction of(DecodedText decoded) {
        return new Extraction(decoded.text(), null, null, null, Map.of(), decoded.warnings());
    }

    Extraction withFileCreated(LocalDate date) {
        return new Extraction(text, declaredTitle, declaredDate, date, attributes, warnings);
    }
}
