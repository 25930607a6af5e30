package org.parallax.workbench;

import java.util.List;
import org.parallax.analysis.CharacterAgreement;
import org.parallax.analysis.UnitAgreement;
import org.parallax.model.Counted;

/**
 * Agreement between coders over chosen documents, as flat lines ready for a table, CSV or JSON, plus the
 * full analysis result ({@code characters} for the character unit, {@code units} otherwise; the other null).
 * {@code offeredUnits} is how many characters or text units the {@code documents} held; {@code compared} of them
 * were coded by at least two of the coders, the only ones any statistic counts (docs/agreement.md, missing data).
 * {@code notes} say under the table why a figure that reads as a fault is right (a κ of 0 beside 99.7 %).
 */
public record AgreementReport(AgreementUnit unit, List<String> coders, int documents, int compared,
                             boolean onlyCoded, long offeredUnits, List<Line> lines, List<String> notes,
                             CharacterAgreement.Result characters, UnitAgreement.Result units) {

    /** Label of lines that pool all codes (kappa) or compare which code was applied (alpha). */
    public static final String ALL_CODES = "(all codes)";

    /** Which documents the figures count, in one sentence for under a table: a figure read alone misleads. */
    public String scope() {
        String who = coders.size() == 2 ? "both " + coders.get(0) + " and " + coders.get(1)
                : "at least two of " + String.join(", ", coders) + " (each pair over those both of its coders)";
        return compared + " of " + Counted.of(documents, "document") + " compared: those " + who
                + " coded (a coder with no passage in a document has not coded it)"
                + (onlyCoded ? "; only what one of them coded counts" : "");
    }

    /** The kappa of the first pair pooled over all codes, NaN when the lines hold none: the pair's one figure. */
    public static double pooledKappa(List<Line> lines) {
        return lines.stream().filter(l -> l.code().equals(ALL_CODES) && l.statistic().equals("kappa"))
                .mapToDouble(Line::value).findFirst().orElse(Double.NaN);
    }

    /**
     * One statistic: {@code statistic} is "percent agreement", "kappa" or "alpha"; {@code secondCoder} is
     * null for alpha over all coders; {@code units} is how many units the statistic counted.
     */
    public record Line(String code, String firstCoder, String secondCoder, String statistic, double value,
                       long units) {
    }
}
