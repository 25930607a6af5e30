package org.parallax.workbench;

/**
 * Saving a project setting the researcher edits (process tracing's verbal scale and test thresholds) as one step of
 * the undo history; undo writes back the value it had, or the shipped one it stood for when none was saved.
 */
record SettingChange(Project project, String label, String key, String before, String after) implements ChangeOfState<String> {
    @Override
    public void write(String value) {
        project.settings.put(key, value);
        project.fire(ProjectEvent.TRACING);
    }
}
