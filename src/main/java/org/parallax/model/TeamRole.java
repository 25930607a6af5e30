package org.parallax.model;

import java.util.Locale;

/** What a member of a team project may do (docs/team.md). */
public enum TeamRole {
    /** Keeps the codebook, the documents and the coders; settles disagreements; sees every layer. */
    LEAD,
    /** Codes in their own layer and writes memos; in blind mode sees only their own passages. */
    CODER,
    /** Reads the project and its analyses; writes nothing. */
    READER;

    /** The name used on the command line and in the server's role names. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TeamRole parse(String word) {
        for (TeamRole role : values()) {
            if (role.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return role;
            }
        }
        throw new ParallaxException("--role " + word + ": use lead, coder or reader");
    }
}
