package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOCX and HTML extraction spend the same budget as PDF: characters of text and time. The time is the reading
 * thread's processor time, capped on the wall at five times the limit: on a busy computer a genuine PDF of 7.7 s of
 * processor time was refused by a limit of 60 s counted on the wall.
 */
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
    void docxAndHtmlStopAtTheTimeLimit() throws IOException {
        Path docx = Fixtures.docx(dir.resolve("slow.docx"), null, paragraphs, null);
        Path html = Files.writeString(dir.resolve("slow.html"), "<p>" + String.join("<p>", paragraphs));

        assertThatThrownBy(() -> reader(NO_TIME).read(docx))
                .hasMessage("slow.docx: exceeds the extraction limit (0 ms of processor time)");
        assertThatThrownBy(() -> reader(NO_TIME).read(html))
                .hasMessage("slow.html: exceeds the extraction limit (0 ms of processor time)");
    }

    @Test
    void aReadingHeldOffTheProcessorIsNotRefusedByTheTimeLimit() throws InterruptedException {
        assumeTrue(WorkClock.start().measuresWork(), "this Java runtime does not measure a thread's processor time");
        ExtractionBudget budget = ExtractionBudget.start(Path.of("held.pdf"),
                ExtractionLimits.defaults().withMaxTime(Duration.ofSeconds(2)));

        Thread.sleep(3_000);

        assertThatCode(budget::checkTime).doesNotThrowAnyException();
    }

    @Test
    void aReadingHeldOffTheProcessorEndsAtFiveTimesTheLimitOnTheWall() throws InterruptedException {
        long start = System.nanoTime();
        ExtractionBudget budget = ExtractionBudget.start(Path.of("held.pdf"),
                ExtractionLimits.defaults().withMaxTime(Duration.ofMillis(100)));

        while (System.nanoTime() - start <= Duration.ofMillis(600).toNanos()) {
            Thread.sleep(100);
        }

        assertThatThrownBy(budget::checkTime).isInstanceOf(ImportException.class)
                .hasMessage("held.pdf: exceeds the extraction limit (500 ms in all)");
    }

    /**
     * A hostile file that keeps the reader busy is refused at the limit of processor time; on a computer so busy that
     * the reading gets less than a fifth of a processor, the wall cap comes first, and either is one line.
     */
    @Test
    void aFileThatKeepsTheReaderWorkingIsRefusedInOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("spin.md"), "x* " + "*a ".repeat(400_000));
        DocumentReader reader = reader(ExtractionLimits.defaults().withMaxTime(Duration.ofMillis(300)));
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

        Throwable refused = catchThrowable(() -> reader.read(file));
        long spent = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore;

        assertThat(refused).isInstanceOf(ImportException.class).hasMessageMatching(
                "spin\\.md: exceeds the extraction limit \\((300 ms of processor time|1 s in all)\\)");
        if (refused.getMessage().endsWith("of processor time)")) {
            assertThat(spent).as("processor time spent before the refusal").isGreaterThan(300_000_000L);
        }
    }

    private static DocumentReader reader(ExtractionLimits limits) {
        return new DocumentReader(ImportLimits.defaults(), limits);
    }
}
