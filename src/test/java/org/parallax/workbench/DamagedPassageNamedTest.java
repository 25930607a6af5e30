package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.OutsideDamage;
import org.parallax.testutil.TestProjects;

/**
 * A passage changed outside Parallax was named by its number alone ("Passage 42: its values no longer match …",
 * "memo on passage 42"), which a researcher cannot find in the window: the refusal of an edit and the check name it by
 * its document, its first words and its code, as the passages list shows it.
 */
class DamagedPassageNamedTest {
    private static final String NAMED = "in document “report”, “Sanctions were named after the talks…”";

    @TempDir
    Path dir;

    @BothBackends
    void aDamagedPassageIsNamedByItsDocumentItsFirstWordsAndItsCode(Backend backend) throws Exception {
        long passage;
        long other;
        String location;
        Code code;
        String coder;
        try (Workbench wb = backend.table1(dir)) {
            long document = TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt",
                    "NATO and Russia met in Rome. Sanctions were named after the talks in Rome had failed."));
            List<Code> codes = wb.codebook().current().codes();
            code = codes.get(0);
            other = codes.get(1).id();
            passage = wb.coding().code(document, 29, 85, code.id(), null).id();
            wb.memos().set(MemoTarget.passage(passage), "Read again.");
            location = wb.location();
            coder = wb.activeCoder().name();
        }
        if (backend == Backend.SQLITE) {
            try (Workbench wb = Workbench.open(Path.of(location))) {
                assertThat(Backups.list(Path.of(location))).isNotEmpty();
            }
        }
        OutsideDamage.run(location, "UPDATE segments SET created = created + 1 WHERE id = " + passage,
                "UPDATE memos SET text = 'Read once.' WHERE segment_id = " + passage);

        try (Workbench wb = Workbench.open(location, Backend.PASSWORD::toCharArray)) {
            assertThatThrownBy(() -> wb.coding().changeCode(passage, other)).isInstanceOf(ParallaxException.class)
                    .hasMessageStartingWith("Passage " + passage + " " + NAMED + " (code “" + code.name() + "”): "
                            + "its values no longer match the checksum written with them");
            assertThatThrownBy(() -> wb.memos().set(MemoTarget.passage(passage), "Read twice."))
                    .isInstanceOf(ParallaxException.class).hasMessageStartingWith("The memo on passage " + passage
                            + " " + NAMED + " (code “" + code.name() + "”): its values no longer match");
            assertThat(wb.check().contentHashes()).extracting(CheckFinding::where)
                    .contains("passage " + passage + " " + NAMED + " (code “" + code.name() + "”, coder “" + coder
                            + "”)")
                    .contains("memo on passage " + passage + " " + NAMED);
        }
    }
}
