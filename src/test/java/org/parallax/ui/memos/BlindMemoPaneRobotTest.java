package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.MemoTarget;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The memo pane of a blind second coder on a document whose memo the first coder wrote (ADR 0030): it looked empty
 * and editable, and what was typed was refused on saving. Now it is shown not editable with one line saying why,
 * a document without a memo stays writable, and switching blind mode off shows the memo at once.
 */
class BlindMemoPaneRobotTest extends RobotWindow {
    private static final String READING = "Analyst reading: deterrence above all";

    @Override
    protected Path project(Path folder) throws Exception {
        Path project = super.project(folder);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("analyst");
            wb.memos().set(MemoTarget.document(1), READING);
            wb.setActiveCoder("second-coder");
            wb.setBlindMode(true);
        }
        return project;
    }

    @Test
    void aHiddenDocumentMemoIsShownNotEditableSayingWhy(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        String first = read(() -> main.documents().rows().stream().filter(r -> r.id() == 1).findFirst()
                .orElseThrow().title());
        robot.interact(() -> main.documents().select(1L));
        selectTab(robot, "Memo");
        TextArea memo = find(robot, "#memoText", TextArea.class);
        waitUntil(() -> main.memo().headingProperty().get().contains(first)
                && !main.memo().detailsProperty().get().isEmpty());
        assertThat(read(() -> memo.isDisabled())).isTrue();
        assertThat(read(() -> memo.getText())).isEmpty();
        assertThat(read(() -> main.memo().detailsProperty().get())).isEqualTo(MemoViewModel.HIDDEN);

        robot.interact(() -> main.documents().select(2L));
        waitUntil(() -> !memo.isDisabled()
                && main.memo().detailsProperty().get().equals("No memo yet"));

        robot.interact(() -> main.documents().select(1L));
        waitUntil(() -> memo.isDisabled()
                && main.memo().detailsProperty().get().equals(MemoViewModel.HIDDEN));
        robot.interact(() -> main.coder().blindProperty().set(false));
        waitUntil(() -> !memo.isDisabled() && memo.getText().equals(READING));
    }
}
