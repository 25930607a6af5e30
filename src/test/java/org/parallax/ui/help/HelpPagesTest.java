package org.parallax.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documentation ships inside the build: every page of docs/ and the README, with their images. */
class HelpPagesTest {

    /**
     * Each page is compared with its source as the build copied it. A source written after that (a commit landing
     * in this checkout while the build ran) is the next build's to bundle, not a missing page: its copy is older.
     */
    @Test
    void everyPageOfDocsAndTheReadmeIsListedAndBundled() throws Exception {
        FileTime bundled = Files.getLastModifiedTime(Path.of(URI.create(HelpPages.resource("README.md").orElseThrow())));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(p -> p.getFileName().toString().endsWith(".md")).filter(p -> writtenBefore(p, bundled))
                    .forEach(p -> assertThat(HelpPages.pages()).as(p + " in Help").contains(p.getFileName().toString()));
        }
        for (String page : HelpPages.pages()) {
            Path source = Path.of(page.equals("README.md") ? "README.md" : "docs/" + page);
            FileTime copied = Files.getLastModifiedTime(Path.of(URI.create(HelpPages.resource(page).orElseThrow())));
            if (writtenBefore(source, copied)) {
                assertThat(HelpPages.text(page)).as(page).contains(Files.readString(source));
            }
        }
        assertThat(HelpPages.title("README.md")).isEqualTo("Parallax");
        assertThat(HelpPages.resource("docs/screenshot.png")).isPresent();
    }

    /**
     * The first page is for the installed program: its commands are `parallax …` only (the README, first before,
     * opened on `java -jar target/parallax.jar` and `mvn`, which a researcher with the package has not got), it walks
     * the window's menus from import to agreement, and it shows the window (the package check looks for the picture).
     */
    @Test
    void theFirstPageGetsAResearcherStartedWithTheInstalledProgram() {
        assertThat(HelpPages.pages()).startsWith("getting-started.md", "README.md");
        String page = HelpPages.text("getting-started.md").orElseThrow();
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : page.lines().toList()) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock) {
                commands.add(line);
            }
        }
        assertThat(commands).isNotEmpty().allMatch(line -> line.startsWith("parallax "));
        assertThat(page).contains("![", "(screenshot.png)", "File → **New project…**", "File → Import → **Documents…**",
                "**Table 1**", "Edit → **Blind coding**", "File → **Copy for a second coder…**",
                "File → **Merge another coder's project…**", "**Compare**",
                "parallax agreement ");
        assertThat(HelpPages.file("agreement.md")).isEqualTo("docs/agreement.md");
        assertThat(HelpPages.file("README.md")).isEqualTo("README.md");
    }

    private static boolean writtenBefore(Path source, FileTime copy) {
        try {
            return Files.getLastModifiedTime(source).compareTo(copy) <= 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
