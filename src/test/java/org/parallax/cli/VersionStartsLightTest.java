package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workbench.BuildInfo;

/**
 * {@code parallax --version} is what a packager or a user tries first, and through the installed launcher it is a
 * whole JVM start: it must print the version without loading the command line, the store, Lucene or JavaFX.
 * A fresh JVM runs Main as the launcher does and logs every class it loads.
 */
class VersionStartsLightTest {
    @Test
    void versionAloneLoadsNeitherPicocliNorTheStoreNorLuceneNorJavaFx(@TempDir Path dir) throws Exception {
        for (String option : List.of("--version", "-V")) {
            Path classes = dir.resolve("classes" + option + ".log");
            Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
                    "org.parallax.Main", option).redirectErrorStream(true).start();
            String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(java.exitValue()).as(out).isZero();
            assertThat(out.strip()).isEqualTo(BuildInfo.current().describe());

            List<String> loaded = Files.readAllLines(classes);
            assertThat(loaded).anyMatch(line -> line.contains(" org.parallax.cli.VersionLine "));
            assertThat(loaded).noneMatch(line -> line.contains(" picocli.") || line.contains(" javafx.")
                    || line.contains(" org.apache.lucene.") || line.contains(" org.sqlite.")
                    || line.contains(" org.parallax.store.") || line.contains(" org.parallax.cli.ParallaxCommand "));
        }
    }
}
