package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.OutsideDamage;
import org.parallax.testutil.TestProjects;

/**
 * A memo on a document or a code changed outside Parallax was named by the number of what it is on ("The memo on
 * document 2: its values no longer match …", "memo on code 5" in the check), which names nothing a researcher can find
 * in the window: the refusal of an edit and the check name the document by its title and the code by its name.
 */
class DamagedMemoNamedTest {
    @TempDir
    Path dir;

    @BothBackends
    void aDamagedMemoIsNamedByTheTitleOfItsDocumentOrTheNameOfItsCode(Backend backend) throws Exception {
        long document;
        Code code;
        String location;
        try (Workbench wb = backend.table1(dir)) {
            TestProjects.importOne(wb, TestProjects.textFile(dir, "first.txt", "NATO and Russia met in Rome."));
            document = TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt",
                    "Sanctions were named after the talks in Rome had failed."));
            code = wb.codebook().current().codes().get(1);
            wb.memos().set(MemoTarget.document(document), "Read again.");
            wb.memos().set(MemoTarget.code(code.id()), "Define more narrowly.");
            location = wb.location();
        }
        if (backend == Backend.SQLITE) {
            // The daily backup taken, the next open checks nothing before the edits below.
            try (Workbench wb = Workbench.open(Path.of(location))) {
                assertThat(Backups.list(Path.of(location))).isNotEmpty();
            }
        }
        OutsideDamage.run(location, "UPDATE memos SET text = 'Read once.' WHERE document_id = " + document,
                "UPDATE memos SET text = 'Define broadly.' WHERE code_id = " + code.id());

        try (Workbench wb = Workbench.open(location, Backend.PASSWORD::toCharArray)) {
            assertThatThrownBy(() -> wb.memos().set(MemoTarget.document(document), "Read twice."))
                    .isInstanceOf(ParallaxException.class).hasMessageStartingWith("The memo on document “report”: "
                            + "its values no longer match the checksum written with them");
            assertThatThrownBy(() -> wb.memos().set(MemoTarget.code(code.id()), "Define anew."))
                    .isInstanceOf(ParallaxException.class).hasMessageStartingWith("The memo on code “" + code.name()
                            + "”: its values no longer match the checksum written with them");
            assertThat(wb.check().contentHashes()).extracting(CheckFinding::where)
                    .contains("memo on document “report”", "memo on code “" + code.name() + "”");
        }
    }
}
