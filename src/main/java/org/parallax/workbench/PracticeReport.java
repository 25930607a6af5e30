package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Document;

/**
 * A student's coding of one document compared with a reference coder's: matched, missed and extra
 * passages (see {@link org.parallax.analysis.PassageComparison} for the matching rule), and the
 * character-level agreement statistics of the two coders on that document.
 */
public record PracticeReport(Document document, String student, String reference, List<Matched> matched,
                             List<Passage> missed, List<Passage> extra, List<AgreementReport.Line> agreement) {

    public PracticeReport {
        agreement = List.copyOf(agreement);
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }

    /** A coded passage with its code's name and definition, so a miss can be explained. */
    public record Passage(long segmentId, int start, int end, String code, String definition, String text) {
    }

    /** A student passage that matches a reference passage; {@code overlap} is intersection over union. */
    public record Matched(Passage student, Passage reference, double overlap) {
    }
}
