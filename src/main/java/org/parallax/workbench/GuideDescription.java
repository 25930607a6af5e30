package org.parallax.workbench;

import org.parallax.model.Code;

/**
 * A code's definition and its inclusion and exclusion rules folded into one description text, for
 * exchange formats (REFI-QDA) that have only a description, and unfolded again on import.
 */
record GuideDescription(String definition, String inclusion, String exclusion) {
    static final String USE_WHEN = "\n\nUse when: ";
    static final String NOT_WHEN = "\n\nDo not use when: ";
    /** Before a code's memo in its Description, after the definition and rules (QualCoder reads no Note). */
    static final String MEMO = "\n\nMemo: ";

    static String of(Code code) {
        String text = code.definition() == null ? "" : code.definition();
        if (code.inclusion() != null && !code.inclusion().isBlank()) {
            text += USE_WHEN + code.inclusion();
        }
        if (code.exclusion() != null && !code.exclusion().isBlank()) {
            text += NOT_WHEN + code.exclusion();
        }
        return text.isEmpty() ? code.definition() : text;
    }

    /** A code's Description for an exchange file: its memo alone, or after the definition and rules. */
    static String withMemo(String description, String memo) {
        return description == null || description.isBlank() ? memo : description + MEMO + memo;
    }

    /** The Description without the memo {@link #withMemo} put after it, when one of {@code memos} is that memo. */
    static String withoutMemo(String description, java.util.Collection<String> memos) {
        int at = description == null ? -1 : description.lastIndexOf(MEMO);
        if (at < 0) {
            return description;
        }
        String memo = description.substring(at + MEMO.length()).strip();
        return memos.stream().anyMatch(m -> m.strip().equals(memo)) ? description.substring(0, at) : description;
    }

    /** Splits a description written by {@link #of(Code)}; text from other tools becomes the definition. */
    static GuideDescription parse(String description) {
        if (description == null) {
            return new GuideDescription(null, null, null);
        }
        String rest = description;
        String exclusion = null;
        int not = rest.lastIndexOf(NOT_WHEN);
        if (not >= 0) {
            exclusion = rest.substring(not + NOT_WHEN.length());
            rest = rest.substring(0, not);
        }
        String inclusion = null;
        int use = rest.lastIndexOf(USE_WHEN);
        if (use >= 0) {
            inclusion = rest.substring(use + USE_WHEN.length());
            rest = rest.substring(0, use);
        }
        return new GuideDescription(rest, inclusion, exclusion);
    }
}
