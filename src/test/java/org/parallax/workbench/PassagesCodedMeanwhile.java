package org.parallax.workbench;

/**
 * Passages of one code on a team project's first document, coded as the questions before deleting or merging a code
 * meet them: three by the lead, whose session stays open, then six more by a member in a session of their own.
 */
final class PassagesCodedMeanwhile {
    private PassagesCodedMeanwhile() {
    }

    /** Codes the lead's three passages of {@code code} (at 0, 20 and 40); the document's id. */
    static long codedByTheLead(Workbench lead, long code) {
        long document = lead.documents().list().get(0).id();
        for (int i = 0; i < 3; i++) {
            lead.coding().code(document, 20 * i, 20 * i + 10, code, null);
        }
        return document;
    }

    /** Codes six more passages of {@code code} after the lead's, in a session of the member's own, closed after. */
    static void codedByAMember(String memberUrl, String password, long document, long code) {
        try (Workbench coder = Workbench.open(memberUrl, password::toCharArray)) {
            for (int i = 0; i < 6; i++) {
                coder.coding().code(document, 100 + 20 * i, 110 + 20 * i, code, null);
            }
        }
    }
}
