package org.parallax.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parallax.model.Choices;

/**
 * What a general coding matrix shows: its rows (frames with their indicators, or chosen codes), its
 * columns (scenario, a document property, periods, or co-coded codes) and which passages it reads.
 */
public record MatrixSpec(Rows rows, Columns columns, Filter filter) {

    public MatrixSpec {
        filter = filter == null ? Filter.NONE : filter;
    }

    /** The Table 1 preset: frames with their indicators by scenario, every passage. */
    public static MatrixSpec table1() {
        return new MatrixSpec(Rows.frames(), Columns.of(ColumnKind.SCENARIO), Filter.NONE);
    }

    public MatrixSpec withFilter(Filter newFilter) {
        return new MatrixSpec(rows, columns, newFilter);
    }

    public MatrixSpec withColumns(Columns newColumns) {
        return new MatrixSpec(rows, newColumns, filter);
    }

    /** Rows: every frame followed by its indicator codes (Table 1), or the given codes, flat, in that order. */
    public record Rows(boolean byFrame, List<Long> codeIds) {
        public Rows {
            codeIds = codeIds == null ? List.of() : List.copyOf(codeIds);
        }

        public static Rows frames() {
            return new Rows(true, List.of());
        }

        public static Rows codes(List<Long> codeIds) {
            return new Rows(false, codeIds);
        }
    }

    /** What the columns split passages by. */
    public enum ColumnKind {
        SCENARIO("scenario"), ACTOR("actor"), TYPE("type"), YEAR("year"), MONTH("month"), LANGUAGE("lang"),
        ATTRIBUTE("attr:NAME"), PERIOD("period"), CODES("code");

        /** The spellings `--cols` and the Analysis tab accept; errors list them all. */
        public static final Choices<ColumnKind> CHOICES = Choices.of(ColumnKind.class, ColumnKind::spelling)
                .alias("language", LANGUAGE).alias("periods", PERIOD).alias("codes", CODES);

        private final String spelling;

        ColumnKind(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }

        /** The kind for a spelling; {@code attr:NAME} (any name) is ATTRIBUTE. */
        public static ColumnKind parse(String text) {
            String value = text == null ? "" : text.strip();
            if (value.regionMatches(true, 0, "attr:", 0, 5)) {
                return ATTRIBUTE;
            }
            return CHOICES.parse(value, "The columns");
        }
    }

    /** A named period that starts on {@code start} and runs until the next period's start. */
    public record Period(String label, LocalDate start) {
    }

    /**
     * The column axis; {@code attribute} names the document attribute for ATTRIBUTE, {@code codeIds}
     * the column codes for CODES, {@code periods} the periods (ordered by start) for PERIOD.
     */
    public record Columns(ColumnKind kind, String attribute, List<Long> codeIds, List<Period> periods) {
        public Columns {
            codeIds = codeIds == null ? List.of() : List.copyOf(codeIds);
            periods = periods == null ? List.of() : periods.stream()
                    .sorted((a, b) -> a.start().compareTo(b.start())).toList();
            if (kind == ColumnKind.ATTRIBUTE && (attribute == null || attribute.isBlank())) {
                throw new IllegalArgumentException("An attribute column needs the attribute's name (attr:NAME)");
            }
        }

        public static Columns of(ColumnKind kind) {
            return new Columns(kind, null, List.of(), List.of());
        }

        public static Columns attribute(String name) {
            return new Columns(ColumnKind.ATTRIBUTE, name, List.of(), List.of());
        }

        public static Columns codes(List<Long> codeIds) {
            return new Columns(ColumnKind.CODES, null, codeIds, List.of());
        }

        public static Columns periods(List<Period> periods) {
            return new Columns(ColumnKind.PERIOD, null, List.of(), periods);
        }

        /**
         * Parses the CLI spelling (see {@link ColumnKind#CHOICES}): {@code code} columns are the given
         * codes; {@code period} columns need the project's events, which only the caller has.
         */
        public static Columns parse(String text, List<Long> codeIds) {
            ColumnKind kind = ColumnKind.parse(text);
            return switch (kind) {
                case ATTRIBUTE -> attribute(text.strip().substring(5).strip());
                case CODES -> codes(codeIds);
                case PERIOD -> throw new IllegalArgumentException("Period columns need the project's events");
                default -> of(kind);
            };
        }

        /** Parses a spelling that needs neither codes nor events: every kind but {@code code} and {@code period}. */
        public static Columns parse(String text) {
            if (ColumnKind.parse(text) == ColumnKind.CODES) {
                throw new IllegalArgumentException("Code columns need the codes to show");
            }
            return parse(text, List.of());
        }
    }

    /**
     * Which passages count: documents dated within {@code [from, to]} (both inclusive; undated documents
     * are left out once either bound is set), by the given coders, in the given documents, from the given
     * source actors. Null or empty means no restriction.
     */
    public record Filter(LocalDate from, LocalDate to, Set<Long> coderIds, Set<Long> documentIds,
                         Set<String> actors) {
        public static final Filter NONE = new Filter(null, null, Set.of(), Set.of(), Set.of());

        public Filter {
            coderIds = coderIds == null ? Set.of() : Set.copyOf(coderIds);
            documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
            actors = actors == null ? Set.of() : Set.copyOf(actors);
        }

        /** True if a document with this id and metadata passes the document, actor and date conditions. */
        public boolean admits(long documentId, org.parallax.model.DocumentMeta meta) {
            if (!documentIds.isEmpty() && !documentIds.contains(documentId)) {
                return false;
            }
            if (!actors.isEmpty() && (meta.actor() == null || !actors.contains(meta.actor().strip()))) {
                return false;
            }
            if (from == null && to == null) {
                return true;
            }
            return meta.date() != null && (from == null || !meta.date().isBefore(from))
                    && (to == null || !meta.date().isAfter(to));
        }

        /** True if passages of this coder count. */
        public boolean admitsCoder(long coderId) {
            return coderIds.isEmpty() || coderIds.contains(coderId);
        }

        public Filter withCoders(Set<Long> ids) {
            return new Filter(from, to, ids, documentIds, actors);
        }

        public Filter withDates(LocalDate newFrom, LocalDate newTo) {
            return new Filter(newFrom, newTo, coderIds, documentIds, actors);
        }

        public Filter withDocuments(Set<Long> ids) {
            return new Filter(from, to, coderIds, ids, actors);
        }

        public Filter withActors(Set<String> names) {
            return new Filter(from, to, coderIds, documentIds, names);
        }
    }
}
