package org.parallax.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An evidence item of a hypothesis set: its passages, a description and note, P(E|H) per hypothesis id, an event
 * date the analyst may give, and a dependency group (items from one source repeating itself) or null.
 */
public record Evidence(long id, long setId, String description, String note, LocalDate eventDate, String group,
                       Map<Long, Likelihood> likelihoods, List<EvidencePassage> passages) {
    public Evidence {
        likelihoods = Map.copyOf(likelihoods);
        passages = List.copyOf(passages);
    }

    /** The date the ledger orders by: the event date given, else the earliest date of its passages' documents. */
    public LocalDate date() {
        if (eventDate != null) {
            return eventDate;
        }
        return passages.stream().map(EvidencePassage::documentDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public Likelihood likelihood(Hypothesis h) {
        Likelihood l = likelihoods.get(h.id());
        if (l == null) {
            throw new ParallaxException("Evidence #" + id + " gives no P(E|" + h.name() + ")");
        }
        return l;
    }
}
