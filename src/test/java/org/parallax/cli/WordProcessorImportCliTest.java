package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/** `parallax import` takes LibreOffice files; a hostile one fails with one line and nothing of it is stored. */
class WordProcessorImportCliTest {
    @TempDir
    Path dir;

    @Test
    void importsAnOdtBesideAHostileOneThatStoresNothing() throws IOException {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path concept = resource("/odt/foreign_policy_concept_rf_excerpt_scrf_ru.odt");
        Path hostile = dir.resolve("lolz.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                    + "<x>&b;</x>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Cli imported = Cli.parallax("import", project, hostile, concept);

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.out()).contains("1 imported, 0 duplicates, 1 failed");
        assertThat(imported.err().lines()).containsExactly(
                "failed: lolz.odt: damaged ODT file (contains a DOCTYPE declaration, refused for safety)");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).singleElement().satisfies(d -> {
                assertThat(d.meta().title()).isEqualTo("foreign policy concept rf excerpt scrf");
                assertThat(wb.documents().text(d.id())).startsWith("Современный мир переживает");
            });
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(WordProcessorImportCliTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
