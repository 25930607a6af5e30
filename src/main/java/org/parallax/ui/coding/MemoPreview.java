package org.parallax.ui.coding;

/** A memo shortened for a tooltip or a table cell: lines joined, at most a few hundred characters. */
public final class MemoPreview {
    private static final int LIMIT = 300;

    private MemoPreview() {
    }

    public static String of(String memo) {
        String flat = memo.strip().replaceAll("\\s*\\n\\s*", " / ");
        if (flat.length() <= LIMIT) {
            return flat;
        }
        int cut = Character.isLowSurrogate(flat.charAt(LIMIT)) ? LIMIT - 1 : LIMIT;
        return flat.substring(0, cut) + "…";
    }
}
