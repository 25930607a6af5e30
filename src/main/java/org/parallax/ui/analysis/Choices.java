package org.parallax.ui.analysis;

import java.util.function.Function;
import javafx.util.StringConverter;
import org.parallax.analysis.MatrixValues;

/** How the measure, percentage and timeline choices read in their boxes. */
final class Choices {
    static final StringConverter<MatrixValues.Measure> MEASURE = of(m -> switch (m) {
        case PASSAGES -> "passages (documents)";
        case DOCUMENTS -> "documents";
        case CHARACTERS -> "coded characters";
        case PER_10K_WORDS -> "passages per 10,000 words";
    });
    static final StringConverter<MatrixValues.Percentage> PERCENTAGE = of(p -> switch (p) {
        case NONE -> "no percentage";
        case ROW -> "% of row";
        case COLUMN -> "% of column";
        case TOTAL -> "% of total";
    });

    static final StringConverter<TimelineViewModel.Granularity> GRANULARITY = of(g -> switch (g) {
        case YEAR -> "year";
        case MONTH -> "month";
        case PERIOD -> "period between events";
    });

    private Choices() {
    }

    private static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("the choices are picked, not typed");
            }
        };
    }
}
