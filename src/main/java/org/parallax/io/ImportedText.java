package org.parallax.io;

import java.util.List;

/**
 * The normalised text of an imported file with the title and language guessed from it;
 * {@code format} is one of "txt", "md", "docx", "pdf", "html". {@code warnings} are one line each,
 * naming the file, about parts that could not be read faithfully (the text was imported all the same).
 */
public record ImportedText(String text, String title, String language, String format, List<String> warnings) {
    public ImportedText {
        warnings = List.copyOf(warnings);
    }
}
