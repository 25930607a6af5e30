package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.CodeFrequencies;
import org.parallax.analysis.CodeFrequency;
import org.parallax.analysis.TheoryScenarioMatrix;
import org.parallax.model.Codebook;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;

/** Analysis use cases over the in-memory segments: the Table 1 matrix and code frequencies. */
public final class Analysis {
    private final Project project;

    Analysis(Project project) {
        this.project = project;
    }

    /** The theory-by-scenario matrix (Table 1) over every coder's passages. */
    public Matrix table1() {
        return TheoryScenarioMatrix.compute(project.codebook.load(), project.segmentCache.all(),
                project.documents.scenarioIds());
    }

    public List<CodeFrequency> frequencies() {
        return CodeFrequencies.compute(project.codebook.load(), project.segmentCache.all());
    }

    /** The passages behind one cell of a matrix, in document order. */
    public List<Segment> passages(Matrix matrix, int row, int column) {
        List<Segment> out = new ArrayList<>();
        for (long id : matrix.segmentIds(row, column)) {
            project.segments.get(id).ifPresent(out::add);
        }
        return out;
    }

    /** The codebook the last matrix was computed against, for labels. */
    public Codebook codebook() {
        return project.codebook.load();
    }
}
