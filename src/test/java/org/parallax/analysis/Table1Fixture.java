package org.parallax.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Frame;
import org.parallax.model.Matrix;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;

/**
 * A hand-counted project: 2 frames, 5 indicator codes (one a sub-code), 3 scenarios with scenario codes,
 * an unframed code, 4 documents and 18 segments; expected tallies are worked out in the tests.
 */
final class Table1Fixture {
    static final long DOC_DIALOGUE = 1;
    static final long DOC_WITHOUT_SCENARIO = 2;
    static final long DOC_DISBANDING = 3;
    static final long DOC_NOT_IN_MAP = 4;

    static final Codebook CODEBOOK = new Codebook(
            List.of(new Frame(1, "Realism", "", "#1f77b4", 0), new Frame(2, "Constructivism", "", "#ff7f0e", 1)),
            List.of(new Scenario(11, "Partnership schemes / joint exercise", "", 0),
                    new Scenario(12, "Institutionalized dialogue", "", 1),
                    new Scenario(13, "Disbanding of institutional interaction", "", 2)),
            List.of(code(101, null, 1L, null, "Balance of power"),
                    code(102, null, 1L, null, "Perception of threatening behavior"),
                    code(103, 102L, 1L, null, "Actions that are threatening to vital interests of either party"),
                    code(201, null, 2L, null, "Convergence of norms"),
                    code(202, null, 2L, null, "Divergence in norms and values"),
                    code(301, null, null, 11L, "Partnership schemes / joint exercise"),
                    code(302, null, null, 12L, "Institutionalized dialogue"),
                    code(303, null, null, 13L, "Disbanding of institutional interaction"),
                    code(401, null, null, null, "Quote")),
            Map.of());

    static final Map<Long, Long> DOCUMENT_SCENARIOS = Map.of(DOC_DIALOGUE, 12L, DOC_DISBANDING, 13L);

    static final List<Segment> SEGMENTS = List.of(
            segment(1, DOC_DIALOGUE, 0, 100, 301),
            segment(2, DOC_DIALOGUE, 200, 300, 303),
            segment(3, DOC_DIALOGUE, 10, 50, 101),      // inside the partnership span
            segment(4, DOC_DIALOGUE, 250, 400, 201),    // half inside the disbanding span
            segment(5, DOC_DIALOGUE, 500, 600, 101),    // no span: document's scenario (dialogue)
            segment(6, DOC_DIALOGUE, 80, 220, 202),     // 20 units in each span: tie, partnership comes first
            segment(7, DOC_WITHOUT_SCENARIO, 0, 100, 302),
            segment(8, DOC_WITHOUT_SCENARIO, 50, 150, 102),
            segment(9, DOC_WITHOUT_SCENARIO, 300, 400, 103),
            segment(10, DOC_WITHOUT_SCENARIO, 40, 60, 401), // unframed code: no row
            segment(11, DOC_WITHOUT_SCENARIO, 100, 120, 201), // touches the span's end only: no overlap
            segment(12, DOC_DISBANDING, 0, 50, 101),    // no span: document's scenario (disbanding)
            segment(13, DOC_DISBANDING, 60, 500, 302),
            segment(14, DOC_DISBANDING, 100, 400, 301),
            segment(15, DOC_DISBANDING, 90, 150, 201),  // 60 units dialogue beat 50 units partnership
            segment(16, DOC_NOT_IN_MAP, 0, 10, 202),
            segment(17, DOC_NOT_IN_MAP, 5, 30, 102),
            segment(18, DOC_NOT_IN_MAP, 0, 100, 9999)); // code not in the codebook

    private Table1Fixture() {
    }

    /**
     * Table 1 of {@code segments}: each document in {@code scenarios} (document id to scenario id) is listed
     * with that scenario as its attribute; documents only met in segments stay unlisted (no metadata).
     */
    static Matrix table1(Codebook codebook, Collection<Segment> segments, Map<Long, Long> scenarios) {
        return table1(codebook, segments, scenarios, MatrixSpec.table1());
    }

    /** The same for {@code spec}, a Table 1 with its filter. */
    static Matrix table1(Codebook codebook, Collection<Segment> segments, Map<Long, Long> scenarios, MatrixSpec spec) {
        Map<Long, String> names = new HashMap<>();
        codebook.scenarios().forEach(s -> names.put(s.id(), s.name()));
        List<Document> documents = new ArrayList<>();
        scenarios.forEach((document, scenario) -> documents.add(new Document(document,
                new DocumentMeta("d" + document, null, null, null, null, names.get(scenario), Map.of()), 0, "", "")));
        return CodingMatrix.compute(codebook, documents, Map.of(), segments, spec);
    }

    private static Code code(long id, Long parent, Long frame, Long scenario, String name) {
        return new Code(id, parent, frame, scenario, name, "#000000", "", 0, (int) id);
    }

    private static Segment segment(long id, long document, int start, int end, long code) {
        // One coder's reading: a passage takes its scenario from its own coder's spans (CodingMatrixTest has two).
        return new Segment(id, document, start, end, code, 1, null, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
