package org.parallax.workbench;

import java.util.List;
import org.parallax.analysis.CharacterAgreement;
import org.parallax.analysis.UnitAgreement;

/**
 * Agreement between coders over chosen documents, as flat lines ready for a table, CSV or JSON, plus the
 * full analysis result ({@code characters} for the character unit, {@code units} otherwise; the other null).
 * {@code offeredUnits} is how many characters or text units the documents held.
 */
public record AgreementReport(AgreementUnit unit, List<String> coders, int documents, boolean onlyCoded,
                             long offeredUnits, List<Line> lines, CharacterAgreement.Result characters,
                             UnitAgreement.Result units) {

    /** Label of lines that pool all codes (kappa) or compare which code was applied (alpha). */
    public static final String ALL_CODES = "(all codes)";

    /**
     * One statistic: {@code statistic} is "percent agreement", "kappa" or "alpha"; {@code secondCoder} is
     * null for alpha over all coders; {@code units} is how many units the statistic counted.
     */
    public record Line(String code, String firstCoder, String secondCoder, String statistic, double value,
                       long units) {
    }
}
