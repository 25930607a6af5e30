package org.parallax.ui.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/** What the workbench remembers between runs: projects, window layout and the word-snapping preference. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String lastProject, List<String> recentProjects, double width, double height,
                       List<Double> dividers, Boolean snapToWords) {
    static final int RECENT_LIMIT = 8;

    public Settings {
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
        width = width <= 0 ? 1400 : width;
        height = height <= 0 ? 900 : height;
        // Snapping is on unless the user turned it off; a settings file without the key gets the default.
        snapToWords = snapToWords == null || snapToWords;
    }

    public static Settings defaults() {
        return new Settings(null, List.of(), 1400, 900, List.of(), true);
    }

    /** These settings with {@code project} as the last and most recent project. */
    public Settings withProject(String project) {
        List<String> recent = new ArrayList<>(recentProjects);
        recent.remove(project);
        recent.add(0, project);
        while (recent.size() > RECENT_LIMIT) {
            recent.remove(recent.size() - 1);
        }
        return new Settings(project, recent, width, height, dividers, snapToWords);
    }

    public Settings withLayout(double newWidth, double newHeight, List<Double> newDividers) {
        return new Settings(lastProject, recentProjects, newWidth, newHeight, newDividers, snapToWords);
    }

    public Settings withSnapToWords(boolean snap) {
        return new Settings(lastProject, recentProjects, width, height, dividers, snap);
    }
}
