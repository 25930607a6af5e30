package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ui.tracing.TracingRobots.press;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.TabPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Export PNG… of the causal chain writes a real image of the chart as the window shows it. */
class CausalChainPngRobotTest extends TracingRobotWindow {
    @Test
    void exportPngWritesAnImageOfTheChartTheSizeItIsShown(FxRobot robot) throws Exception {
        recordOneItem(robot, "very likely", "unlikely", "even");
        TabPane results = find(robot, "#tracingResults", TabPane.class);
        robot.interact(() -> results.getSelectionModel().select(2));
        CausalChainChart chart = find(robot, "#causalChainChart", CausalChainChart.class);
        waitUntil(() -> chart.eventMarkers() == 9 && chart.evidenceMarkers() == 1
                && chart.getWidth() > 100 && chart.getHeight() > 100);

        Path out = Files.createTempDirectory(dir, "png").resolve("causal chain.png");
        dialogs.pathAnswers.add(out);
        press(robot, "#exportChainPng");
        waitUntil(() -> written().equals("Causal chain image written to " + out));

        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        double[] shown = read(() -> new double[] {chart.getWidth(), chart.getHeight()});
        assertThat((double) image.getWidth()).isCloseTo(shown[0], org.assertj.core.data.Offset.offset(2.0));
        assertThat((double) image.getHeight()).isCloseTo(shown[1], org.assertj.core.data.Offset.offset(2.0));
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("axes, lines and markers, not a blank image").hasSizeGreaterThan(5);
        assertThat(dialogs.errors).isEmpty();
        try (var files = Files.list(out.getParent())) {
            assertThat(files).as("no temporary file left beside it").containsExactly(out);
        }
    }

    /**
     * The chain's SVG and the report said "Saved …" in a box of their own, and the PNG too; they go through the one
     * export flow as every other export does: the status bar says what was written where.
     */
    @Test
    void theSvgAndTheReportSayOnTheStatusBarWhatWasWrittenWhere(FxRobot robot) throws Exception {
        recordOneItem(robot, "very likely", "unlikely", "even");
        TabPane results = find(robot, "#tracingResults", TabPane.class);
        robot.interact(() -> results.getSelectionModel().select(2));
        Path folder = Files.createTempDirectory(dir, "exports");
        Path svg = folder.resolve("chain.svg");
        dialogs.pathAnswers.add(svg);
        press(robot, "#exportChainSvg");
        waitUntil(() -> written().equals("Causal chain written to " + svg));
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg");

        Path report = folder.resolve("report.html");
        dialogs.pathAnswers.add(report);
        press(robot, "#exportTracingReport");
        waitUntil(() -> written().equals("Process tracing report written to " + report));
        assertThat(Files.readString(report)).contains("<html");
        assertThat(dialogs.informations).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    private String written() throws Exception {
        return read(() -> main.status().lastResultProperty().get());
    }
}
