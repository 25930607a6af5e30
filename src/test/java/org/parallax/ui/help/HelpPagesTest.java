package org.parallax.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documentation ships inside the build: every page of docs/ and the README, with their images. */
class HelpPagesTest {

    @Test
    void everyPageOfDocsAndTheReadmeIsListedAndBundled() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .forEach(n -> assertThat(HelpPages.pages()).as("docs/" + n + " in Help").contains(n));
        }
        for (String page : HelpPages.pages()) {
            String source = page.equals("README.md") ? "README.md" : "docs/" + page;
            assertThat(HelpPages.text(page)).as(page).contains(Files.readString(Path.of(source)));
        }
        assertThat(HelpPages.title("README.md")).isEqualTo("Parallax");
        assertThat(HelpPages.resource("docs/screenshot.png")).isPresent();
    }
}
