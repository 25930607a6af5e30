package org.parallax.model;

/**
 * A refusal because what the action would add is there already: a name taken (a code, frame, scenario, hypothesis,
 * hypothesis set, saved search), or a passage the consensus layer holds. When the action was run again because another
 * member's transaction got in its way, what it now meets is what that member added a moment ago, and the line says so
 * ({@link #aMomentAgo}) rather than leaving the researcher to wonder where it came from.
 */
public final class AlreadyThereException extends ParallaxException {
    private final String aMomentAgo;

    private AlreadyThereException(String message, String aMomentAgo) {
        super(message);
        this.aMomentAgo = aMomentAgo;
    }

    /**
     * The refusal {@code message}, and for the same moment "…: another member added that {@code noun} a moment ago,
     * and it is now in your {@code place} (nothing was changed)", as a collision on the server's unique index reads.
     */
    public static AlreadyThereException added(String message, String noun, String place) {
        return new AlreadyThereException(message, message + ": another member added that " + noun
                + " a moment ago, and it is now in your " + place + " (nothing was changed)");
    }

    /** The refusal {@code message}, and {@code aMomentAgo} whole for the same moment. */
    public static AlreadyThereException saying(String message, String aMomentAgo) {
        return new AlreadyThereException(message, aMomentAgo);
    }

    /** The line for an action that met it only when run again after another member's transaction. */
    public String aMomentAgo() {
        return aMomentAgo;
    }
}
