package org.parallax.ui.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the workbench remembers between runs: projects, the document last open in each, window layout,
 * the word-snapping preference, the folder a file chooser last went to ({@code lastFolder}, null at first) and the
 * columns shown or hidden with a table's column menu ({@code columns}: "tableId/Column" → shown).
 */
public record Settings(String lastProject, List<String> recentProjects, double width, double height,
                       List<Double> dividers, Boolean snapToWords, Map<String, Long> lastDocuments,
                       String lastFolder, Map<String, Boolean> columns) {
    static final int RECENT_LIMIT = 8;

    public Settings {
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
        width = width <= 0 ? 1400 : width;
        height = height <= 0 ? 900 : height;
        // Snapping is on unless the user turned it off; a settings file without the key gets the default.
        snapToWords = snapToWords == null || snapToWords;
        // Only recent projects keep their last document, so the file stays small.
        Map<String, Long> kept = new LinkedHashMap<>();
        if (lastDocuments != null) {
            for (Map.Entry<String, Long> last : lastDocuments.entrySet()) {
                if (recentProjects.contains(last.getKey()) && last.getValue() != null) {
                    kept.put(last.getKey(), last.getValue());
                }
            }
        }
        lastDocuments = Map.copyOf(kept);
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    public Settings(String lastProject, List<String> recentProjects, double width, double height,
                    List<Double> dividers, Boolean snapToWords) {
        this(lastProject, recentProjects, width, height, dividers, snapToWords, Map.of(), null, Map.of());
    }

    public static Settings defaults() {
        return new Settings(null, List.of(), 1400, 900, List.of(), true, Map.of(), null, Map.of());
    }

    /** These settings with {@code project} as the last and most recent project. */
    public Settings withProject(String project) {
        List<String> recent = new ArrayList<>(recentProjects);
        recent.remove(project);
        recent.add(0, project);
        while (recent.size() > RECENT_LIMIT) {
            recent.remove(recent.size() - 1);
        }
        return new Settings(project, recent, width, height, dividers, snapToWords, lastDocuments, lastFolder, columns);
    }

    public Settings withLayout(double newWidth, double newHeight, List<Double> newDividers) {
        return new Settings(lastProject, recentProjects, newWidth, newHeight, newDividers, snapToWords, lastDocuments,
                lastFolder, columns);
    }

    public Settings withSnapToWords(boolean snap) {
        return new Settings(lastProject, recentProjects, width, height, dividers, snap, lastDocuments, lastFolder,
                columns);
    }

    /** These settings remembering {@code documentId} as the document last open in {@code project}. */
    public Settings withLastDocument(String project, long documentId) {
        Map<String, Long> documents = new LinkedHashMap<>(lastDocuments);
        documents.put(project, documentId);
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, documents, lastFolder,
                columns);
    }

    /** These settings remembering {@code folder} as where the next file chooser starts. */
    public Settings withLastFolder(String folder) {
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, lastDocuments, folder,
                columns);
    }

    /** These settings remembering that the column {@code key} ("tableId/Column") is shown or hidden. */
    public Settings withColumn(String key, boolean shown) {
        Map<String, Boolean> chosen = new LinkedHashMap<>(columns);
        chosen.put(key, shown);
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, lastDocuments,
                lastFolder, chosen);
    }
}
