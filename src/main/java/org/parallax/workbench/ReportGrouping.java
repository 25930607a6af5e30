package org.parallax.workbench;

import org.parallax.model.Choices;

/** How a coded-text report groups its passages: frame then code (the default), scenario then code, or document. */
public enum ReportGrouping {
    CODE("code", "frame and code"), SCENARIO("scenario", "scenario and code"), DOCUMENT("document", "document");

    /** The spellings `report --by` and the Report dialog accept. */
    public static final Choices<ReportGrouping> CHOICES = Choices.of(ReportGrouping.class, ReportGrouping::spelling)
            .alias("frame", CODE).alias("codes", CODE).alias("scenarios", SCENARIO).alias("documents", DOCUMENT);

    private final String spelling;
    private final String words;

    ReportGrouping(String spelling, String words) {
        this.spelling = spelling;
        this.words = words;
    }

    public String spelling() {
        return spelling;
    }

    /** What the report says it is grouped by. */
    public String words() {
        return words;
    }
}
