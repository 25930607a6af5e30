package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Cli;

/**
 * A project that cannot be made whole is not made at all: nothing is left for the next open to take for an older
 * project or for "new" to call taken, and the reason is one line.
 */
class NewProjectFailureTest {
    @TempDir
    Path dir;

    @Test
    void aProjectThatTheFullDiskCutShortLeavesNoFileBehind() throws Exception {
        Path folder = dir.resolve("small");
        try (SmallDisk disk = SmallDisk.mountOrSkip(folder, 3)) {
            Path filler = SmallDisk.fill(folder.resolve("filler"), (3L << 20) - (160L << 10));
            Path project = folder.resolve("study.parallax");

            assertThatThrownBy(() -> Workbench.createWithTemplate(project, "table1"))
                    .isInstanceOf(ParallaxException.class).hasMessageContaining("the disk is full");

            assertThat(namesIn(folder)).containsExactly("filler");
            Files.delete(filler);
            try (Workbench wb = Workbench.createWithTemplate(project, "table1")) {
                assertThat(wb.codebook().current().codes()).isNotEmpty();
            }
        }
    }

    @Test
    void aNameTooLongForTheFilesBesideTheProjectIsRefusedInWordsAndLeavesNothing() throws Exception {
        // 125 Cyrillic letters: 250 bytes of the 255 a Linux name may have, too few for "-journal" or ".backups"
        String name = "Стенограмма заседания комиссии ".repeat(4).strip() + "-abcde.parallax";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isEqualTo(250);

        Cli made = Cli.parallax("new", dir.resolve(name));

        assertThat(made.exit()).isEqualTo(1);
        assertThat(made.err().lines()).singleElement().asString()
                .startsWith("error: " + name + ": the name is too long: ").endsWith("choose a shorter name")
                .doesNotContain("SQLITE");
        assertThat(namesIn(dir)).isEmpty();
    }

    /**
     * A project renamed (by the file manager, by mv) to a name with no room for the files beside it opened, then
     * failed to index, import and back up with the system's "File name too long" and the path twice.
     */
    @Test
    void aProjectRenamedToANameTooLongForTheFilesBesideItSaysSoInOneLineWhenOpened() throws Exception {
        String name = "Стенограмма заседания комиссии ".repeat(4).strip() + "-abcde.parallax";
        Path made = dir.resolve("short.parallax");
        Workbench.createWithTemplate(made, "table1").close();
        Path renamed = Files.move(made, dir.resolve(name));
        List<String> before = namesIn(dir);

        Cli docs = Cli.parallax("docs", renamed);

        assertThat(docs.exit()).isEqualTo(1);
        assertThat(docs.err().lines()).singleElement().asString()
                .startsWith("error: " + name + ": the name is too long: ").endsWith("rename the file to a shorter name")
                .doesNotContain("File name too long");
        assertThat(namesIn(dir)).isEqualTo(before);
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
