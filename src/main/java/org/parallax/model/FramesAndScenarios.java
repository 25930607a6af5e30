package org.parallax.model;

import java.util.Map;

/** The versions of the frames and scenarios a pull copied, by id, so a push names those changed or added offline. */
public record FramesAndScenarios(Map<Long, Long> frames, Map<Long, Long> scenarios) {
    public FramesAndScenarios {
        frames = Map.copyOf(frames);
        scenarios = Map.copyOf(scenarios);
    }
}
