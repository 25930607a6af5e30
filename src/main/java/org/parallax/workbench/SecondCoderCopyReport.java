package org.parallax.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Codebook;
import org.parallax.model.Counted;
import org.parallax.store.LeftOutOfACopy;

/**
 * What a second coder's copy ({@code copy}) holds and what was left out of it, told from the rows removed per table
 * and the settings removed by key ({@code leftOut}); {@code project} is the file it was made from,
 * {@code sensitiveAttributes} the attributes that hold names, {@code formsKept} how many other forms of the names its documents hold it keeps,
 * {@code inTheWindow} whether the next steps are said as menus or as commands.
 */
public record SecondCoderCopyReport(Path copy, String project, int documents, Codebook codebook,
                                    LeftOutOfACopy leftOut, List<String> sensitiveAttributes, int formsKept,
                                    boolean inTheWindow) {

    public SecondCoderCopyReport {
        sensitiveAttributes = List.copyOf(sensitiveAttributes);
    }

    /**
     * While attributes hold names: the copy holds the documents as they are, names included, since the second coder
     * reads and codes them (a pseudonymised text would match no document when merged back), and what it keeps of the
     * pseudonyms; empty otherwise.
     */
    public java.util.Optional<String> namesInTheDocuments() {
        return sensitiveAttributes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(copy.getFileName()
                + " holds the documents as they are, with the names that pseudonymised exports replace (the values of "
                + String.join(", ", sensitiveAttributes) + "), for the second coder to read and code; no coder's name "
                + "is in it. Kept: which details hold names (" + String.join(", ", sensitiveAttributes) + "), with "
                + Counted.of(formsKept, "other form") + " and the pseudonym of each name the documents hold, so that "
                + "the second coder's pseudonymised files name each person as yours do; the forms and pseudonyms of "
                + "names no document holds stay behind");
    }

    /** Passages of every coder left out of the copy. */
    public long passagesLeftOut() {
        return rows("segments");
    }

    /** Memos of every kind and writer left out of the copy. */
    public long memosLeftOut() {
        return rows("memos");
    }

    /** What the CLI prints and the window shows. */
    public List<String> summary() {
        long codes = codebook.codes().stream().filter(c -> !c.isScenarioCode()).count();
        List<String> lines = new ArrayList<>();
        lines.add("Wrote " + copy.getFileName() + " for a second coder: " + Counted.of(documents, "document")
                + " with their details and the codebook (" + Counted.of(codebook.frames().size(), "frame") + ", "
                + Counted.of(codes, "code") + ", " + Counted.of(codebook.scenarios().size(), "scenario") + ")");
        lines.add("Left out: " + String.join(", ", leftOutParts()) + "; no coder is set in it");
        if (rows("hypothesis_sets") + rows("causal_events") > 0) {
            // The events are the first coder's periods, which read the documents: a copy without them had no periods,
            // and the box, saying only that they were left out, read as a fault.
            lines.add("Process tracing and the events are your reading of the documents, left out so that the second "
                    + "coder codes blind; the copy has no periods for the Timeline and the Analysis tab until its coder "
                    + "adds events (" + (inTheWindow ? "Process tracing → Causal chain → Add the study's events"
                    : "parallax event template " + copy) + " adds the study's)");
        }
        String merge = inTheWindow ? "File → Merge another coder's project…" : "parallax merge " + project + " "
                + copy;
        String named = inTheWindow ? "the strip beside the window's menu asks it, or Edit → Switch coder…"
                : "the window asks it in the strip beside its menu, or parallax coders " + copy + " --active NAME";
        lines.add("The second coder gives their own name as they open it (" + named + "), codes and sends it "
                + "back; " + merge + " then adds "
                + "their passages as their own layer, for Table 1 per coder and agreement (the Compare tab, parallax "
                + "agreement)");
        return lines;
    }

    private List<String> leftOutParts() {
        List<String> parts = new ArrayList<>();
        parts.add(Counted.of(passagesLeftOut(), "passage") + " and " + Counted.of(memosLeftOut(), "memo")
                + " (of every coder)");
        long coders = rows("coders");
        if (coders > 0) {
            parts.add("the " + (coders == 1 ? "name of 1 coder" : "names of " + Counted.grouped(coders) + " coders"));
        }
        addIfAny(parts, rows("code_anchors"), "anchor example");
        long sets = rows("hypothesis_sets");
        if (sets > 0) {
            parts.add("process tracing (" + Counted.of(sets, "hypothesis set") + ", " + Counted.of(rows("evidence"),
                    "evidence item") + ")");
        }
        addIfAny(parts, rows("causal_events"), "event");
        long searches = rows("saved_searches");
        if (searches > 0) {
            parts.add(Counted.grouped(searches) + " saved search" + (searches == 1 ? "" : "es"));
        }
        long assistant = rows("passage_provenance") + rows("assistant_rejections");
        if (assistant > 0) {
            parts.add("the coding assistant's records");
        }
        if (!leftOut.settings().isEmpty()) {
            parts.add("the project's settings (" + String.join(", ", SettingsLeftOut.named(leftOut.settings())) + ")");
        }
        return parts;
    }

    private static void addIfAny(List<String> parts, long count, String noun) {
        if (count > 0) {
            parts.add(Counted.of(count, noun));
        }
    }

    private long rows(String table) {
        return leftOut.rows().getOrDefault(table, 0L);
    }
}
