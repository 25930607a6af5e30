package org.parallax.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Markdown file as metadata plus reading text: YAML front matter gives the title, the date and
 * attributes; the body becomes {@link MarkdownText}; the first heading is the title when the front
 * matter has none.
 */
final class MarkdownExtractor {
    private MarkdownExtractor() {
    }

    static Extraction extract(Path file, DecodedText decoded) {
        FrontMatter front = FrontMatter.split(file, TextNormalizer.normalize(decoded.text()));
        MarkdownText.Reading reading = MarkdownText.read(front.body());
        String title = front.value("title") != null ? front.value("title") : reading.firstHeading();
        java.time.LocalDate date = IsoDates.leading(front.value("date"));
        Map<String, String> attributes = date == null ? front.without("title") : front.without("title", "date");
        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.addAll(front.warnings());
        String text = front.kept() + reading.text().replaceFirst("^(?:[ \\t\\u00A0]*\\n)+", "");
        return new Extraction(text, title, date, null, attributes, warnings);
    }
}
