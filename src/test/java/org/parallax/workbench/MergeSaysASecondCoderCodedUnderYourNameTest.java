package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.testutil.TestProjects;

/**
 * A second coder who opens the first coder's copy codes as the coder it names, the first coder, until they switch
 * coder: merged back, their passages went into the first coder's own layer, and the report ("1 passage added (1
 * already present) for anna") said nothing of it, so two coders' work was mixed and agreement could not be computed.
 */
class MergeSaysASecondCoderCodedUnderYourNameTest {
    @TempDir
    Path dir;

    @Test
    void passagesMergedIntoTheMergingCodersOwnLayerAreNamedWithWhatToDo() throws Exception {
        // the second coder codes without switching coder: the copy names anna
        MergeReport report = mergeACopyCodedAs(null, "copy for maria.parallax");

        assertThat(report.passagesAdded()).isEqualTo(1);
        assertThat(report.summary()).anySatisfy(line -> assertThat(line).contains(
                "1 passage of copy for maria.parallax went into anna's own layer",
                "if a second coder made it, they coded as anna, not under their own name (Edit → Switch coder…",
                "undo the merge"));
    }

    @Test
    void aSecondCodersOwnLayerMergesWithoutTheWarning() throws Exception {
        MergeReport report = mergeACopyCodedAs("maria", "maria.parallax");

        assertThat(report.passagesAdded()).isEqualTo(1);
        assertThat(report.summary()).containsExactly("1 passage added (1 already present) for anna, maria");
    }

    /**
     * Anna's project, one passage coded; a copy of it named {@code copyName} in which a second coder codes another
     * passage as {@code coder} (null: as the coder the copy names, anna), merged back into anna's project.
     */
    private MergeReport mergeACopyCodedAs(String coder, String copyName) throws Exception {
        Path mine = dir.resolve("thesis.parallax");
        Path copy = dir.resolve(copyName);
        Path text = TestProjects.textFile(dir, "readout.txt",
                "NATO and Russia met in Rome. Both sides agreed to work together on terrorism.\n");
        try (Workbench wb = Workbench.create(mine, CodebookTemplates.named("table1"))) {
            wb.setActiveCoder("anna");
            long doc = TestProjects.importOne(wb, text);
            wb.coding().code(doc, 0, 28, wb.codebook().code("Balance of power").id(), "anna", null);
        }
        Files.copy(mine, copy);
        try (Workbench theirs = Workbench.open(copy)) {
            if (coder != null) {
                theirs.setActiveCoder(coder);
            }
            long doc = theirs.documents().list().get(0).id();
            theirs.coding().code(doc, 29, 77, theirs.codebook().code("Convergence of interests").id(),
                    theirs.activeCoder().name(), null);
        }
        try (Workbench wb = Workbench.open(mine)) {
            return wb.merging().mergeProject(copy);
        }
    }
}
