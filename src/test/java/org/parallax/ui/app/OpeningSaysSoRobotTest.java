package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;

/**
 * The first seconds after asking for a project (a first start opening the sample takes several on a busy
 * machine): the window says it is opening and listing, instead of "No project open — File → New or Open" and
 * "No documents yet" over a project that has documents; a search that found nothing says so instead of still
 * asking for a query.
 */
class OpeningSaysSoRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void whileAProjectOpensTheStatusBarAndTheDocumentsListSaySo(FxRobot robot) throws Exception {
        waitUntil(() -> main.openProperty().get() && main.documents().rows().size() == 2);
        Path file = main.context().workbench().file().toAbsolutePath();
        Label documents = find(robot, "#documentsPlaceholder", Label.class);
        List<String> whenSet = new ArrayList<>();
        String[] whileOpening = new String[1];
        robot.interact(() -> {
            main.close();
            // Called on the UI thread once the background open has finished, before any view has read the project.
            main.context().workbenchProperty().addListener((o, was, now) -> {
                if (now != null && whenSet.isEmpty()) {
                    whenSet.add(main.status().projectProperty().get());
                    whenSet.add(documents.getText());
                }
            });
            main.open(file);
            whileOpening[0] = main.status().projectProperty().get();
        });

        assertThat(whileOpening[0]).isEqualTo("Opening " + file + "…");
        waitUntil(() -> whenSet.size() == 2);
        assertThat(whenSet).containsExactly(file.toString(), "Listing the documents…");
        waitUntil(() -> main.documents().rows().size() == 2);
        assertThat(read(documents::getText)).startsWith("No documents yet");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anOpenThatFailsLeavesNoOpeningInTheStatusBar(FxRobot robot) throws Exception {
        waitUntil(() -> main.openProperty().get() && main.documents().rows().size() == 2);
        Path missing = dir.resolve("no-such-folder").resolve("gone.parallax").toAbsolutePath();

        robot.interact(() -> main.open(missing));

        waitUntil(() -> !dialogs.errors.isEmpty());
        waitUntil(() -> !main.status().projectProperty().get().startsWith("Opening"));
        assertThat(read(() -> main.status().projectProperty().get()))
                .isEqualTo(main.context().workbench().file().toAbsolutePath().toString());
    }

    @Test
    void aSearchThatFindsNothingSaysSo(FxRobot robot) throws Exception {
        waitUntil(() -> main.search().indexStatusProperty().get().startsWith("Search index"));
        selectTab(robot, "Search");
        Label placeholder = find(robot, "#searchPlaceholder", Label.class);
        assertThat(read(placeholder::getText)).isEqualTo("Type a query and press Enter");

        robot.clickOn("#searchQuery").write("zzyzxnothing").type(KeyCode.ENTER);

        waitUntil(() -> main.search().totalsProperty().get().equals("No passage matched 'zzyzxnothing'"));
        assertThat(read(placeholder::getText)).isEqualTo("No passage matched 'zzyzxnothing'");
    }
}
