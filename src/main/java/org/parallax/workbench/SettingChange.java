package org.parallax.workbench;

import java.util.function.Supplier;
import org.parallax.model.ParallaxException;

/**
 * Saving a project setting the researcher edits (process tracing's verbal scale and test thresholds) as one step of
 * the undo history; undo writes back the value it had, or the shipped one it stood for when none was saved. A step
 * writes only over the value it expects (what it wrote, for undo; what it replaced, for redo), checked in its own
 * transaction: another window or lead may have saved the setting since, and their value is not silently undone.
 */
record SettingChange(Project project, String label, String what, String key, Supplier<String> inUse, String before,
                     String after) implements ChangeOfState<String> {
    @Override
    public void write(String value) {
        String expected = value.equals(after) ? before : after;
        project.store.write(() -> {
            String now = inUse.get();
            if (!now.equals(expected)) {
                throw new ParallaxException(project.displayName() + ": " + what + " changed elsewhere since this "
                        + "step (another window, or another lead of the team project, saved " + now + "); nothing "
                        + "was written");
            }
            project.settings.put(key, value);
            return null;
        });
        project.fire(ProjectEvent.TRACING);
    }
}
