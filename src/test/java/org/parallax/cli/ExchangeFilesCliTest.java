package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.io.refi.QdpxFiles.projectWithSource;
import static org.parallax.io.refi.QdpxFiles.selection;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.Code;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * Codebooks and projects other tools (or an attacker) wrote, imported through the command line, and what a codebook
 * export says it left out.
 */
class ExchangeFilesCliTest {
    private static final String SOURCE = "aaaaaaaa-0000-0000-0000-000000000001";
    private static final String TEXT = "Концепция внешней политики: угроза расширения НАТО.";

    @TempDir
    Path dir;

    /**
     * Codes nested 20,000 deep overflowed the reader's stack (a stack trace on the terminal); nested 1,000 deep they
     * were imported, and every REFI-QDA export of the project then failed with a stack overflow. Both are refused in
     * one line with nothing imported; a tree as deep as the limit imports and exports.
     */
    @Test
    void codesNestedDeeperThanAnyCodingSchemeAreRefusedInOneLineAndNothingIsImported() {
        for (int depth : new int[] {20_000, 1_000, 900, 65}) {
            Path project = newProject("deep" + depth + ".parallax");
            Path file = qdpx("deep" + depth + ".qdpx", nested(depth), StandardCharsets.UTF_8);

            Cli imported = Cli.parallax("import", project, file);

            assertThat(imported.exit()).as(imported.err()).isEqualTo(1);
            // Past a thousand elements deep the XML reader stops first, before any code is read.
            String line = depth >= 1_000
                    ? "failed: deep" + depth + ".qdpx: project.qde: not readable XML (line 5, column "
                    : "failed: deep" + depth + ".qdpx: its codes nest more than 64 deep (code 'level 65' and those "
                            + "under it); nothing was imported";
            assertThat(imported.err().lines()).as(imported.err()).singleElement().asString().startsWith(line);
            if (depth >= 1_000) {
                assertThat(imported.err()).contains("elements nested more than 1000 deep");
            }
            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.documents().list()).isEmpty();
                assertThat(wb.codebook().current().codes()).isEmpty();
            }
        }
        Path project = newProject("deep64.parallax");
        Cli imported = Cli.parallax("import", project, qdpx("deep64.qdpx", nested(64), StandardCharsets.UTF_8));
        assertThat(imported.exit()).as(imported.err()).isZero();
        Cli exported = Cli.parallax("export", "qdpx", project, dir.resolve("again.qdpx"));
        assertThat(exported.exit()).as(exported.err()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.codebook().current().codes()).hasSize(64);
        }
    }

    /** The same limit for a codebook in Parallax's JSON (Jackson itself stops at 1,000 levels of brackets). */
    @Test
    void aJsonCodebookNestedDeeperThanTheLimitIsRefusedInOneLine() throws Exception {
        StringBuilder json = new StringBuilder("{\"formatVersion\": 2, \"name\": \"deep\", \"frames\": [{\"name\": "
                + "\"Frame\", \"codes\": [");
        for (int level = 1; level <= 65; level++) {
            json.append(level == 1 ? "" : ", \"children\": [").append("{\"name\": \"level ").append(level).append('"');
        }
        json.append("}]".repeat(65)).append("}]}");
        Path file = Files.writeString(dir.resolve("deep.json"), json);
        Path project = newProject("json.parallax");

        Cli imported = Cli.parallax("codebook", "import", project, file);

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.err().lines()).containsExactly("error: Codebook " + file + ": its codes nest more than 64 "
                + "deep (code 'level 65' and those under it)");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.codebook().current().codes()).isEmpty();
        }
    }

    /**
     * A project.qde that declares ISO-8859-1 (or an encoding Java does not know) over UTF-8 text, as REFI-QDA
     * requires it to be: read as declared, "Концепция" came in as "ÐÐ¾Ð½ÑÐµÐ¿ÑÐ¸Ñ" in the title and the code
     * name, without a word (or the file was refused naming only the encoding). A file really written in the
     * encoding it declares is still read in it.
     */
    @Test
    void aDeclarationNamingAnotherEncodingOverUtf8TextIsReadAsUtf8AndSaysSo() {
        for (String declared : new String[] {"ISO-8859-1", "x-no-such-encoding"}) {
            Path project = newProject("lying-" + declared + ".parallax");
            String qde = cyrillic(declared);
            Cli imported = Cli.parallax("import", project, qdpx("lying.qdpx", qde, StandardCharsets.UTF_8));

            assertThat(imported.exit()).as(imported.err()).isZero();
            assertThat(imported.out() + imported.err()).contains("lying.qdpx: project.qde: declares the encoding "
                    + declared + ", but its text is UTF-8 (as REFI-QDA requires); read as UTF-8");
            assertReadRight(project);
        }
        Path project = newProject("cp1251.parallax");
        Cli imported = Cli.parallax("import", project, qdpx("cp1251.qdpx", cyrillic("windows-1251"),
                Charset.forName("windows-1251")));
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out() + imported.err()).doesNotContain("declares the encoding");
        assertReadRight(project);
    }

    /**
     * Two codes carrying one GUID: every passage coded with it went to the last of them ("Balance of power" 16 → 0,
     * "Perception of threatening behavior" 7 → 23 in the altered sample), without a word. The file cannot say which
     * was meant, so those codings are left out and named; the rest imports.
     */
    @Test
    void codingsWithAGuidTwoCodesCarryAreLeftOutAndNamedWhileTheRestImports() {
        String threat = "22222222-2222-2222-2222-222222222222";
        String calm = "33333333-3333-3333-3333-333333333333";
        String qde = projectWithSource(SOURCE, "internal://" + SOURCE + ".txt",
                selection("aaaaaaaa-0000-0000-0000-0000000000a1", 0, 9, "Концепция")
                        + selection("aaaaaaaa-0000-0000-0000-0000000000a2", 10, 17, "внешней")
                        + selection("aaaaaaaa-0000-0000-0000-0000000000a3", 18, 26, "политики").replace(threat, calm))
                .replace("name=\"Threat\" isCodable=\"true\"/>", "name=\"Threat\" isCodable=\"true\"/><Code guid=\""
                        + threat + "\" name=\"Danger\" isCodable=\"true\"/><Code guid=\"" + calm
                        + "\" name=\"Calm\" isCodable=\"true\"/>");
        Path project = newProject("shared-guid.parallax");

        Cli imported = Cli.parallax("import", project, qdpx("shared.qdpx", qde, StandardCharsets.UTF_8));

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out() + imported.err()).contains("Codes 'Threat' and 'Danger' carry the same GUID " + threat
                + ": the 2 codings with it cannot be told apart; not imported").doesNotContain("has no code");
        try (Workbench wb = Workbench.open(project)) {
            Map<Long, String> names = new java.util.HashMap<>();
            wb.codebook().current().codes().forEach(c -> names.put(c.id(), c.name()));
            assertThat(names.values()).containsExactlyInAnyOrder("Threat", "Danger", "Calm");
            assertThat(wb.coding().segments()).singleElement().satisfies(p -> {
                assertThat(names.get(p.codeId())).isEqualTo("Calm");
                assertThat(TEXT.substring(p.start(), p.end())).isEqualTo("политики");
            });
        }
    }

    /** A code without a frame (a REFI-QDA file's top-level code) has no place in the JSON codebook: now said. */
    @Test
    void aJsonCodebookExportSaysItLeftOutTheCodesWithoutAFrame() throws Exception {
        Path project = newProject("frameless.parallax");
        String qde = projectWithSource(SOURCE, "internal://" + SOURCE + ".txt", "");
        assertThat(Cli.parallax("import", project, qdpx("frameless.qdpx", qde, StandardCharsets.UTF_8)).exit())
                .isZero();

        Cli exported = Cli.parallax("codebook", "export", project, dir.resolve("codebook.json"));

        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("note: 1 code without a frame left out: the JSON codebook holds the "
                + "frames' codes only (export qdc keeps every code)");
        Cli qdc = Cli.parallax("export", "qdc", project, dir.resolve("codebook.qdc"));
        assertThat(qdc.exit()).as(qdc.err()).isZero();
        assertThat(Files.readString(dir.resolve("codebook.qdc"))).contains("name=\"Threat\"");
    }

    private void assertReadRight(Path project) {
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).singleElement()
                    .satisfies(d -> assertThat(d.title()).isEqualTo("Концепция"));
            assertThat(wb.codebook().current().codes()).extracting(Code::name).containsExactly("Угроза");
        }
    }

    private static String cyrillic(String encoding) {
        int start = TEXT.indexOf("угроза");
        return projectWithSource(SOURCE, "internal://" + SOURCE + ".txt",
                        selection("aaaaaaaa-0000-0000-0000-0000000000a1", start, start + 6, "угроза"))
                .replace("encoding=\"UTF-8\"", "encoding=\"" + encoding + "\"")
                .replace("name=\"source one\"", "name=\"Концепция\"").replace("name=\"Threat\"", "name=\"Угроза\"");
    }

    /** The minimal project with its code "Threat" at the bottom of a chain of codes {@code depth} deep. */
    private static String nested(int depth) {
        StringBuilder chain = new StringBuilder();
        for (int level = 1; level < depth; level++) {
            chain.append("<Code guid=\"").append(UUID.nameUUIDFromBytes(("level " + level).getBytes()))
                    .append("\" name=\"level ").append(level).append("\" isCodable=\"true\">");
        }
        String qde = projectWithSource(SOURCE, "internal://" + SOURCE + ".txt",
                selection("aaaaaaaa-0000-0000-0000-0000000000a1", 0, 9, "Концепция"));
        int code = qde.indexOf("<Code ");
        int end = qde.indexOf("/>", code) + 2;
        return qde.substring(0, code) + chain + qde.substring(code, end).replace("name=\"Threat\"", "name=\"level "
                + depth + "\"") + "</Code>".repeat(depth - 1) + qde.substring(end);
    }

    private Path qdpx(String name, String qde, Charset encoding) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde.getBytes(encoding));
        entries.put("sources/" + SOURCE + ".txt", TEXT.getBytes(StandardCharsets.UTF_8));
        return QdpxFiles.zip(dir.resolve(name), entries);
    }

    private Path newProject(String name) {
        Path project = dir.resolve(name);
        assertThat(Cli.parallax("new", project).exit()).isZero();
        return project;
    }
}
