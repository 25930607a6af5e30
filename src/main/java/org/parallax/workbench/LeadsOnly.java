package org.parallax.workbench;

/**
 * The parts of a team project only a lead may change: the server grants a coder their own passages, memos and saved
 * searches and a reader nothing, so a window offers these changes to a lead alone rather than asking "Delete …?" and
 * passing on the server's refusal after the answer (docs/team.md, "Roles").
 */
public enum LeadsOnly {
    CODEBOOK("changes the codebook"),
    DOCUMENTS("adds, changes or removes documents"),
    PROCESS_TRACING("changes process tracing (hypotheses, evidence, events)"),
    SETTLING("settles disagreements");

    private final String doing;

    LeadsOnly(String doing) {
        this.doing = doing;
    }

    /** The one line saying who may, for a member of {@code role}: "Only a lead changes the codebook (you are coder)". */
    String refusal(String role) {
        return "Only a lead " + doing + " (you are " + role + ")";
    }
}
