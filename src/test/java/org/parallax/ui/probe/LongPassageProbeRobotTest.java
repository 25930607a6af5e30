package org.parallax.ui.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parallax.ui.FxThread;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class LongPassageProbeRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        Path p = super.project(folder);
        int kb = Integer.getInteger("probe.kb", 2048);
        String unit = "The delegation restated its position on the enlargement of the alliance. ";
        String text = unit.repeat((kb << 10) / unit.length()).trim();
        Path file = Files.writeString(folder.resolve("long.txt"), text);
        try (Workbench wb = Workbench.open(p)) {
            var report = wb.documents().importFiles(ImportRequest.of(java.util.List.of(file)), org.parallax.workbench.TaskProgress.NONE);
            long id = report.imported().get(0).id();
            long code = wb.codebook().current().codes().get(0).id();
            wb.coding().code(id, 0, text.length(), code, "m");
        }
        return p;
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void probe(FxRobot robot) throws Exception {
        waitUntil(() -> FxThread.call(() -> main.documents().rows().size() == 16));
        for (String tab : new String[] {"Passages", "Table 1", "Memos", "Search", "Analysis", "Codes", "Compare"}) {
            long t0 = System.nanoTime();
            try { selectTab(robot, tab); } catch (RuntimeException e) { System.out.println("PROBE no tab " + tab); continue; }
            block(tab);
            System.out.println("PROBE tab " + tab + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    private static void block(String what) throws Exception {
        for (int i = 0; i < 20; i++) {
            long sent = System.nanoTime();
            CountDownLatch l = new CountDownLatch(1);
            Platform.runLater(l::countDown);
            if (!l.await(1, TimeUnit.SECONDS)) {
                boolean ok = l.await(120, TimeUnit.SECONDS);
                System.out.println("PROBE " + what + " FX blocked " + (System.nanoTime() - sent) / 1_000_000 + " ms " + (ok ? "" : "STILL"));
            }
            Thread.sleep(100);
        }
    }
}
