package org.parallax.io.refi;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/** GUIDs for REFI-QDA: deterministic ones for export, and the check for ids read from other tools. */
public final class RefiIds {
    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    private RefiIds() {
    }

    /** A name-based UUID of {@code key} within a project, so that exporting twice gives the same ids. */
    public static String stable(String projectKey, String key) {
        return UUID.nameUUIDFromBytes((projectKey + "\u0000" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** True if {@code id} has the GUID form the schema requires (with or without braces). */
    public static boolean isGuid(String id) {
        return id != null && GUID.matcher(id).matches();
    }

    /** The id in one spelling (no braces, lower case), so that references written differently still match. */
    public static String canonical(String id) {
        if (id == null) {
            return null;
        }
        String s = id.strip();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
