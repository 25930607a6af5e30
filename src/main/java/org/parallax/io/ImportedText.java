package org.parallax.io;

/**
 * The normalised text of an imported file with the title and language guessed from it;
 * {@code format} is one of "txt", "md", "docx", "pdf", "html".
 */
public record ImportedText(String text, String title, String language, String format) {
}
