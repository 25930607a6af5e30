package org.parallax.model;

/** Van Evera's four tests, as implied by an item's certainty and uniqueness for one hypothesis. */
public enum TestType {
    STRAW_IN_THE_WIND("straw in the wind", "slightly strengthens the hypothesis", "slightly weakens the hypothesis"),
    HOOP("hoop", "keeps the hypothesis in play without confirming it", "nearly eliminates the hypothesis"),
    SMOKING_GUN("smoking gun", "nearly confirms the hypothesis", "weakens the hypothesis only slightly"),
    DOUBLY_DECISIVE("doubly decisive", "confirms the hypothesis and eliminates its rivals",
            "eliminates the hypothesis");

    private final String label;
    private final String ifPassed;
    private final String ifFailed;

    TestType(String label, String ifPassed, String ifFailed) {
        this.label = label;
        this.ifPassed = ifPassed;
        this.ifFailed = ifFailed;
    }

    /**
     * Certain when {@code certainty >= thresholds.certainty()}; unique when {@code notH <= thresholds.uniqueness()}
     * (an undefined P(E|not H), a set with no rival weight, is not unique).
     */
    public static TestType of(double certainty, double notH, TestThresholds thresholds) {
        boolean certain = certainty >= thresholds.certainty();
        boolean unique = !Double.isNaN(notH) && notH <= thresholds.uniqueness();
        if (certain) {
            return unique ? DOUBLY_DECISIVE : HOOP;
        }
        return unique ? SMOKING_GUN : STRAW_IN_THE_WIND;
    }

    public String label() {
        return label;
    }

    /** What observing the evidence (passing) does to the hypothesis. */
    public String ifPassed() {
        return ifPassed;
    }

    /** What not observing it (failing) would do. */
    public String ifFailed() {
        return ifFailed;
    }
}
