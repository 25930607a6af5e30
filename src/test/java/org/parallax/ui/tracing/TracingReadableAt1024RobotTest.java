package org.parallax.ui.tracing;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The Process tracing tab can be read at 1024×768 (see {@link TracingReadable}). */
class TracingReadableAt1024RobotTest extends TracingReadable {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Override
    protected double windowWidth() {
        return 1024;
    }

    @Override
    protected double windowHeight() {
        return 768;
    }

    @Override
    protected boolean likelihoodsInView() {
        return false;
    }
}
