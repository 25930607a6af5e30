package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parallax.model.Coder;

/**
 * The assistant's layer is one coder name: the workbench puts its passages there, and the migration to schema 19
 * leaves that layer out when it gives old rejections to the project's first coder. The PostgreSQL script wrote the name
 * as a literal of its own, which nothing held to the workbench's; a rename of the layer would have given a team's old
 * rejections to the assistant. Every coder name a migration script compares with must be the layer's.
 */
class AssistantLayerNamedOnceTest {
    private static final Pattern CODER_NAME_LITERAL = Pattern.compile("FROM coders WHERE name\\s*<>\\s*'([^']*)'");

    @Test
    void theWorkbenchAndTheStoreNameOneLayer() {
        assertThat(AssistantSettings.CODER).isSameAs(Coder.ASSISTANT);
    }

    @Test
    void everyCoderNameTheMigrationScriptsLeaveOutIsTheAssistantsLayer() throws IOException, URISyntaxException {
        Path migrations = Path.of(getClass().getResource("/org/parallax/store/migrations").toURI());
        List<String> literals = new ArrayList<>();
        try (Stream<Path> scripts = Files.walk(migrations)) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CODER_NAME_LITERAL.matcher(Files.readString(script, StandardCharsets.UTF_8));
                while (m.find()) {
                    literals.add(script.getFileName() + ": " + m.group(1));
                }
            }
        }

        assertThat(literals).isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith(": " + AssistantSettings.CODER));
    }
}
