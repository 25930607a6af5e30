package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.model.Frame;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.store.DamagedRow;

/**
 * Names a damaged row the way the researcher knows it: "passage 1234 in document “Minsk Protocol”, “The parties
 * agreed to…” (code “Balance of power”, coder “analyst”)". Names are looked up as read now; a name that cannot be
 * read, or a reference the damage changed to a row that does not exist, is left as its number.
 */
final class DamagedRowNames {
    static final String PROBLEM = "its values no longer match the checksum written with them: the file was changed "
            + "or damaged";

    private final Map<Long, String> codes = new HashMap<>();
    private final Map<Long, String> frames = new HashMap<>();
    private final Map<Long, String> scenarios = new HashMap<>();
    private final Map<Long, String> coders = new HashMap<>();
    private final PassageNames passages;

    DamagedRowNames(Project project) {
        passages = new PassageNames(project);
        var codebook = quietly(() -> List.of(project.codebook.load()));
        for (var book : codebook) {
            book.codes().forEach((Code c) -> codes.put(c.id(), c.name()));
            book.frames().forEach((Frame f) -> frames.put(f.id(), f.name()));
            book.scenarios().forEach((Scenario s) -> scenarios.put(s.id(), s.name()));
        }
        for (Coder c : quietly(project.coders::list)) {
            coders.put(c.id(), c.name());
        }
    }

    private static <T> List<T> quietly(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (ParallaxException e) {
            // The table holding the names is itself damaged: that is reported on its own; numbers are shown here.
            return List.of();
        }
    }

    /**
     * The findings for damaged rows; rows that read as nothing (a page cut off, or zeroed by a bad disk, leaves cells
     * SQLite reads as id 0 without a value) are counted in one finding per table, since nothing names them apart.
     */
    List<CheckFinding> findings(List<DamagedRow> rows) {
        List<CheckFinding> findings = new ArrayList<>();
        Map<String, Integer> empty = new LinkedHashMap<>();
        for (DamagedRow row : rows) {
            if (readsAsNothing(row)) {
                empty.merge(row.table(), 1, Integer::sum);
            } else {
                findings.add(finding(row));
            }
        }
        empty.forEach((table, count) -> findings.add(new CheckFinding(tableName(table), count == 1
                ? "1 row reads as nothing (id 0, no values): the part of the file holding it was cut off or "
                        + "overwritten with zeros, so what it held is not in this file"
                : count + " rows read as nothing (id 0, no values): the part of the file holding them was cut off "
                        + "or overwritten with zeros, so what they held is not in this file")));
        return findings;
    }

    /**
     * No text and an id of 0, which no row Parallax writes has (or, in a table keyed otherwise, no value at all). SQLite
     * reads an empty row's columns added by a later schema as their defaults (a memo's version 1), so those may be set.
     */
    private static boolean readsAsNothing(DamagedRow row) {
        if (row.values().values().stream().anyMatch(v -> v instanceof String)) {
            return false;
        }
        return row.values().containsKey("id") ? Long.valueOf(0).equals(row.number("id"))
                : row.values().values().stream().allMatch(java.util.Objects::isNull);
    }

    private static String tableName(String table) {
        return switch (table) {
            case "segments" -> "the coded passages";
            case "document_texts" -> "the documents' texts";
            default -> "the " + table.replace('_', ' ');
        };
    }

    private CheckFinding finding(DamagedRow row) {
        return new CheckFinding(where(row), row.misfit() == null ? PROBLEM : misfit(row.table(), row.misfit()));
    }

    /** "its value in codes.color is stored as a blob, but its column holds text: …" */
    private static String misfit(String table, DamagedRow.Misfit misfit) {
        return "its value in " + table + "." + misfit.column() + " is stored as " + kept(misfit.storedAs())
                + ", but its column holds " + held(misfit.holds()) + ": the file was changed or damaged";
    }

    private static String kept(String storageClass) {
        return switch (storageClass) {
            case "integer" -> "an integer";
            case "real" -> "a real number";
            case "text" -> "text";
            default -> "a " + storageClass;
        };
    }

    private static String held(String storageClass) {
        return switch (storageClass) {
            case "integer" -> "integers";
            case "real" -> "real numbers";
            default -> storageClass;
        };
    }

    String where(DamagedRow row) {
        Long id = row.number("id");
        return switch (row.table()) {
            case "segments" -> passages.of(id, row.number("document_id"), row.number("start_offset"),
                    row.number("end_offset")) + " (" + named("code", codes, row.number("code_id")) + ", "
                    + named("coder", coders, row.number("coder_id")) + ")";
            case "documents" -> "document " + id + " “" + row.text("title") + "”";
            case "document_texts" -> "the text of " + document(row.number("document_id"));
            case "settings" -> "setting “" + row.text("key") + "”";
            case "document_attributes" -> "attribute “" + row.text("name") + "” of "
                    + document(row.number("document_id"));
            case "codes" -> "code " + id + " “" + row.text("name") + "”";
            case "frames" -> "frame " + id + " “" + row.text("name") + "”";
            case "scenarios" -> "scenario " + id + " “" + row.text("name") + "”";
            case "coders" -> "coder " + id + " “" + row.text("name") + "”";
            case "code_expectations" -> "the expectation of " + named("code", codes, row.number("code_id"))
                    + " for " + named("scenario", scenarios, row.number("scenario_id"));
            case "code_anchors" -> "the anchor example of " + named("code", codes, row.number("code_id"))
                    + " (" + passages.of(row.number("segment_id")) + ")";
            case "memos" -> row.text("kind") + " memo " + id + memoTarget(row);
            case "passage_provenance" -> "the assistant's record of " + passages.withCode(row.number("segment_id"));
            case "assistant_rejections" -> "a rejected suggestion of " + named("code", codes, row.number("code_id"))
                    + " in " + document(row.number("document_id")) + " (" + named("coder", coders,
                    row.number("coder_id")) + ")";
            default -> row.table().replace('_', ' ') + " row " + row.values().values().iterator().next();
        };
    }

    private String memoTarget(DamagedRow row) {
        if (row.number("document_id") != null) {
            return " on " + document(row.number("document_id"));
        }
        if (row.number("code_id") != null) {
            return " on " + named("code", codes, row.number("code_id"));
        }
        if (row.number("segment_id") != null) {
            return " on " + passages.of(row.number("segment_id"));
        }
        return "";
    }

    private String document(Long id) {
        return passages.document(id);
    }

    private static String named(String what, Map<Long, String> names, Long id) {
        String name = id == null ? null : names.get(id);
        return name == null ? what + " " + id : what + " “" + name + "”";
    }
}
