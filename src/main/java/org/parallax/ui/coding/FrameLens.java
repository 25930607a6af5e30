package org.parallax.ui.coding;

import java.util.List;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Segment;

/** A way of reading a document: through one frame (only its codes' passages) or through all frames. */
public record FrameLens(Long frameId, String name) {
    /** No lens: every passage is shown, scenario codes included. */
    public static final FrameLens ALL = new FrameLens(null, "All frames");

    public static FrameLens of(Frame frame) {
        return new FrameLens(frame.id(), frame.name());
    }

    public boolean isAll() {
        return frameId == null;
    }

    /** Whether passages of this code show through the lens; scenario codes show only without a lens. */
    public boolean shows(Code code) {
        return isAll() || frameId.equals(code.frameId());
    }

    /** The passages whose code shows through the lens, in their order; passages of unknown codes only under ALL. */
    public List<Segment> filter(List<Segment> passages, Codebook book) {
        if (isAll()) {
            return passages;
        }
        var codes = book.codesById();
        return passages.stream().filter(s -> codes.containsKey(s.codeId()) && shows(codes.get(s.codeId()))).toList();
    }

    /** The lenses a codebook offers: all frames, then each frame in order. */
    public static List<FrameLens> choices(Codebook book) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL),
                book.frames().stream().map(FrameLens::of)).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
