package org.parallax.ui.lens;

/** How many of a document's passages are coded under one frame. */
public record FrameCount(String frame, int passages) {
    @Override
    public String toString() {
        return frame + " " + passages;
    }
}
