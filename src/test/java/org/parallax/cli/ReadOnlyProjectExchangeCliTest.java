package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;

/**
 * A project in a folder Parallax may not write (the installed sample, a CD, a colleague's share) exported to REFI-QDA:
 * every other export wrote its file, but `export qdpx` and `export qdc` said "… is open read-only" and wrote nothing,
 * as the first exchange export of a project keeps a key for its items' ids in the project.
 */
class ReadOnlyProjectExchangeCliTest {
    @TempDir
    Path dir;

    @Test
    void aProjectInAReadOnlyFolderIsExportedToRefiQdaAndLeftUnchanged() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shared study"));
        Path project = folder.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        int passages;
        try (Workbench wb = Workbench.open(project)) {
            passages = wb.passageCount();
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        byte[] before = Files.readAllBytes(project);
        try {
            Cli qdpx = Cli.parallax("export", "qdpx", project, dir.resolve("study.qdpx"));
            Cli again = Cli.parallax("export", "qdpx", project, dir.resolve("again.qdpx"));
            Cli qdc = Cli.parallax("export", "qdc", project, dir.resolve("codebook.qdc"));

            assertThat(qdpx.exit()).as(qdpx.err()).isZero();
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(qdc.exit()).as(qdc.err()).isZero();
            assertThat(qdpx.out()).contains("REFI-QDA project written to");
            assertThat(dir.resolve("codebook.qdc")).isNotEmptyFile();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        try (var beside = Files.list(folder)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sample.parallax",
                    "sample.parallax.backups");
        }
        for (String exported : new String[] {"study.qdpx", "again.qdpx"}) {
            Path copy = dir.resolve(exported + ".parallax");
            Cli.ok("new", copy);
            Cli.ok("import", copy, dir.resolve(exported));
            try (Workbench wb = Workbench.open(copy)) {
                assertThat(wb.passageCount()).isEqualTo(passages);
            }
        }
        // The items keep their ids from one export to the next, as those of a writable project do.
        assertThat(projectEntry(dir.resolve("again.qdpx"))).isEqualTo(projectEntry(dir.resolve("study.qdpx")));
    }

    private static String projectEntry(Path qdpx) throws Exception {
        try (var zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
