package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parallax.io.TaguetteXlsx;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * File → Import, Export and Merge driven through the real menu items on a real project: the file choosers
 * answer from {@link org.parallax.ui.RecordingDialogs}, the work runs in the background, the report is the
 * CLI's and an import opens its first new document.
 */
class ExchangeMenuRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    /** Fires a menu item found by its path of texts (mnemonic markers ignored), as a click would. */
    private void choose(FxRobot robot, String... path) {
        MenuItem item = menuItem(robot, path);
        assertThat(read(item::isDisable)).as(String.join(" → ", path) + " enabled").isFalse();
        robot.interact(item::fire);
    }

    private void projectLoaded() throws Exception {
        // Opening in setup can take long on a loaded machine; every action below needs the project.
        waitUntil(() -> main.documents().rows().size() == 2 && window.text().area().getLength() > 0);
    }

    private Path sampleQdpx() throws Exception {
        Path sample = Files.createTempDirectory(dir, "sample").resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), sample);
        Path qdpx = sample.resolveSibling("sample.qdpx");
        try (Workbench wb = Workbench.open(sample)) {
            wb.exchange().exportQdpx(qdpx);
        }
        return qdpx;
    }

    /**
     * File → Export began with its two pseudonymise ticks, which a newcomer took for exports ("Pseudonymise every
     * export" chosen to export): it now begins with the exports, the ticks last, after a separator.
     */
    @Test
    void theExportMenuBeginsWithItsExportsAndEndsWithThePseudonymiseTicks(FxRobot robot) {
        List<MenuItem> items = read(() -> List.copyOf(((Menu) menuItem(robot, "File", "Export")).getItems()));
        List<String> labels = read(() -> items.stream()
                .map(i -> i.getText() == null ? "" : i.getText().replace("_", "")).toList());
        int firstTick = items.indexOf(items.stream().filter(CheckMenuItem.class::isInstance).findFirst().orElseThrow());

        assertThat(labels.get(0)).isEqualTo("Passages CSV…");
        assertThat(items.subList(firstTick, items.size())).hasSize(2).allMatch(CheckMenuItem.class::isInstance);
        assertThat(labels.subList(firstTick, labels.size()))
                .containsExactly("Pseudonymise every export", "Pseudonymise coders (Coder 1, Coder 2, …)");
        assertThat(items.get(firstTick - 1)).isInstanceOf(SeparatorMenuItem.class);
    }

    @Test
    void everyExportWritesItsFileInTheBackgroundAndSaysWhere(FxRobot robot) throws Exception {
        projectLoaded();
        Workbench wb = main.context().workbench();
        Document first = wb.documents().list().get(0);
        DocumentMeta meta = first.meta();
        // An interviewee to pseudonymise: the pseudonymised export asks which attribute holds names.
        wb.documents().updateMeta(first.id(), new DocumentMeta(meta.title(), meta.date(), meta.type(), meta.actor(),
                meta.language(), meta.scenario(), Map.of("speaker", "Sergei Volkov")));
        Path out = Files.createTempDirectory(dir, "out");
        String[][] exports = {
            {"Passages CSV…", "passages.csv", "document_id", "Passages"},
            {"Table 1 CSV…", "table1.csv", "Balance of power", "Table 1"},
            {"Passages to Excel (.xlsx)…", "passages.xlsx", null, "Passages"},
            {"Table 1 to Excel (.xlsx)…", "table1.xlsx", null, "Table 1"},
            {"Excel workbook of every view (.xlsx)…", "project.xlsx", null, "Workbook"},
            {"REFI-QDA project (.qdpx)…", "project.qdpx", null, "REFI-QDA project"},
            {"REFI-QDA project, pseudonymised (.qdpx)…", "anonymous.qdpx", null, "Pseudonymised REFI-QDA project"},
            {"Passages CSV, pseudonymised…", "anonymous.csv", "document_id", "Pseudonymised passages"},
            {"Excel workbook, pseudonymised (.xlsx)…", "anonymous.xlsx", null, "Pseudonymised workbook"},
            {"REFI-QDA codebook (.qdc)…", "codebook.qdc", "Balance of power", "REFI-QDA codebook"},
            {"Codebook (JSON)…", "codebook.json", "\"Balance of power\"", "Codebook"},
            {"Codebook handout (HTML)…", "handout.html", "Balance of power", "Frame guide handout"},
        };
        for (String[] export : exports) {
            Path file = out.resolve(export[1]);
            dialogs.pathAnswers.add(file);
            if (export[0].contains("pseudonymised (.qdpx)")) {
                // No attribute is marked sensitive yet: the export asks which to mark.
                dialogs.severalAnswers.add(List.of("speaker — in 1 of 2 documents: Sergei Volkov"));
            }
            choose(robot, "File", "Export", export[0]);
            waitUntil(() -> Files.isRegularFile(file) && !main.exchange().runningProperty().get());
            if (export[2] != null) {
                assertThat(Files.readString(file)).as(export[1]).contains(export[2]);
            } else {
                assertThat(Files.size(file)).as(export[1]).isGreaterThan(1000);
            }
            // The status names what was written: "Project written to x.qdpx" read as if the project file was.
            waitUntil(() -> main.status().lastResultProperty().get().equals(export[3] + " written to " + file));
        }
        assertThat(dialogs.errors).isEmpty();
        try (Workbench copy = Workbench.create(out.resolve("check.parallax"), null)) {
            copy.exchange().importQdpx(out.resolve("project.qdpx"));
            assertThat(copy.documents().list()).hasSize(2);
        }
    }

    @Test
    void theReportWindowPreviewsTheFirstPageAndSavesTheReport(FxRobot robot) throws Exception {
        projectLoaded();
        Workbench wb = main.context().workbench();
        Document russian = wb.documents().list().stream().filter(d -> d.sourceFile().contains("concept"))
                .findFirst().orElse(wb.documents().list().get(1));
        String passage = wb.documents().text(russian.id()).substring(0, 40);
        wb.coding().code(russian.id(), 0, 40, wb.codebook().code("Balance of power").id(), null);
        choose(robot, "File", "Export", "Report (Word or HTML)…");
        waitUntil(() -> robot.lookup("#reportPreview .report-quote").queryAll().stream()
                .anyMatch(n -> passage.equals(((javafx.scene.control.Label) n).getText())));
        javafx.scene.control.ComboBox<org.parallax.workbench.Reports.Format> format =
                find(robot, "#reportFormat", ComboBox.class);
        robot.interact(() -> format.setValue(org.parallax.workbench.Reports.Format.HTML));
        Path out = Files.createTempDirectory(dir, "report").resolve("report.html");
        dialogs.pathAnswers.add(out);
        robot.interact(() -> robot.lookup("#reportSave").queryButton().fire());
        // The outcome shows in the Report window, which covers the main window (without a window manager, hides
        // it and the dialogs it owns).
        waitUntil(() -> reportStage().getScene().lookup("#reportOutcome") instanceof
                javafx.scene.control.Label l && l.isVisible() && l.getText().endsWith("written to " + out));
        assertThat(org.jsoup.Jsoup.parse(Files.readString(out)).select("blockquote").first().wholeText())
                .isEqualTo(passage);
        assertThat(dialogs.informations).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    /** A keyboard user, or one whose window manager draws no close button, leaves the Report window with Escape. */
    @Test
    void escapeClosesTheReportWindow(FxRobot robot) throws Exception {
        projectLoaded();
        choose(robot, "File", "Export", "Report (Word or HTML)…");
        waitUntil(() -> reportStage() != null);
        Stage report = read(ExchangeMenuRobotTest::reportStage);
        robot.interact(() -> {
            report.requestFocus();
            report.getScene().getRoot().requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !report.isShowing());
        assertThat(read(() -> main.context().isOpen())).isTrue();
    }

    /** At every width from narrow to 1400 px, each choice's label sits on its box's row, just left of it, whole. */
    @Test
    void theReportWindowNeverWrapsALabelAwayFromItsBox(FxRobot robot) throws Exception {
        projectLoaded();
        choose(robot, "File", "Export", "Report (Word or HTML)…");
        waitUntil(() -> reportStage() != null);
        Stage report = read(ExchangeMenuRobotTest::reportStage);
        List<String> pairs = List.of("Report=reportKind", "Group by=reportGrouping", "Frame=reportFrame",
                "Scenario=reportScenario", "Coder=reportCoder", "Documents with=reportAttribute", "Format=reportFormat");
        List<String> apart = new java.util.ArrayList<>();
        for (int width = 520; width <= 1400; width += 30) {
            double w = width;
            robot.interact(() -> report.setWidth(w));
            waitUntil(() -> Math.abs(report.getScene().getWidth() - w) < 1);
            robot.interact(() -> {
                report.getScene().getRoot().applyCss();
                report.getScene().getRoot().layout();
                for (String pair : pairs) {
                    String text = pair.substring(0, pair.indexOf('='));
                    javafx.scene.Node box = report.getScene().lookup("#" + pair.substring(pair.indexOf('=') + 1));
                    javafx.scene.control.Label label = report.getScene().getRoot()
                            .lookupAll(".label").stream().filter(n -> n instanceof javafx.scene.control.Label l
                                    && text.equals(l.getText()) && !inPreview(l))
                            .map(javafx.scene.control.Label.class::cast)
                            .findFirst().orElseThrow(() -> new AssertionError("no label " + text));
                    javafx.geometry.Bounds l = label.localToScene(label.getBoundsInLocal());
                    javafx.geometry.Bounds b = box.localToScene(box.getBoundsInLocal());
                    boolean sameRow = l.getMinY() < b.getMaxY() && b.getMinY() < l.getMaxY();
                    boolean justLeft = l.getMaxX() <= b.getMinX() + 1 && b.getMinX() - l.getMaxX() < 20;
                    boolean whole = label.getWidth() + 0.5 >= label.prefWidth(-1);
                    if (!sameRow || !justLeft || !whole) {
                        apart.add(text + " at " + w + " px: label " + l + ", box " + b);
                    }
                }
            });
        }
        robot.interact(report::close);
        assertThat(apart).isEmpty();
    }

    private static boolean inPreview(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if ("reportPreview".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private static Stage reportStage() {
        return javafx.stage.Window.getWindows().stream().filter(win -> win instanceof Stage s
                && "Report".equals(s.getTitle()) && s.isShowing()).map(Stage.class::cast).findFirst().orElse(null);
    }

    @Test
    void theReportWindowNarrowsTheReportByADocumentAttribute(FxRobot robot) throws Exception {
        projectLoaded();
        Workbench wb = main.context().workbench();
        Document first = wb.documents().list().get(0);
        Document second = wb.documents().list().get(1);
        java.util.Map<String, String> attributes = new java.util.HashMap<>(first.meta().attributes());
        attributes.put("Region", "Baltic 🌊");
        wb.documents().updateMeta(first.id(), new org.parallax.model.DocumentMeta(first.meta().title(),
                first.meta().date(), first.meta().type(), first.meta().actor(), first.meta().language(),
                first.meta().scenario(), attributes));
        wb.coding().code(first.id(), 0, 30, wb.codebook().code("Balance of power").id(), null);
        wb.coding().code(second.id(), 0, 30, wb.codebook().code("Balance of power").id(), null);
        long inBaltic = wb.exports().segmentRows().stream().filter(p -> p.documentId() == first.id()).count();
        assertThat(inBaltic).isPositive().isLessThan(wb.exports().segmentRows().size());
        choose(robot, "File", "Export", "Report (Word or HTML)…");
        waitUntil(() -> robot.lookup("#reportAttribute").tryQuery().isPresent()
                && find(robot, "#reportAttribute", ComboBox.class).getItems().contains("Region"));
        robot.interact(() -> find(robot, "#reportAttribute", ComboBox.class).getSelectionModel().select("Region"));
        waitUntil(() -> find(robot, "#reportAttributeValue", ComboBox.class).getItems().contains("Baltic 🌊"));
        robot.interact(() -> find(robot, "#reportAttributeValue", ComboBox.class).getSelectionModel()
                .select("Baltic 🌊"));
        waitUntil(() -> robot.lookup("#reportSummary").queryLabeled().getText().startsWith(inBaltic + " passage"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anExportIntoAFolderThatDoesNotExistSaysSoAndWritesNothing(FxRobot robot) throws Exception {
        projectLoaded();
        Path missing = dir.resolve("no-such-folder-" + System.nanoTime());
        dialogs.pathAnswers.add(missing.resolve("passages.csv"));

        choose(robot, "File", "Export", "Passages CSV…");

        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("passages.csv").contains("the folder " + missing + " does not exist")
                .doesNotContain("Exception");
        assertThat(Files.exists(missing)).isFalse();
        waitUntil(() -> !main.exchange().runningProperty().get());
    }

    @Test
    void importingARefiProjectReportsWhatCameInAndOpensTheFirstNewDocument(FxRobot robot) throws Exception {
        projectLoaded();
        Path qdpx = sampleQdpx();
        dialogs.pathAnswers.add(qdpx);

        choose(robot, "File", "Import", "REFI-QDA project (.qdpx)…");

        waitUntil(() -> !dialogs.informations.isEmpty());
        String report = dialogs.informations.get(0);
        assertThat(report).startsWith("sample.qdpx: ").contains("documents added").contains("passages added");
        Workbench wb = main.context().workbench();
        List<Document> all = wb.documents().list();
        assertThat(all.size()).isGreaterThan(2);
        long firstNew = all.stream().mapToLong(Document::id).filter(id -> id > 2).min().orElseThrow();
        waitUntil(() -> main.documents().selectedProperty().get() != null
                && main.documents().selectedProperty().get().id() == firstNew);
        String text = wb.documents().text(firstNew);
        waitUntil(() -> window.text().area().getText().equals(text));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void importingDocumentsFromTheMenuOpensTheFirstNewOne(FxRobot robot) throws Exception {
        projectLoaded();
        Path speech = Path.of("samples/texts/2007-02-10_putin_munich_speech_and_discussion_ru.txt");
        dialogs.filesToImport = List.of(speech);

        choose(robot, "File", "Import", "Documents…");

        waitUntil(() -> main.documents().rows().size() == 3);
        Document added = main.context().workbench().documents().list().stream()
                .filter(d -> d.sourceFile().contains("munich")).findFirst().orElseThrow();
        waitUntil(() -> main.documents().selectedProperty().get().id() == added.id());
        String text = main.context().workbench().documents().text(added.id());
        waitUntil(() -> window.text().area().getText().equals(text));
    }

    /** File → Import → Documents of a folder… brings in the documents in the folder chosen and its subfolders. */
    @Test
    void importingAFolderBringsInItsDocuments(FxRobot robot) throws Exception {
        projectLoaded();
        Path folder = Files.createDirectories(Files.createTempDirectory(dir, "interviews").resolve("2014"));
        Files.writeString(folder.resolve("kyiv.txt"), "An interview in Kyiv about the association agreement.");
        Files.writeString(folder.getParent().resolve("riga.txt"), "An interview in Riga about the summit.");
        dialogs.pathAnswers.add(folder.getParent());

        choose(robot, "File", "Import", "Documents of a folder…");

        waitUntil(() -> main.documents().rows().size() == 4);
        assertThat(main.context().workbench().documents().list()).extracting(Document::title)
                .contains("kyiv", "riga");
        assertThat(dialogs.chooserTitles).contains("Import the documents of a folder");
        assertThat(dialogs.errors).isEmpty();
    }

    /**
     * A folder of more documents than an import brings in unasked (a whole documents folder chosen or dropped by
     * mistake) asks first; declined, nothing is imported. It was imported at once, every document of it.
     */
    @Test
    void aFolderOfManyDocumentsAsksBeforeImportingThem(FxRobot robot) throws Exception {
        projectLoaded();
        Path folder = Files.createTempDirectory(dir, "everything");
        for (int i = 0; i <= 200; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "Note number " + i + " about the summit.");
        }
        dialogs.pathAnswers.add(folder);
        dialogs.confirmAnswer = false;

        choose(robot, "File", "Import", "Documents of a folder…");

        waitUntil(() -> !dialogs.confirmations.isEmpty());
        assertThat(dialogs.confirmations).containsExactly(
                "201 documents are in the folder chosen and its subfolders. Import them all?");
        // Not running once declined; had the import gone on, it would stop running only with the documents stored.
        waitUntil(() -> !main.importer().runningProperty().get());
        assertThat(main.context().workbench().documents().list()).hasSize(2);
    }

    @Test
    void mergingAnotherCodersProjectAddsTheirLayerAndSaysSo(FxRobot robot) throws Exception {
        projectLoaded();
        Path theirs = Files.createTempDirectory(dir, "theirs").resolve("bea.parallax");
        Files.copy(main.context().workbench().file(), theirs);
        try (Workbench other = Workbench.open(theirs)) {
            other.setActiveCoder("bea");
            Document first = other.documents().list().get(0);
            other.coding().code(first.id(), 0, 20, other.codebook().code("Balance of power").id(), "bea", null);
        }
        dialogs.pathAnswers.add(theirs);

        choose(robot, "File", "Merge another coder's project…");

        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).startsWith("1 passage added (0 already present) for bea");
        assertThat(main.context().workbench().coders()).extracting(Coder::name).contains("bea");
        assertThat(main.context().workbench().coding().segments()).hasSize(1);
    }

    /**
     * File → Copy for a second coder… writes a new project file beside the project with the documents and codebook
     * and none of the passages, and its box says what was left out and how the copy comes back.
     */
    @Test
    void aCopyForASecondCoderHoldsTheDocumentsAndNoPassages(FxRobot robot) throws Exception {
        projectLoaded();
        Workbench wb = main.context().workbench();
        wb.coding().code(wb.documents().list().get(0).id(), 0, 20, wb.codebook().code("Balance of power").id(),
                "Mine alone");
        Path copy = Files.createTempDirectory(dir, "copy").resolve("second.parallax");
        dialogs.pathAnswers.add(copy);

        choose(robot, "File", "Copy for a second coder…");

        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).startsWith("Wrote second.parallax for a second coder: 2 documents")
                .contains("Left out: 1 passage and 1 memo (of every coder)")
                .contains("File → Merge another coder's project…");
        assertThat(dialogs.errors).isEmpty();
        try (Workbench second = Workbench.open(copy)) {
            assertThat(second.documents().list()).hasSize(2);
            assertThat(second.coding().segments()).isEmpty();
            assertThat(second.memos().all()).isEmpty();
        }
    }

    @Test
    void aCodebookImportedFromJsonIsMergedByNameAndReported(FxRobot robot) throws Exception {
        projectLoaded();
        Path json = Files.createTempDirectory(dir, "codebook").resolve("extra.json");
        Files.writeString(json, """
                {"formatVersion": 2, "name": "Extra",
                 "frames": [{"name": "Liberal institutionalism", "color": "#2ca02c",
                             "codes": [{"name": "Interdependence", "color": "#98df8a"}]}]}
                """);
        dialogs.pathAnswers.add(json);

        choose(robot, "File", "Import", "Codebook (JSON)…");

        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0))
                .isEqualTo("extra.json: 1 frame, 1 code and 0 scenarios added, 0 codes already present");
        assertThat(main.context().workbench().codebook().code("Interdependence").name()).isEqualTo("Interdependence");
    }

    /**
     * A codebook exported, edited and imported back on purpose could give the project its values only on the command
     * line (codebook import --replace): the window's import kept what the project had.
     */
    @Test
    void aCodebookImportedFromJsonReplacingGivesTheCodesHereTheFilesValues(FxRobot robot) throws Exception {
        projectLoaded();
        String color = main.context().workbench().codebook().code("Balance of power").color();
        Path json = Files.createTempDirectory(dir, "codebook").resolve("edited.json");
        Files.writeString(json, """
                {"formatVersion": 2, "name": "Edited",
                 "frames": [{"name": "Realism",
                             "codes": [{"name": "Balance of power", "color": "%s",
                                        "definition": "Sides weigh each other's strength."}]}]}
                """.formatted(color));
        dialogs.pathAnswers.add(json);

        choose(robot, "File", "Import", "Codebook (JSON), replacing the project's values…");

        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).startsWith("edited.json: 0 frames, 0 codes and 0 scenarios added, "
                + "1 code already present; changed to the file's values: ").contains("1 code");
        assertThat(main.context().workbench().codebook().code("Balance of power").definition())
                .isEqualTo("Sides weigh each other's strength.");
    }

    /** Taguette exports its coding only as a highlights sheet; the window reads it into the documents already here. */
    @Test
    void taguetteHighlightsBecomePassagesOfTheDocumentsHere(FxRobot robot) throws Exception {
        highlightsSheetBecomesAPassage(robot, "highlights.csv");
    }

    /** Taguette's highlights also come as an Excel workbook, taken by the same menu item. */
    @Test
    void taguetteHighlightsFromAWorkbookBecomePassagesToo(FxRobot robot) throws Exception {
        highlightsSheetBecomesAPassage(robot, "highlights.xlsx");
    }

    private void highlightsSheetBecomesAPassage(FxRobot robot, String name) throws Exception {
        projectLoaded();
        Workbench wb = main.context().workbench();
        Document document = wb.documents().list().get(0);
        String quote = wb.documents().text(document.id()).strip().split("\\s+", 6)[4];
        Path sheet = Files.createTempDirectory(dir, "taguette").resolve(name);
        if (name.endsWith(".xlsx")) {
            TaguetteXlsx.write(sheet, List.of("id", "document", "tag", "content"),
                    List.of(List.of("1", document.title(), "from taguette", quote)));
        } else {
            Files.writeString(sheet, "id,document,tag,content\r\n1,\"" + document.title().replace("\"", "\"\"")
                    + "\",from taguette,\"" + quote.replace("\"", "\"\"") + "\"\r\n");
        }
        dialogs.pathAnswers.add(sheet);

        choose(robot, "File", "Import", "Taguette highlights (.csv, .xlsx)…");

        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).startsWith(name + ": 0 documents added, 1 matched, 1 code created")
                .contains("1 passage");
        assertThat(wb.coding().segments()).singleElement().satisfies(s -> assertThat(
                wb.documents().text(s.documentId()).substring(s.start(), s.end())).isEqualTo(quote));
        assertThat(dialogs.errors).isEmpty();
    }
}
