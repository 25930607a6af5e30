package org.parallax.testutil;

import java.nio.file.Path;
import org.parallax.workbench.Workbench;

/**
 * A hand-made practice project: the 2003 Putin–Totsky readout coded by a reference coder "teacher"
 * and a student "student", giving 1 matched, 2 missed and 2 extra passages.
 */
public final class PracticeFixture {
    public static final String TOTSKY = "Mr Totsky told the President that Russian relations with NATO were far better "
            + "than ever expected.";
    public static final String COUNCIL = "He expressed his assurance that the NATO-Russia Council work was "
            + "sufficiently positive.";
    public static final String MILITARY = "Indications of progress had appeared in joint work in the military sphere";

    private PracticeFixture() {
    }

    /** Creates the project in {@code dir} and returns its file; the document has id 1. */
    public static Path create(Path dir) {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.sampleText("2003-09-10"));
            String text = wb.documents().text(doc);
            long interests = wb.codebook().code("Convergence of interests").id();
            long language = wb.codebook().code("Seeking a common language and community").id();
            long norms = wb.codebook().code("Convergence of norms").id();
            long balance = wb.codebook().code("Balance of power").id();
            int totsky = at(text, TOTSKY);
            int council = at(text, COUNCIL);
            int military = at(text, MILITARY);
            wb.coding().code(doc, totsky, totsky + TOTSKY.length(), interests, "teacher", null);
            wb.coding().code(doc, council, council + COUNCIL.length(), language, "teacher", null);
            wb.coding().code(doc, military, military + MILITARY.length(), norms, "teacher", null);
            // Starts ten characters late: still far more than half the union, so it matches.
            wb.coding().code(doc, totsky + 10, totsky + TOTSKY.length(), interests, "student", null);
            // Same passage, other code: extra, and the reference passage is missed.
            wb.coding().code(doc, council, council + COUNCIL.length(), balance, "student", null);
            // Right code, but only the first 20 characters: too little overlap, extra and missed.
            wb.coding().code(doc, military, military + 20, norms, "student", null);
        }
        return dir.resolve("test.parallax");
    }

    private static int at(String text, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalStateException("fixture quote not in the sample text: " + quote);
        }
        return start;
    }
}
