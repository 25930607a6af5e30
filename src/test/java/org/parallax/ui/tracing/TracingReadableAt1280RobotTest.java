package org.parallax.ui.tracing;

import org.parallax.ui.WindowSize;

/** The Process tracing tab can be read at 1280×800 (see {@link TracingReadable}). */
@WindowSize(width = 1280, height = 800)
class TracingReadableAt1280RobotTest extends TracingReadable {
    @Override
    protected boolean likelihoodsInView() {
        return true;
    }
}
