package org.parallax.analysis;

/**
 * A two-coder 2x2 agreement table over units (here characters): both coders applied the code, only the
 * first, only the second, or neither; with percent agreement, chance agreement and Cohen's kappa.
 */
public record CohenKappa(long both, long firstOnly, long secondOnly, long neither) {

    /** Number of units the table counts. */
    public long units() {
        return both + firstOnly + secondOnly + neither;
    }

    /** Observed agreement p_o: share of units both coded or both left uncoded; NaN without units. */
    public double percentAgreement() {
        return units() == 0 ? Double.NaN : (double) (both + neither) / units();
    }

    /** Chance agreement p_e from each coder's marginal share of coded units. */
    public double chanceAgreement() {
        double n = units();
        if (n == 0) {
            return Double.NaN;
        }
        double first = (both + firstOnly) / n;
        double second = (both + secondOnly) / n;
        return first * second + (1 - first) * (1 - second);
    }

    /**
     * Kappa = (p_o - p_e) / (1 - p_e). When chance agreement is 1 (both coders put every unit in the
     * same single category) kappa is 1, as NVivo reports it; NaN without units.
     */
    public double kappa() {
        double expected = chanceAgreement();
        if (Double.isNaN(expected)) {
            return Double.NaN;
        }
        if (expected >= 1) {
            return 1;
        }
        return (percentAgreement() - expected) / (1 - expected);
    }

    /** The sum of two tables, for pooling codes. */
    public CohenKappa plus(CohenKappa other) {
        return new CohenKappa(both + other.both, firstOnly + other.firstOnly, secondOnly + other.secondOnly,
                neither + other.neither);
    }
}
