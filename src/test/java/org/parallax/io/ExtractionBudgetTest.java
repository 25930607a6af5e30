package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCX and HTML extraction spend the same budget as PDF: characters of text and wall time. */
class ExtractionBudgetTest {
    private static final ExtractionLimits SMALL = new ExtractionLimits(256L << 20, 12, 10_000, 1_000,
            Duration.ofSeconds(60));
    private static final ExtractionLimits NO_TIME = ExtractionLimits.defaults().withMaxTime(Duration.ofNanos(1));
    private final List<String> paragraphs = Collections.nCopies(40, "The Parties agree that an armed attack.");

    @TempDir
    Path dir;

    @Test
    void docxWithMoreTextThanTheLimitIsRefused() throws IOException {
        Path file = Fixtures.docx(dir.resolve("long.docx"), null, paragraphs, null);

        assertThatThrownBy(() -> reader(SMALL).read(file)).isInstanceOf(ImportException.class)
                .hasMessage("long.docx: exceeds the extraction limit (1,000 characters of text)");
    }

    @Test
    void htmlWithMoreTextThanTheLimitIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("long.html"),
                "<html><body><p>" + String.join("</p><p>", paragraphs) + "</p></body></html>");

        assertThatThrownBy(() -> reader(SMALL).read(file)).isInstanceOf(ImportException.class)
                .hasMessage("long.html: exceeds the extraction limit (1,000 characters of text)");
    }

    @Test
    void htmlWhitespaceDoesNotCountAgainstTheTextLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("spaces.html"),
                "<html><body><p>Dialogue" + " ".repeat(50_000) + "and deterrence</p></body></html>");

        assertThat(reader(SMALL).read(file).text()).isEqualTo("Dialogue and deterrence");
    }

    @Test
    void docxAndHtmlStopAtTheWallTimeLimit() throws IOException {
        Path docx = Fixtures.docx(dir.resolve("slow.docx"), null, paragraphs, null);
        Path html = Files.writeString(dir.resolve("slow.html"), "<p>" + String.join("<p>", paragraphs));

        assertThatThrownBy(() -> reader(NO_TIME).read(docx)).hasMessage("slow.docx: exceeds the extraction limit (0 ms)");
        assertThatThrownBy(() -> reader(NO_TIME).read(html)).hasMessage("slow.html: exceeds the extraction limit (0 ms)");
    }

    private static DocumentReader reader(ExtractionLimits limits) {
        return new DocumentReader(ImportLimits.defaults(), limits);
    }
}
