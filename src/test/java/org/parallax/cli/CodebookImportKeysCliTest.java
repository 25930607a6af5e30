package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A coding key selects one code. A codebook imported into a project whose key 1 already codes "Balance of power"
 * gave its own new code key 1 as well: the key then named two codes, and every later `codebook export` of the
 * project failed ("shortcut 1 is given to both …").
 */
class CodebookImportKeysCliTest {
    @TempDir
    Path dir;

    @Test
    void aNewCodeImportedWithAKeyInUseTakesItAsAnEditedCodeDoesAndTheCodebookStillExports() throws IOException {
        Path project = dir.resolve("p.parallax");
        Path json = dir.resolve("codebook.json");
        Cli.parallax("new", project, "--codebook", "table1");
        assertThat(Cli.parallax("codebook", "export", project, json).exit()).isZero();
        // A colleague's revision: the code renamed, its key kept.
        Files.writeString(json, Files.readString(json).replace("\"Balance of power\"", "\"Balance of power (BoP)\""));

        Cli imported = Cli.parallax("codebook", "import", project, json);
        assertThat(imported.exit()).as(imported.err()).isZero();

        assertThat(codesWithKey(project, "1")).containsExactly("Balance of power (BoP)");
        Cli exported = Cli.parallax("codebook", "export", project, dir.resolve("again.json"));
        assertThat(exported.err()).isEmpty();
        assertThat(exported.exit()).isZero();
        assertThat(Cli.parallax("check", project).exit()).isZero();
    }

    private static List<String> codesWithKey(Path project, String key) {
        Cli codes = Cli.parallax("codes", project, "--format", "csv");
        // id,code,frame,scenario,shortcut,…: no code name in table1 holds a comma.
        return codes.out().lines().skip(1).map(line -> line.split(",", -1))
                .filter(cells -> cells[4].equals(key)).map(cells -> cells[1]).toList();
    }
}
