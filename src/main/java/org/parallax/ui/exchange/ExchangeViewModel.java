package org.parallax.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Document;
import org.parallax.ui.analysis.AnalysisFilter;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.Codebooks;
import org.parallax.workbench.CutCells;
import org.parallax.workbench.MemoFilter;
import org.parallax.workbench.Outcome;
import org.parallax.workbench.SecondCoderCopyReport;
import org.parallax.workbench.Workbench;

/**
 * File → Import, Export and Merge: each action runs in the background while a bar shows what is running,
 * and ends with the report the CLI prints (what was imported, skipped or not understood). After an import
 * the first new document is handed to the opener so the window shows it.
 */
public final class ExchangeViewModel {
    private final ProjectContext context;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty lastReport = new SimpleStringProperty("");
    private final BooleanProperty pseudonymiseEveryExport = new SimpleBooleanProperty(false);
    /** Whose layers Table 1's exports count; every coder's own (ADR 0019) until the Table 1 tab says otherwise. */
    private Supplier<AnalysisFilter.Choice> table1Layers = () -> new AnalysisFilter.Choice(null, null,
            AnalysisFilter.ALL_CODERS, null);
    private Consumer<Long> opener = id -> {
    };

    public ExchangeViewModel(ProjectContext context) {
        this.context = context;
        // The researcher's choice holds for every project this window opens, until switched off.
        context.workbenchProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.pseudonymiseOutput(pseudonymiseEveryExport.get());
            }
        });
        pseudonymiseEveryExport.addListener((o, was, on) -> {
            if (context.workbench() != null) {
                context.workbench().pseudonymiseOutput(on);
            }
        });
    }

    /**
     * File → Export → Pseudonymise every export: from now on every file the window writes — the tabs' own exports,
     * charts, Table 1 and passages, codebook files, memos, reports — carries pseudonyms instead of sensitive values
     * (the one engine `--pseudonymise` turns on). With no attribute marked sensitive it asks which hold names first,
     * as the pseudonymised exports do, and stays off when none is ticked.
     */
    public void pseudonymiseEveryExport(boolean on) {
        if (!on) {
            pseudonymiseEveryExport.set(false);
            return;
        }
        context.read(wb -> wb.exchange().sensitiveAttributes().isEmpty()
                ? AttributeOffer.of(wb.documents().list()) : null, offered -> {
            List<String> marking = offered == null ? List.of()
                    : askSensitive(offered, "Exports are not pseudonymised: ");
            if (marking == null) {
                pseudonymiseEveryExport.set(false);
                return;
            }
            context.act(wb -> {
                boolean notSaved = !marking.isEmpty() && wb.readOnlyReason().isPresent();
                marking.forEach(notSaved ? wb.exchange()::markSensitiveForThisSession : wb.exchange()::markSensitive);
                return true;
            }, marked -> pseudonymiseEveryExport.set(true), failed -> pseudonymiseEveryExport.set(false));
        });
    }

    /** Whether every export of the window is pseudonymised ({@link #pseudonymiseEveryExport(boolean)}). */
    public BooleanProperty pseudonymiseEveryExportProperty() {
        return pseudonymiseEveryExport;
    }

    /** Receives the id of the first document an import added. */
    public void setOpener(Consumer<Long> opener) {
        this.opener = opener;
    }

    /** Imports a REFI-QDA project (.qdpx) or codebook (.qdc). */
    public void importExchangeFile(Path file) {
        bringIn("Import", file, wb -> wb.exchange().importFile(file));
    }

    /** Imports Taguette's highlights sheet as passages of the documents already here, found by their text. */
    public void importTaguetteHighlights(Path file) {
        bringIn("Import", file, wb -> Outcome.of(wb.exchange().importTaguetteHighlights(file), file));
    }

    /** Merges a codebook JSON file by name, keeping the values of the entries the project has. */
    public void importCodebookJson(Path file) {
        bringIn("Import codebook", file, wb -> Outcome.of(wb.codebook().importJson(file)));
    }

    /**
     * Merges a codebook JSON file by name, the file's values replacing those of the entries the project has: a
     * codebook exported, edited and imported back on purpose, as {@code codebook import --replace} does.
     */
    public void importCodebookJsonReplacing(Path file) {
        bringIn("Import codebook", file, wb -> Outcome.of(wb.codebook().importJsonReplacing(file)));
    }

    /** Adds another coder's passages from a .parallax project or a .qdpx export. */
    public void merge(Path other) {
        bringIn("Merge", other, wb -> wb.merging().merge(other));
    }

    /**
     * File → Copy for a second coder…: a new project file with the documents and the codebook and none of anyone's
     * coding; its box says what it holds, what was left out, and how the second coder's passages come back.
     */
    public void copyForASecondCoder(Path out) {
        start("Writing " + out.getFileName() + "…", out.getFileName() + " was not written", wb -> {
            SecondCoderCopyReport report = wb.copyForASecondCoder(out);
            List<String> lines = new ArrayList<>(report.summary());
            report.namesInTheDocuments().ifPresent(lines::add);
            return new Done(String.join("\n", lines), null);
        }, done -> context.dialogs().showInformation("Copy for a second coder", done.report()));
    }

    public void exportPassagesCsv(Path out) {
        export("Passages", out, wb -> wb.exports().segmentsCsv(out, true));
    }

    /**
     * Table 1 over the layers the Table 1 tab counts ({@link #setTable1Layers}), the result line saying which when the
     * project has more than one: the file wrote every layer while the tab showed one coder's.
     */
    public void exportTable1Csv(Path out) {
        exportTable1("Table 1", out, (wb, layers) -> {
            wb.exports().matrixCsv(wb.analysis().matrix(MatrixSpec.table1().withFilter(layers)), out);
            return List.of();
        });
    }

    public void exportPassagesXlsx(Path out) {
        exportWithNotes("Passages", out, true, wb -> CutCells.lines(wb.exports().passagesXlsx(out)));
    }

    /**
     * Table 1 as an Excel workbook: a sheet of passage counts and one of document counts, over the Table 1 tab's
     * layers, each sheet saying which under its table.
     */
    public void exportTable1Xlsx(Path out) {
        exportTable1("Table 1", out, (wb, layers) -> CutCells.lines(wb.exports().table1Xlsx(layers, out)));
    }

    /** Whose layers Table 1's exports count: the Table 1 tab's choice. */
    public void setTable1Layers(Supplier<AnalysisFilter.Choice> layers) {
        this.table1Layers = layers;
    }

    /** Writes a file holding Table 1 over the Table 1 tab's layers, the result line naming them. */
    private void exportTable1(String what, Path out, BiFunction<Workbench, MatrixSpec.Filter, List<String>> work) {
        AnalysisFilter.Choice chosen = table1Layers.get();
        MatrixSpec.Filter[] filter = new MatrixSpec.Filter[1];
        write(what, out, true, wb -> {
            wb.exchange().refuseANamedFile(out, false);
            filter[0] = chosen.toFilter(wb);
            return work.apply(wb, filter[0]);
        }, wb -> layersCounted(wb, filter[0], false), () -> {
        });
    }

    /**
     * The end of the result line of a file holding Table 1: which layers it counts, as its sheets say under it, with
     * the coders' pseudonyms while files name them so ({@code pseudonymised}: this export was asked to be).
     */
    private static String layersCounted(Workbench wb, MatrixSpec.Filter filter, boolean pseudonymised) {
        String layers = wb.exports().layersAsWritten(filter, pseudonymised);
        return layers.isEmpty() ? "" : ". " + layers;
    }

    /** Every view as one Excel workbook, a sheet each (docs/reports.md), Table 1 over the Table 1 tab's layers. */
    public void exportWorkbook(Path out) {
        exportTable1("Workbook", out, (wb, layers) -> CutCells.lines(wb.exports().workbookXlsx(layers, out)));
    }

    /**
     * Pseudonymised, the export says in a box which attributes' values it replaced and which went out as they are,
     * and names each part of a sensitive value (a surname) it found standing alone and left as it is: what a user
     * handing the file on must know before they do. With no attribute marked sensitive it replaced nothing while
     * saying "Pseudonymised", and the window had no place to mark one: the user is asked which attributes hold names
     * first (none ticked, so a quick Enter sends nothing), and nothing is written when none is ticked.
     */
    public void exportQdpx(Path out, boolean pseudonymise) {
        if (!pseudonymise) {
            // An evidence item the file cannot hold a passage of is named in the box: reading the file leaves it out.
            exportWithNotes("REFI-QDA project", out, true, wb -> wb.exchange().exportQdpx(out, false));
            return;
        }
        exportPseudonymised("Pseudonymised REFI-QDA project", out, wb -> {
            return wb.exchange().exportQdpx(out, true);
        });
    }

    /**
     * The passages CSV with the values of sensitive attributes replaced, written by the call `export csv
     * --pseudonymise` makes, its warnings in the box as {@link #exportQdpx} shows them.
     */
    public void exportPassagesCsvPseudonymised(Path out) {
        exportPseudonymised("Pseudonymised passages", out, wb -> wb.exports().segmentsCsvPseudonymised(out, true));
    }

    /** Every view as one Excel workbook with sensitive values replaced in every cell, as `export xlsx --pseudonymise`. */
    public void exportWorkbookPseudonymised(Path out) {
        AnalysisFilter.Choice chosen = table1Layers.get();
        MatrixSpec.Filter[] filter = new MatrixSpec.Filter[1];
        exportPseudonymised("Pseudonymised workbook", out, wb -> {
            filter[0] = chosen.toFilter(wb);
            wb.exports().xlsx(wb.exports().workbook(filter[0], true), out);
            return wb.exchange().sensitivePartsLeftAlone();
        }, wb -> layersCounted(wb, filter[0], true));
    }

    private void exportPseudonymised(String what, Path out, Function<Workbench, List<String>> write) {
        exportPseudonymised(what, out, write, wb -> "");
    }

    /**
     * Asks which attributes to mark when none is, then runs {@code write}, which returns the parts left alone; the
     * result line ends with what {@code ending} says.
     */
    private void exportPseudonymised(String what, Path out, Function<Workbench, List<String>> write,
                                     Function<Workbench, String> ending) {
        context.read(wb -> wb.exchange().sensitiveAttributes().isEmpty()
                ? AttributeOffer.of(wb.documents().list()) : null, offered -> {
            List<String> marking = offered == null ? List.of() : askSensitive(offered, "Nothing written: ");
            if (marking == null) {
                return;
            }
            boolean[] leftAlone = new boolean[1];
            // Its name is checked once the attributes are marked, with their values: write() checks nothing itself.
            write(what, out, true, wb -> {
                boolean notSaved = !marking.isEmpty() && wb.readOnlyReason().isPresent();
                marking.forEach(notSaved ? wb.exchange()::markSensitiveForThisSession : wb.exchange()::markSensitive);
                wb.exchange().refuseANamedFile(out, true);
                List<String> partsLeftAlone = write.apply(wb);
                List<String> notes = new ArrayList<>(replaced(wb));
                if (notSaved) {
                    notes.add("The project is open read-only, so the " + (marking.size() == 1 ? "attribute ticked is"
                            : "attributes ticked are") + " marked for this session only: neither the marks nor the "
                            + "pseudonyms given are saved with the project.");
                }
                notes.addAll(partsLeftAlone);
                leftAlone[0] = !partsLeftAlone.isEmpty();
                return notes;
            }, ending, () -> {
                if (leftAlone[0]) {
                    NameFormsOffer.ask(context);
                }
            });
        });
    }

    /** The attributes ticked to mark; null, with the reason said, when nothing is to be written. */
    private List<String> askSensitive(List<AttributeOffer> offered, String nothing) {
        if (offered.isEmpty()) {
            return refused(nothing + "no document has an attribute (such as speaker = …, in Details) to pseudonymise");
        }
        List<String> ticked = context.dialogs().chooseSeveral("Pseudonymised export", "No document attribute is "
                + "marked sensitive yet. Tick each attribute whose values are names (people, places, organisations): "
                + "its values become P01, P02, … in the attributes, texts, titles, memos and every name the project "
                + "gives. Attributes not ticked go out as they are. Those ticked stay marked for later exports.",
                offered, "Export pseudonymised").map(chosen -> chosen.stream().map(AttributeOffer::name).toList())
                .orElse(List.of());
        return ticked.isEmpty() ? notWritten(nothing + "no attribute was marked sensitive, so nothing would be "
                + "pseudonymised") : ticked;
    }

    /** What a pseudonymised export replaced and what it did not: the first lines of its box. */
    private static List<String> replaced(Workbench wb) {
        List<String> sensitive = wb.exchange().sensitiveAttributes();
        List<String> asTheyAre = AttributeOffer.of(wb.documents().list()).stream().map(AttributeOffer::name)
                .filter(a -> !sensitive.contains(a)).toList();
        List<String> lines = new ArrayList<>();
        lines.add("Replaced with P01, P02, …: the values of " + String.join(", ", sensitive) + ".");
        lines.add(asTheyAre.isEmpty() ? "Every attribute the documents have was pseudonymised."
                : "Gone out as they are: " + String.join(", ", asTheyAre) + ".");
        lines.add("Left out: each document's source file name, which often carries a name.");
        // Where the researcher chooses how to hand the project on: a backup is no pseudonymised copy (docs/backups.md).
        lines.add("Not changed: the project file and its backups (File → Back up now), which hold the real names and "
                + "the key of the pseudonyms: hand on this file, never a backup.");
        return lines;
    }

    private List<String> notWritten(String why) {
        // Cleared first, the same reason given twice is said twice.
        lastReport.set("");
        lastReport.set(why);
        return null;
    }

    /** A reason the user must act on waits in a box to be read; the status line is gone at the next click. */
    private List<String> refused(String why) {
        context.dialogs().showError("Pseudonymised export", why);
        return null;
    }

    public void exportQdc(Path out) {
        export("REFI-QDA codebook", out, false, wb -> wb.exchange().exportQdc(out));
    }

    /** The codebook as JSON; the codes it leaves out (those without a frame) are told of in a box. */
    public void exportCodebookJson(Path out) {
        exportWithNotes("Codebook", out, false, wb -> Codebooks.leftOutOfJson(wb.codebook().exportJson(out))
                .map(note -> List.of(note.substring(0, 1).toUpperCase() + note.substring(1) + ".")).orElse(List.of()));
    }

    /**
     * A tab's export of what it counts (Codes, Analysis, Timeline) through the one flow: {@code work} returns what
     * to tell, as {@link CutCells#lines} does for an Excel sheet.
     */
    public void exportCounts(String what, Path out, Function<Workbench, List<String>> work) {
        exportWithNotes(what, out, true, work);
    }

    /** Every memo (journal, documents', codes', passages') as CSV, or JSON for a .json file (docs/export.md). */
    public void exportMemos(Path out) {
        export("Memos", out, wb -> wb.memos().export(MemoFilter.ALL, out, true));
    }

    public void exportHandout(Path out) {
        export("Frame guide handout", out, false, wb -> wb.codebook().exportHandout(out));
    }

    private void bringIn(String title, Path file, Function<Workbench, Outcome> work) {
        start(title + " " + file.getFileName() + "…", file.getFileName() + " was not read", wb -> {
            Set<Long> before = documentIds(wb);
            Outcome outcome = work.apply(wb);
            Long firstNew = wb.documents().list().stream().map(Document::id).filter(id -> !before.contains(id))
                    .min(Long::compare).orElse(null);
            return new Done(outcome.text(), firstNew);
        }, done -> {
            context.dialogs().showInformation(title, done.report());
            if (done.firstNewDocument() != null) {
                opener.accept(done.firstNewDocument());
            }
        });
    }

    /** An export of passages, counts or memos. */
    private void export(String what, Path out, Consumer<Workbench> work) {
        export(what, out, true, work);
    }

    private void export(String what, Path out, boolean holdsPassages, Consumer<Workbench> work) {
        exportWithNotes(what, out, holdsPassages, wb -> {
            work.accept(wb);
            return List.of();
        });
    }

    /**
     * The one export flow: writes {@code out} in the background; the result line says what was written where (with
     * the blind-mode note for passages), and the notes {@code work} returns, things the user must know before handing
     * the file on (a surname left in a pseudonymised file), are shown under it in a box.
     */
    private void exportWithNotes(String what, Path out, boolean holdsPassages,
                                 Function<Workbench, List<String>> work) {
        exportWithNotes(what, out, holdsPassages, work, () -> {
        });
    }

    /** The same, running {@code after} on the UI thread once the file is written and its box is closed. */
    private void exportWithNotes(String what, Path out, boolean holdsPassages,
                                 Function<Workbench, List<String>> work, Runnable after) {
        write(what, out, holdsPassages, wb -> {
            wb.exchange().refuseANamedFile(out, false);
            return work.apply(wb);
        }, after);
    }

    /** {@link #exportWithNotes} without the check of the file's own name, which {@code work} makes. */
    private void write(String what, Path out, boolean holdsPassages, Function<Workbench, List<String>> work,
                       Runnable after) {
        write(what, out, holdsPassages, work, wb -> "", after);
    }

    /** {@link #write}, the result line ending with what {@code ending} says once the file is written. */
    private void write(String what, Path out, boolean holdsPassages, Function<Workbench, List<String>> work,
                       Function<Workbench, String> ending, Runnable after) {
        start("Writing " + out.getFileName() + "…", out.getFileName() + " was not written", wb -> {
            List<String> notes = work.apply(wb);
            List<String> lines = new ArrayList<>();
            lines.add(what + " written to " + out + (wb.pseudonymisesOutput() ? " (pseudonymised)" : "")
                    + (holdsPassages ? blindNote(wb) : "") + ending.apply(wb));
            lines.addAll(notes);
            return new Done(String.join("\n", lines), null);
        }, done -> {
            if (done.report().contains("\n")) {
                context.dialogs().showInformation(what, done.report());
            }
            after.run();
        });
    }

    /**
     * In blind mode an export of passages, counts or memos holds only the active coder's (as the window shows them):
     * the result line says so, since an export is where a user might expect everything.
     */
    private static String blindNote(Workbench wb) {
        if (!wb.blindMode()) {
            return "";
        }
        return " (blind mode: only " + wb.activeCoder().name() + "'s passages)";
    }

    private static Set<Long> documentIds(Workbench wb) {
        Set<Long> ids = new HashSet<>();
        wb.documents().list().forEach(d -> ids.add(d.id()));
        return ids;
    }

    /**
     * Runs one action in the background; one asked for while another runs (a tab's Export… stays pressable) is not
     * started, and {@code notDone} tells the researcher so, naming what still runs.
     */
    private void start(String label, String notDone, Function<Workbench, Done> work, Consumer<Done> then) {
        Workbench wb = context.workbench();
        if (wb == null) {
            return;
        }
        if (running.get()) {
            String runs = message.get().replaceAll("…$", "");
            context.dialogs().showInformation("Still running", notDone + ": "
                    + runs.substring(0, 1).toLowerCase(Locale.ROOT) + runs.substring(1) + " is still running. Try again "
                    + "when that has finished (the bar at the bottom of the window shows it while it runs).");
            return;
        }
        running.set(true);
        message.set(label);
        // The last report is old news now; cleared, the same words reported again are shown again.
        lastReport.set("");
        context.tasks().runWithProgress(p -> work.apply(wb), (fraction, text) -> {
        }, done -> {
            running.set(false);
            message.set("");
            lastReport.set(done.report().lines().findFirst().orElse(""));
            then.accept(done);
        }, error -> {
            running.set(false);
            message.set("");
            lastReport.set("");
            context.fail(error);
        });
    }

    /** The outcome of one action: its report, and the first document it added (if any). */
    private record Done(String report, Long firstNewDocument) {
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** What is running, e.g. "Import project.qdpx…". */
    public StringProperty messageProperty() {
        return message;
    }

    /** The first line of the last finished action's report, e.g. "Passages written to /home/me/passages.csv". */
    public StringProperty lastReportProperty() {
        return lastReport;
    }
}
