package org.parallax.ui.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.model.Counted;
import org.parallax.ui.common.BackgroundTasks.Cancellable;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ImportReport;
import org.parallax.workbench.ImportListing;
import org.parallax.workbench.ReportPreview;
import org.parallax.workbench.Workbench;

/** Importing files in the background with progress and cancel, and telling the user what failed. */
public final class ImportViewModel {
    private final ProjectContext context;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty lastReport = new SimpleStringProperty("");
    private Cancellable current;
    private Consumer<Long> opener = id -> {
    };

    /** Documents a folder import brings in without asking. */
    static final int ASK_ABOVE = 200;

    public ImportViewModel(ProjectContext context) {
        this.context = context;
    }

    /** Receives the id of the first document an import stored, so the window can show it. */
    public void setOpener(Consumer<Long> opener) {
        this.opener = opener;
    }

    /**
     * Imports {@code files}; a folder among them brings in the documents in it and its subfolders, and when those
     * are more than {@value #ASK_ABOVE} the user is asked first: a whole documents or home folder dropped by mistake
     * would otherwise fill the project with thousands of documents. Folders are listed once, in the background, and
     * the listing is imported (listed again only if a folder changed while the question was open).
     */
    public void importFiles(List<Path> files) {
        Workbench wb = context.workbench();
        if (wb == null || files.isEmpty() || running.get()) {
            return;
        }
        running.set(true);
        // Cleared, the same words reported after the next import are shown again.
        lastReport.set("");
        message.set("Listing what to import…");
        // Long work: listing a folder of a hundred thousand files held up every passage coded meanwhile.
        context.tasks().runLong(() -> wb.documents().listImport(files), listing -> {
            // Still running while asked: the import goes on from here unless declined.
            if (listing.inFolders() > ASK_ABOVE && !context.dialogs().confirm("Import",
                    Counted.of(listing.inFolders(), "document") + " are in the folder" + (files.size() == 1 ? "" : "s")
                    + " chosen and " + (files.size() == 1 ? "its" : "their") + " subfolders. Import them all?")) {
                running.set(false);
                message.set("");
                return;
            }
            start(wb, listing, listing.inFolders() == 0 ? Counted.of(files.size(), "file")
                    : Counted.of(listing.all(), "document"));
        }, error -> {
            running.set(false);
            message.set("");
            context.fail(error);
        });
    }

    /** {@code what}: the files chosen, or for a folder the documents found in it, as the user thinks of them. */
    private void start(Workbench wb, ImportListing listing, String what) {
        running.set(true);
        progress.set(0);
        message.set("Importing " + what + "…");
        current = context.tasks().runWithProgress(
                p -> wb.documents().importFiles(listing, p),
                (fraction, text) -> {
                    progress.set(fraction);
                    message.set(text == null ? "" : text);
                },
                this::finished,
                error -> {
                    running.set(false);
                    message.set("");
                    context.fail(error);
                });
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    private void finished(ImportReport report) {
        running.set(false);
        current = null;
        message.set(summary(report));
        // The bar that shows the message hides as the import ends: a clean import said nothing at all.
        lastReport.set(summary(report));
        if (!report.imported().isEmpty()) {
            opener.accept(report.imported().get(0).id());
        }
        if (!report.failures().isEmpty() || !report.duplicates().isEmpty() || !report.warnings().isEmpty()) {
            List<String> lines = new ArrayList<>();
            if (!report.failures().isEmpty()) {
                lines.add(Counted.of(report.failedFiles(), "file") + " could not be imported:");
                report.failures().forEach(f -> lines.add("  " + f));
            }
            if (!report.duplicates().isEmpty()) {
                int skipped = report.duplicates().size();
                lines.add(Counted.of(skipped, "file") + " skipped as "
                        + (skipped == 1 ? "a duplicate:" : "duplicates:"));
                report.duplicates().forEach(f -> lines.add("  " + f));
            }
            if (!report.warnings().isEmpty()) {
                lines.add(Counted.of(report.warnings().size(), "warning") + " about imported documents:");
                report.warnings().forEach(f -> lines.add("  " + f));
            }
            lines.add(summary(report));
            String text = String.join("\n", lines);
            if (report.failures().isEmpty()) {
                context.dialogs().showInformation("Import", text);
            } else {
                context.dialogs().showError("Import", text);
            }
        }
    }

    /**
     * "6 documents imported"; after a cancel also how many files were not, which "4,812 documents imported before
     * cancel" left to be guessed from a folder of thousands.
     */
    static String summary(ImportReport report) {
        String imported = Counted.of(report.imported().size(), "document") + " imported";
        if (!report.cancelled()) {
            return imported;
        }
        int left = report.notImportedOnCancel();
        return imported + "; the import was cancelled" + (left == 0 ? ""
                : " and the other " + Counted.of(left, "file") + (left == 1 ? " was" : " were") + " not imported");
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** How the last finished import ended, e.g. "6 documents imported", for the status bar. */
    public StringProperty lastReportProperty() {
        return lastReport;
    }
}
