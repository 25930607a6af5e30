package org.parallax.workbench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.model.Code;
import org.parallax.model.Codebook;

/**
 * The check's finding for each coding key an earlier release left on several codes: which codes hold it, which one
 * the key codes, and how to mend it. The window and every export already read such a key as the first code's.
 */
final class CodingKeyClashes {
    private CodingKeyClashes() {
    }

    static List<CheckFinding> of(Codebook book, String project) {
        return book.keyClashes().entrySet().stream().map(clash -> finding(clash, project)).toList();
    }

    private static CheckFinding finding(Map.Entry<Integer, List<Code>> clash, String project) {
        List<Code> holders = clash.getValue();
        String codes = holders.stream().map(CodingKeyClashes::named).collect(Collectors.joining(", "));
        return new CheckFinding("coding key " + clash.getKey(), "held by codes " + codes + "; it codes "
                + named(holders.get(0)) + ", the first in the codebook, and exports give it to that code alone. "
                + "To mend it, give the others another key or none in the Codes pane, or run: parallax codebook "
                + "export " + project + " codebook.json, then parallax codebook import --replace " + project
                + " codebook.json", true);
    }

    private static String named(Code code) {
        return code.id() + " “" + code.name() + "”";
    }
}
