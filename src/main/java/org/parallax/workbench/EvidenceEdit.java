package org.parallax.workbench;

import java.time.LocalDate;
import java.util.Map;

/**
 * A change to a recorded evidence item; its passages stay. A null field keeps what is there; a blank note or group
 * removes it, a blank description goes back to the quote, {@code clearDate} drops the event date (the ledger then
 * dates the item by its documents). Likelihoods given replace those of the named hypotheses only.
 */
public record EvidenceEdit(String setName, long evidenceId, Map<String, String> likelihoods, String description,
                           LocalDate date, boolean clearDate, String note, String group) {
    public EvidenceEdit {
        likelihoods = likelihoods == null ? Map.of() : Map.copyOf(likelihoods);
    }
}
