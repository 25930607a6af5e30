package org.parallax.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;

/** A reproducible random Table 1 project with many overlapping scenario passages, for cross-check tests. */
final class SyntheticTable1Project {

    /** A codebook, its segments and the documents' scenarios, its segments and the documents' scenarios. */
    public record Project(Codebook codebook, List<Segment> segments, Map<Long, Long> documentScenarios) {
    }

    private SyntheticTable1Project() {
    }

    /**
     * A reproducible random project: two frames sharing {@code codes} codes (one scenario code per
     * scenario among them), segments spread over {@code documents} documents of 20,000 characters,
     * every other document with a scenario attribute.
     */
    public static Project synthetic(int segments, int documents, int codes, int scenarios, long seed) {
        return synthetic(segments, documents, codes, scenarios, seed, 1);
    }

    /** The same project with its passages dealt in turn to {@code coders} coders, ids 1 to {@code coders}. */
    public static Project synthetic(int segments, int documents, int codes, int scenarios, long seed, int coders) {
        Random random = new Random(seed);
        List<Frame> frames = List.of(new Frame(1, "Realism", "", "#1f77b4", 0),
                new Frame(2, "Constructivism", "", "#ff7f0e", 1));
        List<Scenario> scenarioList = new ArrayList<>();
        List<Code> codeList = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            scenarioList.add(new Scenario(100 + s, "Scenario " + (s + 1), "", s));
            codeList.add(new Code(1000 + s, null, null, 100L + s, "Scenario " + (s + 1), "#888888", "", 0, s));
        }
        for (int c = scenarios; c < codes; c++) {
            codeList.add(new Code(1000 + c, null, 1L + c % 2, null, "Code " + c, "#000000", "", 0, c));
        }
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        List<Segment> segmentList = new ArrayList<>(segments);
        for (int i = 0; i < segments; i++) {
            int start = random.nextInt(19_000);
            Code code = codeList.get(random.nextInt(codeList.size()));
            segmentList.add(new Segment(i + 1, 1 + random.nextInt(documents), start, start + 1 + random.nextInt(1000),
                    code.id(), 1 + i % coders, null, created));
        }
        Map<Long, Long> documentScenarios = new HashMap<>();
        for (long d = 1; d <= documents; d += 2) {
            documentScenarios.put(d, 100L + random.nextInt(Math.max(1, scenarios)));
        }
        return new Project(new Codebook(frames, scenarioList, codeList, Map.of()), segmentList, documentScenarios);
    }
}
