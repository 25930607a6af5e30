package org.parallax.workbench;

import java.util.List;

/**
 * Which coders' layers a count reads, of the layers that hold passages (ADR 0019): every layer counts a passage
 * once, so a passage coded in two layers counts twice. Table 1, `tally`, the reports and the exports say it in
 * {@link #sentence()} whenever the project has more than one layer, or is in blind coding ({@code blind}), which
 * hides the other layers so that only the active coder's counts.
 */
public record CountedLayers(List<String> counted, List<String> present, boolean blind) {

    public CountedLayers {
        counted = List.copyOf(counted);
        present = List.copyOf(present);
    }

    /** The layers counted and present, not in blind coding. */
    public CountedLayers(List<String> counted, List<String> present) {
        this(counted, present, false);
    }

    /** The layers that hold passages but are not counted. */
    public List<String> left() {
        return present.stream().filter(name -> !counted.contains(name)).toList();
    }

    /**
     * One line naming what is counted, e.g. "Counting alice and bob, not consensus: a passage coded by both
     * counts once for each."; in blind coding "Counting maria only: blind coding hides the other coders' passages."
     * (the layers it hides are not named), since nothing else on screen says why the counts are hers alone; otherwise
     * empty when the project has a single layer (or none), where there is nothing to say.
     */
    public String sentence() {
        if (blind && counted.size() == 1) {
            return "Counting " + counted.get(0) + " only: blind coding hides the other coders' passages.";
        }
        if (present.size() <= 1 && left().isEmpty()) {
            return "";
        }
        List<String> left = left();
        String not = left.isEmpty() ? "" : ", not " + join(left, "or");
        if (counted.size() <= 1) {
            return "Counting " + (counted.isEmpty() ? "no layer" : counted.get(0) + " only") + not + ".";
        }
        return "Counting " + join(counted, "and") + not + ": a passage coded by "
                + (counted.size() == 2 ? "both" : "several") + " counts once for each.";
    }

    private static String join(List<String> names, String last) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + last + " " + names.get(names.size() - 1);
    }
}
