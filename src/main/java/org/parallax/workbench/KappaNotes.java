package org.parallax.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.analysis.CohenKappa;

/**
 * The footnotes that say why a κ of 0 stands beside a percent agreement near 100: when one coder of a pair never
 * applied a code in the documents compared, every character the two agree on is one neither coded, exactly the
 * agreement chance alone gives, so κ (agreement beyond chance) is 0 however high the percentage. Read alone, "99.7 %,
 * κ 0.0" looked like a fault of the program.
 */
final class KappaNotes {
    /** Codes one coder never applied, by [that coder, the other coder], with their percent agreement. */
    private final Map<List<String>, Map<String, Double>> unapplied = new LinkedHashMap<>();

    /** Notes the code when one of the pair applied it in the documents compared and the other did not. */
    void add(String code, String first, String second, CohenKappa table) {
        if (table.both() != 0 || (table.firstOnly() == 0) == (table.secondOnly() == 0)) {
            return;
        }
        List<String> pair = table.firstOnly() == 0 ? List.of(first, second) : List.of(second, first);
        unapplied.computeIfAbsent(pair, p -> new LinkedHashMap<>()).put(code, 100 * table.percentAgreement());
    }

    /** One sentence for each coder who left codes unapplied that the other applied, over {@code compared} documents. */
    List<String> notes(int compared) {
        List<String> notes = new ArrayList<>();
        unapplied.forEach((pair, codes) -> {
            boolean one = codes.size() == 1;
            double low = codes.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double high = codes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            String where = compared == 1 ? "the document compared" : "the " + compared + " documents compared";
            String note = "κ 0 for " + String.join(", ", codes.keySet()) + ": " + pair.get(0) + " never applied "
                    + (one ? "this code" : "these codes") + " in " + where + " (" + pair.get(1) + " did)";
            if (high > 0) {
                note += ", so the " + percent(low, high) + " agreement on " + (one ? "it" : "each")
                        + " is all text neither of them coded, which chance alone gives; κ counts only agreement"
                        + " beyond chance";
            }
            notes.add(note + " (docs/agreement.md)");
        });
        return List.copyOf(notes);
    }

    /** "99.7 %" or "97.1–99.7 %", cut (not rounded) to a tenth, so 99.96 does not read as a full 100 %. */
    private static String percent(double low, double high) {
        String from = tenth(low);
        String to = tenth(high);
        return (from.equals(to) ? to : from + "–" + to) + " %";
    }

    private static String tenth(double value) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(value * 10) / 10);
    }
}
