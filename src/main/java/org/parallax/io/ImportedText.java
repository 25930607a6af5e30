package org.parallax.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The normalised text of an imported file with the metadata read from it (docs/import.md): title,
 * language, {@code format} (one of "txt", "md", "docx", "odt", "rtf", "pdf", "html"), date (null if unknown) and
 * attributes (e.g. Markdown front-matter keys). {@code warnings} are one line each, naming the file,
 * about parts that could not be read faithfully (the text was imported all the same). {@code dateStandsFor}:
 * "year" or "month" when the date was taken from a year or a month alone in the file's name, else null.
 */
public record ImportedText(String text, String title, String language, String format, LocalDate date,
                           Map<String, String> attributes, List<String> warnings, String dateStandsFor) {
    public ImportedText {
        attributes = Map.copyOf(attributes);
        warnings = List.copyOf(warnings);
    }
}
