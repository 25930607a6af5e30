package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A memo whose bytes changed on disk (a bad sector, a tool that edited the file) is found by `check`, as a damaged
 * document text is: SQLite's own integrity check cannot see a changed byte inside a text. Edits through Parallax keep
 * the checksum current, so a memo written, changed and undone checks sound.
 */
class MemoChecksumCliTest {
    @TempDir
    Path dir;

    @Test
    void checkFindsAMemoChangedOnDiskAndNotOneEditedInParallax() throws Exception {
        Path project;
        String title;
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importSamples(wb);
            project = wb.file();
            title = wb.documents().require(2).meta().title();
        }
        String memo = "Interview notes: the minister hesitated before answering (checksum marker)";
        assertThat(Cli.parallax("memo", project, "--doc", 2, "--text", "first draft").exit()).isZero();
        assertThat(Cli.parallax("memo", project, "--doc", 2, "--text", memo).exit()).isZero();
        assertThat(Cli.parallax("memo", project, "--project", "--text", "Research journal, day 1").exit()).isZero();
        Cli sound = Cli.parallax("check", project);
        assertThat(sound.exit()).as(sound.out() + sound.err()).isZero();

        byte[] bytes = Files.readAllBytes(project);
        byte[] marker = "hesitated".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, marker, 0);
        assertThat(at).as("the memo's text lies in the main file once the project is closed").isNotNegative();
        for (; at >= 0; at = indexOf(bytes, marker, at + 1)) {
            bytes[at] = 'j'; // "jesitated": one byte, same length, SQLite's structure untouched
        }
        Files.write(project, bytes);

        Cli check = Cli.parallax("check", project);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("memo on document “" + title + "”: its text no longer matches the checksum written with "
                + "it: the file was changed or damaged").doesNotContain("project memo");
        assertThat(check.out()).as("SQLite's own check sees nothing").doesNotContain("integrity check");
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
