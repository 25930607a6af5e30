package org.parallax.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;

/**
 * A hand-counted project for the general matrix, timeline, overlay, balance and co-occurrence tests:
 * 2 frames, 4 indicators, 3 scenarios, 4 documents (one undated, one without actor), 11 segments by
 * two coders. Every expected number in the tests is worked out from the comments here.
 */
final class CodingFixture {
    static final long REALISM = 1;
    static final long CONSTRUCTIVISM = 2;
    static final long PARTNERSHIP = 11;
    static final long DIALOGUE = 12;
    static final long DISBANDING = 13;
    static final long BALANCE = 101;
    static final long THREAT = 102;
    static final long NORMS = 201;
    static final long DIVERGENCE = 202;
    static final long ANA = 1;
    static final long BEN = 2;

    static final Codebook CODEBOOK = new Codebook(
            List.of(new Frame(REALISM, "Realism", "", "#1f77b4", 0),
                    new Frame(CONSTRUCTIVISM, "Constructivism", "", "#ff7f0e", 1)),
            List.of(new Scenario(PARTNERSHIP, "Partnership schemes / joint exercise", "", 0),
                    new Scenario(DIALOGUE, "Institutionalized dialogue", "", 1),
                    new Scenario(DISBANDING, "Disbanding of institutional interaction", "", 2)),
            List.of(code(BALANCE, REALISM, null, "Balance of power"),
                    code(THREAT, REALISM, null, "Perception of threatening behavior"),
                    code(NORMS, CONSTRUCTIVISM, null, "Convergence of norms"),
                    code(DIVERGENCE, CONSTRUCTIVISM, null, "Divergence in norms and values"),
                    code(301, null, PARTNERSHIP, "Partnership schemes / joint exercise"),
                    code(302, null, DIALOGUE, "Institutionalized dialogue"),
                    code(303, null, DISBANDING, "Disbanding of institutional interaction")),
            Map.of(BALANCE, Set.of(PARTNERSHIP, DIALOGUE), THREAT, Set.of(DIALOGUE, DISBANDING),
                    NORMS, Set.of(PARTNERSHIP), DIVERGENCE, Set.of(DISBANDING)));

    // Paragraphs: D1 [0,110) [111,311); D2 [0,160) [162,462); D3 [0,100); D4 [0,50).
    static final Map<Long, String> TEXTS = Map.of(
            1L, "A".repeat(110) + "\n" + "B".repeat(200),
            2L, "C".repeat(160) + "\n\n" + "D".repeat(300),
            3L, "E".repeat(100),
            4L, "F".repeat(50));

    static final List<Document> DOCUMENTS = List.of(
            document(1, LocalDate.of(1997, 5, 27), DocumentType.TREATY, "NATO", "en", "Institutionalized dialogue",
                    Map.of("speaker", "Solana")),
            document(2, LocalDate.of(1999, 3, 24), DocumentType.SPEECH, "Russia", "ru",
                    "Disbanding of institutional interaction", Map.of("speaker", "Yeltsin")),
            document(3, LocalDate.of(1999, 6, 1), DocumentType.MINUTES, "NATO", "en", null, Map.of()),
            document(4, null, DocumentType.INTERVIEW, null, "en", null, Map.of()));

    static final Map<Long, Long> WORDS = Map.of(1L, 1000L, 2L, 500L, 3L, 2000L, 4L, 250L);

    static final List<Segment> SEGMENTS = List.of(
            segment(1, 1, 0, 100, BALANCE, ANA),        // dialogue (document), D1 paragraph 1
            segment(2, 1, 200, 260, NORMS, ANA),        // dialogue, D1 paragraph 2
            segment(3, 1, 50, 120, THREAT, BEN),        // dialogue, overlaps segment 1 by 50, D1 paragraphs 1-2
            segment(4, 2, 0, 40, NORMS, ANA),           // disbanding, against the expectation, D2 paragraph 1
            segment(5, 2, 100, 150, DIVERGENCE, ANA),   // disbanding, D2 paragraph 1
            segment(6, 2, 120, 180, THREAT, BEN),       // disbanding, overlaps segment 5 by 30, D2 paragraphs 1-2
            segment(7, 2, 300, 400, 301, ANA),          // partnership span
            segment(8, 2, 310, 330, BALANCE, ANA),      // inside the partnership span, D2 paragraph 2
            segment(9, 3, 0, 10, BALANCE, BEN),         // no scenario
            segment(10, 3, 20, 60, NORMS, ANA),         // no scenario
            segment(11, 4, 0, 30, DIVERGENCE, BEN));    // no scenario, undated, no actor

    private CodingFixture() {
    }

    private static Code code(long id, Long frame, Long scenario, String name) {
        return new Code(id, null, frame, scenario, name, "#000000", "", 0, (int) id);
    }

    private static Document document(long id, LocalDate date, DocumentType type, String actor, String language,
                                     String scenario, Map<String, String> attributes) {
        return new Document(id, new DocumentMeta("Document " + id, date, type, actor, language, scenario, attributes),
                TEXTS.get(id).length(), "hash" + id, "d" + id + ".txt");
    }

    private static Segment segment(long id, long document, int start, int end, long code, long coder) {
        return new Segment(id, document, start, end, code, coder, null, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
