package org.parallax.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an exchange action did, in the words the CLI prints and the window shows: summary lines, then one
 * line per item skipped or not understood.
 */
public record Outcome(List<String> lines, List<String> problems) {

    public Outcome {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public static Outcome of(ExchangeReport report, Path file) {
        return new Outcome(report.summary(String.valueOf(file.getFileName())), report.problemLines());
    }

    public static Outcome of(MergeReport report) {
        return new Outcome(report.summary(), report.problemLines());
    }

    public static Outcome of(CodebookMerge merge) {
        return new Outcome(List.of(merge.summary()), List.of());
    }

    /** Every line, problems last. */
    public String text() {
        List<String> all = new ArrayList<>(lines);
        all.addAll(problems);
        return String.join("\n", all);
    }
}
