package org.parallax.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Markdown file as metadata plus reading text: YAML front matter gives the title, the date and
 * attributes; the body becomes {@link MarkdownText}; the first heading is the title when the front
 * matter has none.
 */
final class MarkdownExtractor {
    private MarkdownExtractor() {
    }

    static Extraction extract(Path file, DecodedText decoded, ExtractionBudget budget) {
        FrontMatter front = FrontMatter.split(file, TextNormalizer.normalize(decoded.text()));
        MarkdownText.Reading reading = MarkdownText.read(front.body(), budget);
        String title = front.value("title") != null ? front.value("title") : reading.firstHeading();
        java.time.LocalDate date = IsoDates.leading(front.value("date"));
        Map<String, String> attributes = date == null ? front.without("title") : front.without("title", "date");
        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.addAll(front.warnings());
        if (reading.linesKept() > 0) {
            warnings.add(keptLines(file, reading));
        }
        String text = front.kept() + reading.text().replaceFirst("^(?:[ \\t\\u00A0]*\\n)+", "");
        return new Extraction(text, title, date, null, attributes, warnings);
    }

    private static String keptLines(Path file, MarkdownText.Reading reading) {
        Path name = file.getFileName();
        String lines = reading.linesKept() == 1 ? "1 line" : String.format(Locale.ROOT, "%,d lines", reading.linesKept());
        return String.format(Locale.ROOT, "%s: %s kept with the Markdown marks as written, as removing them would "
                + "take too long (%,d characters, the longest)", name == null ? file : name, lines, reading.longestKept());
    }
}
