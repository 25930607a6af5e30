package org.parallax.ui.table1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.analysis.AnalysisFilter;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * Table 1 of the sample's second coder switching Edit → Blind coding on: the Coder box went on reading "All coders"
 * while only her own passages were counted, and the line saying what is counted disappeared. The box now names her
 * alone and cannot be changed while blind coding is on, the line says what is counted and why, and switching blind
 * coding off gives back every coder's layers.
 */
class BlindTable1RobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        Path project = super.project(folder);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("second-coder");
        }
        return project;
    }

    @Test
    void inBlindCodingTheCoderBoxAndTheLineSayThatOnlyTheCodersOwnPassagesCount(FxRobot robot) throws Exception {
        waitUntil(() -> !main.table1().rows().isEmpty());
        selectTab(robot, "Table 1");
        Label line = find(robot, "#table1Layers", Label.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> coder = find(robot, "#table1Coder", ComboBox.class);
        String both = "Counting analyst and second-coder: a passage coded by both counts once for each.";
        waitUntil(() -> line.getText().equals(both));
        int all = read(() -> main.table1().matrixProperty().get().total().segments());
        int own = fromProject(wb -> (int) wb.coding().segments().stream()
                .filter(s -> s.coderId() == wb.activeCoder().id()).count());
        assertThat(own).isPositive().isLessThan(all);

        CheckMenuItem blind = (CheckMenuItem) menuItem(robot, "Edit", "Blind coding (see only my passages)");
        // what a click on the menu's tick does (fire() runs its action without ticking it)
        robot.interact(() -> blind.setSelected(true));

        waitUntil(() -> main.table1().matrixProperty().get() != null
                && main.table1().matrixProperty().get().total().segments() == own);
        waitUntil(() -> "second-coder".equals(coder.getValue()));
        assertThat(read(line::getText)).isEqualTo("Counting second-coder only: blind coding hides the other coders' "
                + "passages.");
        assertThat(read(line::isVisible)).isTrue();
        assertThat(copy(coder::getItems)).containsExactly("second-coder");
        assertThat(read(coder::isDisabled)).isTrue();

        robot.interact(() -> blind.setSelected(false));

        waitUntil(() -> main.table1().matrixProperty().get().total().segments() == all && line.getText().equals(both));
        assertThat(read(coder::getValue)).isEqualTo(AnalysisFilter.ALL_CODERS);
        assertThat(read(coder::isDisabled)).isFalse();
    }
}
