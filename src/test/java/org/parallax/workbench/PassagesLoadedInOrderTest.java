package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/**
 * A project opened again holds its passages in document, start and id order, each with its own memo, whatever order
 * they were coded in: the store reads them in the table's order and orders them itself (docs/performance.md, "Issue 18:
 * passages loaded in the table's order"), and Table 1 walks them by document in that order.
 */
class PassagesLoadedInOrderTest {
    @TempDir
    Path dir;
    Backend backend;
    Workbench wb;
    long act;
    long charter;

    @BeforeEach
    void open(Backend backend) {
        this.backend = backend;
        wb = backend.table1(dir);
        act = TestProjects.importOne(wb, TestProjects.textFile(dir, "act.txt",
                "NATO and Russia build a council of equals.\n"));
        charter = TestProjects.importOne(wb, TestProjects.textFile(dir, "charter.txt",
                "The charter speaks of partnership and of distinctive ties.\n"));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void passagesCodedInAnyOrderComeBackByDocumentStartAndIdWithTheirMemos() {
        long balance = wb.codebook().code("Balance of power").id();
        long norms = wb.codebook().code("Convergence of norms").id();
        List<Segment> coded = new ArrayList<>();
        // Later documents and later starts first; two passages on one start, the later id coded on the other code.
        coded.add(wb.coding().code(charter, 30, 41, balance, null));
        coded.add(wb.coding().code(act, 24, 31, norms, null));
        coded.add(wb.coding().code(charter, 4, 11, norms, null));
        coded.add(wb.coding().code(act, 0, 4, norms, null));
        coded.add(wb.coding().code(act, 0, 4, balance, null));
        coded.add(wb.coding().code(act, 9, 15, balance, null));
        wb.coding().setMemo(coded.get(0).id(), "the first coded, the last loaded");
        wb.coding().setMemo(coded.get(4).id(), "same start\nsecond line");
        wb.coding().setMemo(coded.get(3).id(), "the first loaded");

        wb = Backend.reopen(wb);

        List<Segment> loaded = wb.coding().segments();
        List<Segment> expected = new ArrayList<>();
        for (Segment s : coded) {
            expected.add(wb.coding().segment(s.id()));
        }
        expected.sort(Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start)
                .thenComparingLong(Segment::id));
        assertThat(loaded).isEqualTo(expected);
        assertThat(loaded).extracting(Segment::memo).containsExactlyInAnyOrder("the first coded, the last loaded",
                "same start\nsecond line", "the first loaded", null, null, null);
    }
}
