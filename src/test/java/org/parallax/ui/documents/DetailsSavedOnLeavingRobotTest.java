package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher types a title and an actor into the Details tab and clicks the next document in the list without
 * pressing Save details, which the form promises to save. The save ran in the background after the form already
 * showed the next document and read which fields were edited from it: the title and actor were lost and, when the
 * timing fell between two fields, the document's date was erased. That save's reload then put the document left
 * back in the reading view while the list and the Details tab showed the one clicked.
 */
class DetailsSavedOnLeavingRobotTest extends RobotWindow {
    private static final String TITLE = "Putin interview to Bloomberg, Vladivostok";

    @Test
    void detailsTypedAndLeftByClickingAnotherDocumentAreSavedWhole(FxRobot robot) throws Exception {
        Document bloomberg = openDetailsOfBloomberg(robot);
        Document next = document("Readout of President");
        TextField title = find(robot, "#metadataTitle", TextField.class);

        robot.clickOn(title).push(KeyCode.CONTROL, KeyCode.A).write(TITLE);
        robot.clickOn(find(robot, "#metadataActor", TextField.class)).push(KeyCode.CONTROL, KeyCode.A).write("Vladimir Putin");
        // The background thread is busy (an index catching up, a refresh) when the researcher moves on.
        CountDownLatch busy = new CountDownLatch(1);
        tasks.run(() -> busy.await(30, TimeUnit.SECONDS), done -> {
        }, failed -> {
        });
        robot.clickOn(row(robot, next));
        waitUntil(() -> title.getText().equals(next.meta().title()));
        busy.countDown();
        drainTasks();
        WaitForAsyncUtils.waitForFxEvents();

        DocumentMeta saved = main.context().workbench().documents().require(bloomberg.id()).meta();
        LocalDate date = bloomberg.meta().date();
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(saved.title()).isEqualTo(TITLE);
            soft.assertThat(saved.actor()).isEqualTo("Vladimir Putin");
            soft.assertThat(saved.date()).isEqualTo(date);
            soft.assertThat(dialogs.errors).isEmpty();
        });
        assertThat(read(() -> main.documents().selectedProperty().get().id())).isEqualTo(next.id());
    }

    @Test
    void theTextShownAfterLeavingIsTheDocumentClickedNotTheOneLeft(FxRobot robot) throws Exception {
        Document bloomberg = openDetailsOfBloomberg(robot);
        Document next = document("Readout of President");
        Label heading = find(robot, "#documentTitle", Label.class);
        waitUntil(() -> heading.getText().equals(bloomberg.meta().title()));
        robot.clickOn(find(robot, "#metadataActor", TextField.class)).push(KeyCode.CONTROL, KeyCode.A).write("Putin");
        CountDownLatch busy = new CountDownLatch(1);
        tasks.run(() -> busy.await(30, TimeUnit.SECONDS), done -> {
        }, failed -> {
        });

        robot.clickOn(row(robot, next));
        busy.countDown();
        drainTasks();
        WaitForAsyncUtils.waitForFxEvents();
        drainTasks();
        WaitForAsyncUtils.waitForFxEvents();

        // The save of the details left reloaded the document open when it finished: the one left, over the one clicked.
        String shown = settled(heading::getText, next.meta().title()::equals);
        long open = read(() -> main.document().documentProperty().get().id());
        long selected = read(() -> main.documents().selectedProperty().get().id());
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(shown).isEqualTo(next.meta().title());
            soft.assertThat(open).isEqualTo(next.id());
            soft.assertThat(selected).isEqualTo(next.id());
        });
    }

    /**
     * A researcher types a title and an actor and clicks into the text to read on, without Enter or Save details: the
     * details stayed in the form alone, lost when the computer went down, and nothing said they were not saved. While
     * typed they are marked unsaved; leaving the form saves both, as one step that one undo takes back.
     */
    @Test
    void detailsTypedAreMarkedUnsavedThenSavedAsOneStepWhenTheFormIsLeft(FxRobot robot) throws Exception {
        Document bloomberg = openDetailsOfBloomberg(robot);
        Label unsaved = find(robot, "#detailsUnsaved", Label.class);
        assertThat(read(unsaved::isVisible)).as("marked unsaved before anything was typed").isFalse();

        robot.clickOn(find(robot, "#metadataTitle", TextField.class)).push(KeyCode.CONTROL, KeyCode.A).write(TITLE);
        robot.clickOn(find(robot, "#metadataActor", TextField.class)).push(KeyCode.CONTROL, KeyCode.A)
                .write("Vladimir Putin");
        assertThat(read(unsaved::isVisible)).as("marked unsaved while typed").isTrue();
        robot.clickOn(window.text().area());

        DocumentMeta saved = settled(() -> main.context().workbench().documents().require(bloomberg.id()).meta(),
                meta -> TITLE.equals(meta.title()) && "Vladimir Putin".equals(meta.actor()));
        assertThat(saved.title()).isEqualTo(TITLE);
        assertThat(saved.actor()).isEqualTo("Vladimir Putin");
        assertThat(settled(() -> unsaved.isVisible(), shown -> !shown)).as("marked unsaved once saved").isFalse();

        robot.interact(() -> main.undo().undo());
        DocumentMeta undone = settled(() -> main.context().workbench().documents().require(bloomberg.id()).meta(),
                meta -> bloomberg.meta().title().equals(meta.title()));
        assertThat(undone.title()).as("one undo").isEqualTo(bloomberg.meta().title());
        assertThat(undone.actor()).as("the same undo").isEqualTo(bloomberg.meta().actor());
        assertThat(dialogs.errors).isEmpty();
    }

    /** Enter in a details field saves them, as OK does in NVivo's and QualCoder's forms; it did nothing. */
    @Test
    void enterInADetailsFieldSavesTheDetails(FxRobot robot) throws Exception {
        Document bloomberg = openDetailsOfBloomberg(robot);
        TextField title = find(robot, "#metadataTitle", TextField.class);

        robot.clickOn(title).push(KeyCode.CONTROL, KeyCode.A).write(TITLE).push(KeyCode.ENTER);

        String saved = settled(() -> main.context().workbench().documents().require(bloomberg.id()).meta().title(),
                TITLE::equals);
        assertThat(saved).isEqualTo(TITLE);
        assertThat(settled(() -> main.metadata().isEdited(), edited -> !edited)).as("the form holds what was saved")
                .isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    /** The scenario list's empty choice, which clears the scenario, is named; it was a blank row. */
    @Test
    void theScenarioListNamesItsEmptyChoice(FxRobot robot) throws Exception {
        openDetailsOfBloomberg(robot);
        ComboBox<?> scenario = find(robot, "#metadataScenario", ComboBox.class);

        robot.clickOn(scenario);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = read(() -> robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class)
                .stream().map(ListCell::getText).filter(t -> t != null).toList());
        robot.push(KeyCode.ESCAPE);
        assertThat(shown).first().isEqualTo("No scenario");
        assertThat(shown).doesNotContain("");
    }

    /** Opens the Bloomberg interview with the Details tab in front, its title shown there; returns it. */
    private Document openDetailsOfBloomberg(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() > 2);
        Document bloomberg = document("Interview to Bloomberg");
        robot.interact(() -> main.documents().select(bloomberg.id()));
        selectTab(robot, "Details");
        TextField title = find(robot, "#metadataTitle", TextField.class);
        waitUntil(() -> title.getText().equals(bloomberg.meta().title()));
        return bloomberg;
    }

    private Document document(String titleStart) {
        return listedDocument(d -> d.meta().title().startsWith(titleStart));
    }

    private static TableRow<?> row(FxRobot robot, Document document) {
        return read(() -> robot.lookup("#documentsTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof DocumentRow d && d.id() == document.id())
                .findFirst().orElseThrow());
    }
}
