package org.parallax.ui.tracing;

import org.parallax.ui.WindowSize;

/** The Process tracing tab can be read at 1024×768 (see {@link TracingReadable}). */
@WindowSize(width = 1024, height = 768)
class TracingReadableAt1024RobotTest extends TracingReadable {
    @Override
    protected boolean likelihoodsInView() {
        return false;
    }
}
