package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.analysis.MatrixRow;
import org.testfx.api.FxRobot;

/**
 * The Analysis, Timeline and Memos tabs read the project only while in front: behind other tabs they recomputed their
 * tables on every change (each key press that codes), for no one to see, beside the views the researcher looks at.
 * Brought to the front, each shows the project as it is then.
 */
class HiddenTabsReadWhenShownRobotTest extends RobotWindow {
    @Test
    void aTabBehindOthersReadsNothingAndShowsTheProjectAsItIsWhenBroughtToTheFront(FxRobot robot) throws Exception {
        waitUntil(() -> !main.table1().rows().isEmpty());
        backgroundDone(robot);
        assertThat(read(() -> List.copyOf(main.analysis().rows()))).as("Analysis, never in front").isEmpty();
        assertThat(read(() -> main.timeline().timelineProperty().get())).as("Timeline").isNull();

        selectTab(robot, "Analysis");
        waitUntil(() -> !main.analysis().rows().isEmpty());
        backgroundDone(robot);
        String totalBefore = total();
        selectTab(robot, "Table 1");

        long document = read(() -> main.documents().rows().get(0).id());
        robot.interact(() -> main.context().write(wb -> wb.coding().code(document, 0, 12,
                wb.codebook().code("Balance of power").id(), null)));
        backgroundDone(robot);
        assertThat(total()).as("Analysis behind Table 1 after a passage was coded").isEqualTo(totalBefore);

        selectTab(robot, "Analysis");
        waitUntil(() -> !total().equals(totalBefore));
        assertThat(Integer.parseInt(total().split(" ")[0])).as("passages in the total, once in front again")
                .isEqualTo(Integer.parseInt(totalBefore.split(" ")[0]) + 1);
    }

    /** The Analysis matrix's grand total cell as shown ("passages (documents)"). */
    private String total() throws Exception {
        return read(() -> {
            List<MatrixRow> rows = main.analysis().rows();
            MatrixRow total = rows.get(rows.size() - 1);
            return total.cells().get(total.cells().size() - 1);
        });
    }

    /** Every read queued on the one background thread so far has run, and a read it queued after it too. */
    private void backgroundDone(FxRobot robot) throws Exception {
        for (int round = 0; round < 3; round++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            robot.interact(() -> main.context().read(wb -> 0, x -> done.complete(null)));
            done.get(60, TimeUnit.SECONDS);
            robot.interact(() -> { });
        }
    }
}
