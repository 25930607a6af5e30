package org.parallax.workbench;

import org.parallax.model.ParallaxException;

/**
 * A coder's passages were asked for that the server hides from this session (a team coder in blind mode): a view
 * says so in place, since it would meet the same refusal at every refresh.
 */
public final class HiddenLayerException extends ParallaxException {
    private final String reason;

    HiddenLayerException(String reason, String remedy) {
        super(reason + "; " + remedy);
        this.reason = reason;
    }

    /** What is hidden and that nothing was computed, without the command that switches blind mode off. */
    public String reason() {
        return reason;
    }
}
