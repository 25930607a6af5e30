package org.parallax.io;

import java.util.List;

/**
 * What a printable report holds, independent of its format: a title, lines that say what was selected,
 * the definitions of the codes it covers, and sections (a group with its count) of quoted entries.
 * {@code unit} names one entry ("passage", "memo") for the counts. {@link DocxReport} and
 * {@link HtmlReport} write the same document, so both formats say the same.
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

    /** A group (frame, code, scenario, document, memo kind) with its sub-groups and its own entries. */
    public record Section(String heading, List<Section> subsections, List<Entry> entries) {
        public Section {
            subsections = List.copyOf(subsections);
            entries = List.copyOf(entries);
        }

        /** Entries of this section and of every sub-section. */
        public int entryCount() {
            return entries.size() + subsections.stream().mapToInt(Section::entryCount).sum();
        }
    }

    /**
     * One item: an optional bold {@code label}, an optional {@code body} paragraph (a memo's text), the
     * {@code quote} in full as a block quote with its {@code citation}, and an optional {@code note}
     * (a passage's memo). Null parts are left out.
     */
    public record Entry(String label, String body, String quote, String citation, String note) {
    }
}
