package org.parallax.workbench;

import java.time.LocalDate;
import java.util.List;
import org.parallax.model.AttributeMatch;

/**
 * Which coded passages a report covers, as a user names them: frames, codes, scenarios (names, matched
 * regardless of case), document ids, coder names, a date range of the documents (both ends inclusive;
 * undated documents are left out once either end is set) and conditions on document attributes
 * ({@link AttributeMatch}). An empty list or null means no restriction.
 */
public record ReportSelection(List<String> frames, List<String> codes, List<String> scenarios, List<Long> documents,
                              List<String> coders, LocalDate from, LocalDate to, List<AttributeMatch> attributes) {
    /** Every coded passage. */
    public static final ReportSelection ALL = new ReportSelection(null, null, null, null, null, null, null);

    /** A selection without attribute conditions. */
    public ReportSelection(List<String> frames, List<String> codes, List<String> scenarios, List<Long> documents,
                           List<String> coders, LocalDate from, LocalDate to) {
        this(frames, codes, scenarios, documents, coders, from, to, null);
    }

    public ReportSelection {
        frames = frames == null ? List.of() : List.copyOf(frames);
        codes = codes == null ? List.of() : List.copyOf(codes);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        documents = documents == null ? List.of() : List.copyOf(documents);
        coders = coders == null ? List.of() : List.copyOf(coders);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The date range ends before it starts (from " + from + " to " + to
                    + "): swap the two dates");
        }
    }

    /** Whether the selection restricts nothing. */
    public boolean isEverything() {
        return frames.isEmpty() && codes.isEmpty() && scenarios.isEmpty() && documents.isEmpty() && coders.isEmpty()
                && from == null && to == null && attributes.isEmpty();
    }

    /** The selection in words, for the report's first page and for "nothing selected". */
    public String describe() {
        StringBuilder out = new StringBuilder();
        part(out, "frame", frames);
        part(out, "code", codes);
        part(out, "scenario", scenarios);
        part(out, "document", documents.stream().map(String::valueOf).toList());
        part(out, "coder", coders);
        if (!attributes.isEmpty()) {
            out.append(out.isEmpty() ? "" : "; ").append("documents with ")
                    .append(String.join(", ", attributes.stream().map(AttributeMatch::toString).toList()));
        }
        if (from != null || to != null) {
            out.append(out.isEmpty() ? "" : "; ").append("dated ")
                    .append(from == null ? "up to " + to : to == null ? "from " + from : from + " to " + to);
        }
        return out.isEmpty() ? "every coded passage" : out.toString();
    }

    /** "coder second-coder", "coders analyst, second-coder": the noun agrees with the names it lists. */
    private static void part(StringBuilder out, String noun, List<String> names) {
        if (!names.isEmpty()) {
            out.append(out.isEmpty() ? "" : "; ").append(names.size() == 1 ? noun : noun + "s").append(' ')
                    .append(String.join(", ", names));
        }
    }
}
