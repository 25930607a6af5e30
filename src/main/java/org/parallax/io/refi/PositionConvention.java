package org.parallax.io.refi;

/** How a tool counted the selection positions of a text source. */
public enum PositionConvention {
    CODE_POINTS("Unicode code points (the standard)"),
    UTF16_CRLF_TWO("UTF-16 units, CRLF counted as two"),
    UTF16_CRLF_ONE("UTF-16 units, CRLF counted as one"),
    /**
     * QualCoder's export with its MAXQDA line-ending option: positions counted in code points of its LF text, the
     * text file then written with CRLF.
     */
    CODE_POINTS_CRLF_ONE("Unicode code points, CRLF counted as one");

    private final String label;

    PositionConvention(String label) {
        this.label = label;
    }

    /** A short description for reports. */
    public String label() {
        return label;
    }
}
