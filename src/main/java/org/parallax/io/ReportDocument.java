package org.parallax.io;

import java.util.List;

/**
 * What a printable report holds, independent of its format: a title, lines that say what was selected,
 * the definitions of the codes it covers, and sections (a group with its count) of quoted entries and tables.
 * {@code unit} names one entry ("passage", "memo") for the counts. {@link DocxReport} and
 * {@link HtmlReport} are the one Word and the one HTML writer of every report (coded text, memos, process
 * tracing), so all formats and all reports share their styles, quote blocks, citations and headings.
 */
public record ReportDocument(String title, String unit, List<String> selection, List<Definition> definitions,
                             List<Section> sections) {

    public ReportDocument {
        selection = List.copyOf(selection);
        definitions = List.copyOf(definitions);
        sections = List.copyOf(sections);
    }

    /** The number of entries in every section. */
    public int entryCount() {
        return sections.stream().mapToInt(Section::entryCount).sum();
    }

    /** A code's definition and rules as the codebook states them; null fields were not written. */
    public record Definition(String code, String frame, String definition, String inclusion, String exclusion) {
    }

    /**
     * A group (frame, code, scenario, document, memo kind, evidence item) with its sub-groups, its own entries
     * and an optional table shown before the entries; {@code counted} headings say how many entries it holds.
     */
    public record Section(String heading, List<Section> subsections, List<Entry> entries, Table table,
                          boolean counted) {
        public Section {
            subsections = List.copyOf(subsections);
            entries = List.copyOf(entries);
        }

        /** A counted group without a table. */
        public Section(String heading, List<Section> subsections, List<Entry> entries) {
            this(heading, subsections, entries, null, true);
        }

        /** Entries of this section and of every sub-section. */
        public int entryCount() {
            return entries.size() + subsections.stream().mapToInt(Section::entryCount).sum();
        }
    }

    /**
     * One item: an optional bold {@code label}, an optional {@code body} paragraph (a memo's text), the
     * {@code quote} in full as a block quote with its {@code citation}, an optional {@code note} (a passage's
     * memo) and a bulleted list of {@code points}. Null parts are left out.
     */
    public record Entry(String label, String body, String quote, String citation, String note, List<String> points) {
        public Entry {
            points = points == null ? List.of() : List.copyOf(points);
        }

        public Entry(String label, String body, String quote, String citation, String note) {
            this(label, body, quote, citation, note, List.of());
        }
    }

    /** A table of texts with a header row (a process-tracing ledger). */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
