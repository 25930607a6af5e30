package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.BundledSample;
import org.testfx.api.FxRobot;

/** Starting and coming back: the start page, reopening the last document, and the Help menu. */
class StartPageAndHelpRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    private void choose(FxRobot robot, String... path) throws Exception {
        waitUntil(() -> main.openProperty().get() && main.documents().rows().size() == 2);
        MenuItem found = menuItem(robot, path);
        robot.interact(found::fire);
    }

    private void closeProject(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        robot.interact(main::close);
        waitUntil(() -> robot.lookup("#startPage").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void withNoProjectOpenTheStartPageCreatesAProjectFromTheTemplateOrEmpty(FxRobot robot) throws Exception {
        closeProject(robot);
        Path withTemplate = Files.createTempDirectory(dir, "new").resolve("study.parallax");
        dialogs.pathAnswers.add(withTemplate);
        dialogs.choiceAnswer = ProjectActions.TABLE1_TEMPLATE;
        robot.interact(find(robot, "#startNew", Button.class)::fire);
        waitUntil(() -> main.openProperty().get() && main.context().workbench().file().equals(withTemplate));
        assertThat(main.context().workbench().codebook().current().codes()).isNotEmpty();
        assertThat(visible(robot, "#startPage")).isFalse();

        robot.interact(main::close);
        Path empty = withTemplate.resolveSibling("empty.parallax");
        dialogs.pathAnswers.add(empty);
        dialogs.choiceAnswer = ProjectActions.EMPTY_CODEBOOK;
        robot.interact(find(robot, "#startNew", Button.class)::fire);
        waitUntil(() -> main.openProperty().get() && main.context().workbench().file().equals(empty));
        assertThat(main.context().workbench().codebook().current().codes()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void outsideTheSourceTreeTheSampleComesFromInsideTheProgramAndTheCopyOpensEvenWithoutIt(FxRobot robot)
            throws Exception {
        Path elsewhere = Files.createTempDirectory(dir, "elsewhere");
        Path documents = elsewhere.resolve("Документы");
        // run from a folder without samples/ and no launcher property: only the copy inside the program is left
        main.locateSample(() -> BundledSample.shipped(elsewhere), () -> documents);
        closeProject(robot);
        Button sample = find(robot, "#startSample", Button.class);
        waitUntil(() -> !sample.isDisabled());
        assertThat(visible(robot, "#startSampleWhy")).isFalse();
        robot.interact(sample::fire);
        Path copy = documents.resolve("Parallax/nato-russia.parallax");
        waitUntil(() -> main.openProperty().get() && main.context().workbench().file().equals(copy));
        waitUntil(() -> main.documents().rows().size() == 15);

        // the researcher's copy opens even where this installation has no sample at all
        main.locateSample(java.util.Optional::empty, () -> documents);
        robot.interact(main::close);
        waitUntil(() -> robot.lookup("#startPage").tryQuery().map(Node::isVisible).orElse(false)
                && !sample.isDisabled());
        robot.interact(sample::fire);
        waitUntil(() -> main.openProperty().get() && main.context().workbench().file().equals(copy));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void withNoSampleAnywhereTheGreyedOutButtonSaysWhy(FxRobot robot) throws Exception {
        Path noDocuments = Files.createTempDirectory(dir, "nothing");
        main.locateSample(java.util.Optional::empty, () -> noDocuments);
        closeProject(robot);
        Label why = find(robot, "#startSampleWhy", Label.class);
        waitUntil(() -> why.isVisible());
        assertThat(read(why::getText)).contains("not part of this copy of Parallax");
        assertThat(disabled(robot, "#startSample")).isTrue();
    }

    @Test
    void theStartPageListsRecentProjectsAndReopensOne(FxRobot robot) throws Exception {
        waitUntil(() -> main.openProperty().get() && main.documents().rows().size() == 2);
        Path project = main.context().workbench().file().toAbsolutePath();
        closeProject(robot);
        VBox recent = find(robot, "#startRecent", VBox.class);
        Hyperlink link = read(() -> recent.getChildren().stream().filter(n -> n instanceof Hyperlink)
                .map(n -> (Hyperlink) n).filter(h -> h.getText().equals(project.toString())).findFirst()
                .orElseThrow());
        robot.interact(link::fire);
        waitUntil(() -> main.openProperty().get() && main.documents().rows().size() == 2);
    }

    @Test
    void reopeningAProjectShowsTheDocumentLastOpenInItsTextPane(FxRobot robot) throws Exception {
        // Every read of window state happens on the FX thread, which may be rebuilding it at that moment.
        waitUntil(() -> main.documents().rows().size() == 2
                && main.documents().selectedProperty().get() != null);
        Path project = main.context().workbench().file();
        Document second = main.context().workbench().documents().list().get(1);
        robot.interact(() -> main.documents().select(second.id()));
        String text = main.context().workbench().documents().text(second.id());
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getText().equals(text));
        robot.interact(main::close);
        // The close saves the settings on the background thread: wait for the file to say so, not for time.
        waitUntil(() -> second.id() == new SettingsFile(main.settingsFile().file()).load().lastDocuments()
                .getOrDefault(project.toAbsolutePath().toString(), -1L));

        robot.interact(() -> main.open(project));

        waitUntil(() -> main.documents().selectedProperty().get() != null
                && main.documents().selectedProperty().get().id() == second.id());
        waitUntil(() -> area.getText().equals(text));
        // The text is not only loaded but on screen: the pane shows its first paragraphs.
        // (The viewport settles over a few layout passes; until then the first visible paragraph may be a blank one.)
        String first = text.lines().findFirst().orElseThrow();
        waitUntil(() -> area.getViewportHeight() > 0 && !area.getVisibleParagraphs().isEmpty()
                && area.getVisibleParagraphs().get(0).getText().equals(first));
    }

    @Test
    void helpListsTheKeyboardShortcutsFromTheMenusThemselves(FxRobot robot) throws Exception {
        choose(robot, "Help", "Keyboard shortcuts");
        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).contains("Ctrl+N\tFile → New project",
                "Ctrl+I\tFile → Import → Documents", "Ctrl+Shift+A\tCodebook → Add code", "1 – 9\t");
        // The keys a keyboard user has no menu for: reaching the panes, the codebook tree's, the assistant's.
        assertThat(dialogs.informations.get(0)).contains("Alt+D\t", "Alt+B\t", "F2\tIn the codebook",
                "Delete\tIn the codebook", "R\tIn the text, on an assistant's suggestion");
    }

    @Test
    void aboutSaysTheLicenceAndWhereSettingsAndTheLogLive(FxRobot robot) throws Exception {
        choose(robot, "Help", "About Parallax");
        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).startsWith("Parallax").contains("Apache License 2.0")
                .contains("Settings: " + main.settingsFile().file().toAbsolutePath()).contains("Log: ");
    }

    @Test
    void theDocumentationOpensOnTheBundledReadmeAndEveryPageRenders(FxRobot robot) throws Exception {
        choose(robot, "Help", "Documentation");
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Parallax documentation".equals(s.getTitle()) && s.isShowing()));
        @SuppressWarnings("unchecked")
        ListView<String> pages = find(robot, "#helpPages", ListView.class);
        assertThat(copy(pages::getItems)).containsExactlyElementsOf(org.parallax.ui.help.HelpPages.pages());
        VBox page = find(robot, "#helpPage", VBox.class);
        assertThat(copy(page::getChildren)).hasSizeGreaterThan(10);
        for (String name : copy(pages::getItems)) {
            robot.interact(() -> pages.getSelectionModel().select(name));
            assertThat(copy(page::getChildren)).as(name).hasSizeGreaterThanOrEqualTo(2);
        }
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Parallax documentation".equals(s.getTitle())).toList().forEach(Window::hide));
    }
}
