package org.parallax.model;

import java.time.LocalDate;

/** An event on the causal chain: a shipped default ({@code id} 0) or one the analyst added. */
public record CausalEvent(long id, LocalDate date, String label, String description) {
    public boolean builtIn() {
        return id == 0;
    }
}
