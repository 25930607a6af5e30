package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.DocumentMeta;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * Saving documents' details (title, date, type, actor, attributes; two documents at once, as the Details tab does with
 * both selected) killed midway (SIGKILL, a power cut): the child JVM is stopped inside the save, once the first or the
 * second document's details are written, and killed. The project then holds both documents' details as they were,
 * every field, and passes `check`: a save is one transaction, so no title is saved without its attributes and no
 * document without the other.
 */
class DetailsSaveKillTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void aSaveKilledMidwayLeavesEveryDetailAsItWas(long stopAt) throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        List<DocumentMeta> before = details(project);

        DetailsChild.killAt(project, stopAt, dir);

        assertThat(details(project)).as("killed once document %d's details were written", stopAt).isEqualTo(before);
        Cli check = Cli.parallax("check", project);
        assertThat(check.out()).as(check.err()).contains("no problems found (15 documents");
        assertThat(check.exit()).isZero();
    }

    /** The same save not killed changes every field of both: what the kills above would have torn. */
    @Test
    void theSameSaveNotKilledChangesEveryDetailOfBoth() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        List<DocumentMeta> before = details(project);
        try (Workbench wb = Workbench.open(project)) {
            wb.documents().updateMeta(List.of(wb.documents().require(1), wb.documents().require(2)),
                    DetailsChild::changed);
        }
        assertThat(details(project)).containsExactly(DetailsChild.changed(before.get(0)),
                DetailsChild.changed(before.get(1)));
    }

    private static List<DocumentMeta> details(Path project) {
        try (Workbench wb = Workbench.open(project)) {
            return List.of(wb.documents().require(1).meta(), wb.documents().require(2).meta());
        }
    }
}
