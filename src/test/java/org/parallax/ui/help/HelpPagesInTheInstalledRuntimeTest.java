package org.parallax.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help → Documentation in the installed program showed "Something went wrong: Provider "jar" not found": the pages
 * were listed through the zip file system, whose module (jdk.zipfs) the packages' runtime, linked from the modules
 * the application uses, does not hold. A JVM limited to java.base reads the pages from a jar as the package has them.
 */
class HelpPagesInTheInstalledRuntimeTest {
    @Test
    void thePagesAreListedFromTheJarWithoutTheZipFileSystem(@TempDir Path dir) throws Exception {
        Path bundled = Path.of(URI.create(HelpPages.resource("README.md").orElseThrow())).getParent();
        Path jar = dir.resolve("parallax-app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> pages = Files.list(bundled)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                out.putNextEntry(new JarEntry("org/parallax/docs/" + page.getFileName()));
                Files.copy(page, (OutputStream) out);
                out.closeEntry();
            }
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--limit-modules", "java.base", "-cp", jar + File.pathSeparator
                + System.getProperty("java.class.path"), ListPages.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out.lines().toList()).as(out).startsWith("jar:", "getting-started.md", "README.md", "install.md", "ui.md")
                .contains("backups.md", "process-tracing.md", "team.md");
        assertThat(child.exitValue()).isZero();
    }

    /** Prints where the README was found, then every page Help lists, one a line. */
    public static final class ListPages {
        public static void main(String[] args) {
            System.out.println(HelpPages.resource("README.md").orElseThrow().substring(0, 4));
            List<String> pages = HelpPages.pages();
            pages.forEach(System.out::println);
        }
    }
}
