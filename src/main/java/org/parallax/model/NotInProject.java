package org.parallax.model;

/**
 * A document, passage or other item asked for by its id that the project does not hold, said the one way every
 * command and view says it: which project, what was asked for, and the command that lists what there is
 * ("study.parallax: no passage with id 99 (the segments command lists them)"). The command line names that command
 * with the project as the user typed it ({@link #withListing}).
 */
public final class NotInProject extends ParallaxException {
    private final String project;
    private final String missing;
    private final String listing;

    /**
     * {@code missing} is what is not there ("document with id 999"), {@code listing} the command that lists what
     * is ("docs").
     */
    public NotInProject(String project, String missing, String listing) {
        super(project + ": no " + missing + " (the " + listing + " command lists them)");
        this.project = project;
        this.missing = missing;
        this.listing = listing;
    }

    /** "no document with id 999" in {@code project}, whose documents the {@code docs} command lists. */
    public static NotInProject document(String project, long id) {
        return new NotInProject(project, "document with id " + id, "docs");
    }

    /** "no passage with id 99", with {@code why} the viewer may not see it (blind mode), or "". */
    public static NotInProject passage(String project, long id, String why) {
        return new NotInProject(project, "passage with id " + id + why, "segments");
    }

    /** The message with the listing command written out to run: "(see: parallax docs study.parallax)". */
    public String withListing(String projectArgument) {
        return project + ": no " + missing + " (see: parallax " + listing + " " + projectArgument + ")";
    }
}
