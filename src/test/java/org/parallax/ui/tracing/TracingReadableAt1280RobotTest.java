package org.parallax.ui.tracing;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The Process tracing tab can be read at 1280×800 (see {@link TracingReadable}). */
class TracingReadableAt1280RobotTest extends TracingReadable {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Override
    protected double windowWidth() {
        return 1280;
    }

    @Override
    protected double windowHeight() {
        return 800;
    }

    @Override
    protected boolean likelihoodsInView() {
        return true;
    }
}
