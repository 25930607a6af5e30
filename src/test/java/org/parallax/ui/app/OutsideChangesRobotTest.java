package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.cli.ParallaxCommand;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.testutil.MatrixCells;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;
import org.parallax.ui.passages.PassageRow;
import org.parallax.ui.table1.Table1Row;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/** The open window shows coding done on its project file by the command line, and keeps counting right after. */
class OutsideChangesRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    private Table1Row balanceOfPower() {
        return table1Row("Balance of power");
    }

    @Test
    void passagesCodedOnTheCommandLineShowInTable1AndThePassagesList(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2 && !main.table1().rows().isEmpty());
        Path project = main.context().workbench().file();
        Document kremlin = listedDocument(d -> d.sourceFile().startsWith("2005-06-24"));
        robot.interact(() -> main.documents().select(kremlin.id()));
        waitUntil(() -> main.passages().headingProperty().get().endsWith("(0)"));
        assertThat(balanceOfPower().cells().get(3)).isEqualTo("–");

        String out = cli("code", project.toString(), "--doc", Long.toString(kremlin.id()), "--start", "0", "--end", "40",
                "--code", "Balance of power", "--coder", "cli coder");
        assertThat(out).startsWith("segment ");

        waitUntil(() -> balanceOfPower().cells().get(3).equals("1 (1)"));
        waitUntil(() -> main.passages().rows().size() == 1);
        PassageRow row = read(() -> main.passages().rows().get(0));
        assertThat(row.segment().start()).isZero();
        assertThat(row.segment().end()).isEqualTo(40);

        // The window's own next edit counts on top of the outside passage, as a recount from the file does.
        robot.interact(() -> {
            main.document().selectionProperty().set(new TextRange(100, 160));
            main.document().codeWithShortcut(1);
        });
        waitUntil(() -> balanceOfPower().cells().get(3).equals("2 (1)"));
        waitUntil(() -> main.passages().rows().size() == 2);
        assertThat(MatrixCells.of(read(() -> main.table1().matrixProperty().get()))).isEqualTo(recount(project));

        String uncoded = cli("uncode", project.toString(), "--segment", Long.toString(row.id()));
        assertThat(uncoded).isNotBlank();
        waitUntil(() -> balanceOfPower().cells().get(3).equals("1 (1)"));
        waitUntil(() -> main.passages().rows().size() == 1);
        assertThat(MatrixCells.of(read(() -> main.table1().matrixProperty().get()))).isEqualTo(recount(project));
        assertThat(dialogs.errors).isEmpty();
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ParallaxCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }

    private static List<Matrix.Tally> recount(Path project) {
        try (Workbench fresh = Workbench.open(project)) {
            return MatrixCells.of(fresh.analysis().table1());
        }
    }
}
