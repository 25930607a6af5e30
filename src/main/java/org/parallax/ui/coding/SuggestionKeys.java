package org.parallax.ui.coding;

/** What the keys do to the current suggestion while reading: A/Enter accept, R reject, N/Tab next. */
public interface SuggestionKeys {
    enum Action { ACCEPT, REJECT, NEXT }

    /** Acts on the current suggestion; false when there is none (the key then does what it did before). */
    boolean act(Action action);

    SuggestionKeys NONE = action -> false;
}
