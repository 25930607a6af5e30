package org.parallax.ui.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the workbench remembers between runs: projects, the document last open in each and where it was read
 * ({@code readingPlaces}: the stored offset of the first character the reading view showed), window layout,
 * the word-snapping preference, the folder a file chooser last went to for opening or importing ({@code lastFolder},
 * null at first), the columns shown or hidden with a table's column menu ({@code columns}: "tableId/Column" → shown)
 * and the folder an export last went to ({@code lastExportFolder}, null at first), kept apart so exports do not land
 * among the source documents, and whether every export of the window is pseudonymised ({@code pseudonymiseExports}):
 * a researcher who promised anonymity ticks it once, and a restart must not hand on names because the tick was gone.
 */
public record Settings(String lastProject, List<String> recentProjects, double width, double height,
                       List<Double> dividers, Boolean snapToWords, Map<String, Long> lastDocuments,
                       String lastFolder, Map<String, Boolean> columns, Map<String, Long> readingPlaces,
                       String lastExportFolder, boolean pseudonymiseExports) {
    static final int RECENT_LIMIT = 8;

    public Settings {
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
        width = width <= 0 ? 1400 : width;
        height = height <= 0 ? 900 : height;
        // Snapping is on unless the user turned it off; a settings file without the key gets the default.
        snapToWords = snapToWords == null || snapToWords;
        lastDocuments = ofRecent(lastDocuments, recentProjects);
        // A place is read in the project's last document: a project without one has none.
        readingPlaces = ofRecent(readingPlaces, lastDocuments.keySet());
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    /**
     * Only recent projects keep their last document and place, so the file stays small. Maps that keep every entry
     * are not rebuilt: the reading place changes with every frame of a scroll, and each change makes new settings.
     */
    private static Map<String, Long> ofRecent(Map<String, Long> byProject, Collection<String> projects) {
        if (byProject == null) {
            return Map.of();
        }
        if (allKept(byProject, projects)) {
            return Map.copyOf(byProject);
        }
        Map<String, Long> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : byProject.entrySet()) {
            if (projects.contains(entry.getKey()) && entry.getValue() != null) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        return Map.copyOf(kept);
    }

    private static boolean allKept(Map<String, Long> byProject, Collection<String> projects) {
        for (Map.Entry<String, Long> entry : byProject.entrySet()) {
            if (!projects.contains(entry.getKey()) || entry.getValue() == null) {
                return false;
            }
        }
        return true;
    }

    public Settings(String lastProject, List<String> recentProjects, double width, double height,
                    List<Double> dividers, Boolean snapToWords) {
        this(lastProject, recentProjects, width, height, dividers, snapToWords, Map.of(), null, Map.of(), Map.of(),
                null, false);
    }

    public static Settings defaults() {
        return new Settings(null, List.of(), 1400, 900, List.of(), true, Map.of(), null, Map.of(), Map.of(), null,
                false);
    }

    /**
     * These settings over {@code onDisk}, what another window saved meanwhile: the recent projects only that window
     * knew, with their last documents and places, are kept after these. Each window saved what it alone knew, so
     * closing the first of two windows dropped the project the other had opened from the recent list.
     */
    public Settings keepingRecentOf(Settings onDisk) {
        List<String> recent = new ArrayList<>(recentProjects);
        Map<String, Long> documents = new LinkedHashMap<>(lastDocuments);
        Map<String, Long> places = new LinkedHashMap<>(readingPlaces);
        for (String other : onDisk.recentProjects()) {
            if (!recent.contains(other) && recent.size() < RECENT_LIMIT) {
                recent.add(other);
                copy(onDisk.lastDocuments(), documents, other);
                copy(onDisk.readingPlaces(), places, other);
            }
        }
        return new Settings(lastProject, recent, width, height, dividers, snapToWords, documents, lastFolder, columns,
                places, lastExportFolder, pseudonymiseExports);
    }

    private static void copy(Map<String, Long> from, Map<String, Long> to, String project) {
        Long value = from.get(project);
        if (value != null) {
            to.put(project, value);
        }
    }

    /** These settings with {@code project} as the last and most recent project. */
    public Settings withProject(String project) {
        List<String> recent = new ArrayList<>(recentProjects);
        recent.remove(project);
        recent.add(0, project);
        while (recent.size() > RECENT_LIMIT) {
            recent.remove(recent.size() - 1);
        }
        return new Settings(project, recent, width, height, dividers, snapToWords, lastDocuments, lastFolder, columns,
                readingPlaces, lastExportFolder, pseudonymiseExports);
    }

    public Settings withLayout(double newWidth, double newHeight, List<Double> newDividers) {
        return new Settings(lastProject, recentProjects, newWidth, newHeight, newDividers, snapToWords, lastDocuments,
                lastFolder, columns, readingPlaces, lastExportFolder, pseudonymiseExports);
    }

    public Settings withSnapToWords(boolean snap) {
        return new Settings(lastProject, recentProjects, width, height, dividers, snap, lastDocuments, lastFolder,
                columns, readingPlaces, lastExportFolder, pseudonymiseExports);
    }

    public Settings withPseudonymiseExports(boolean on) {
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, lastDocuments, lastFolder,
                columns, readingPlaces, lastExportFolder, on);
    }

    /**
     * These settings remembering {@code documentId} as the document last open in {@code project}; the place read in
     * the one before is forgotten with it.
     */
    public Settings withLastDocument(String project, long documentId) {
        Map<String, Long> documents = new LinkedHashMap<>(lastDocuments);
        Long before = documents.put(project, documentId);
        Map<String, Long> places = new LinkedHashMap<>(readingPlaces);
        if (before == null || before != documentId) {
            places.remove(project);
        }
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, documents, lastFolder,
                columns, places, lastExportFolder, pseudonymiseExports);
    }

    /** These settings with no last document (and so no reading place) remembered for {@code project}. */
    public Settings withoutLastDocument(String project) {
        Map<String, Long> documents = new LinkedHashMap<>(lastDocuments);
        documents.remove(project);
        Map<String, Long> places = new LinkedHashMap<>(readingPlaces);
        places.remove(project);
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, documents, lastFolder,
                columns, places, lastExportFolder, pseudonymiseExports);
    }

    /** These settings remembering that the reading view showed {@code project}'s last document from {@code offset}. */
    public Settings withReadingPlace(String project, int offset) {
        Map<String, Long> places = new LinkedHashMap<>(readingPlaces);
        places.put(project, (long) offset);
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, lastDocuments,
                lastFolder, columns, places, lastExportFolder, pseudonymiseExports);
    }

    /** These settings remembering {@code folder} as where the next file chooser starts. */
    public Settings withLastFolder(String folder) {
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, lastDocuments, folder,
                columns, readingPlaces, lastExportFolder, pseudonymiseExports);
    }

    /** These settings remembering {@code folder} as where the next export chooser starts. */
    public Settings withLastExportFolder(String folder) {
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, lastDocuments,
                lastFolder, columns, readingPlaces, folder, pseudonymiseExports);
    }

    /** These settings remembering that the column {@code key} ("tableId/Column") is shown or hidden. */
    public Settings withColumn(String key, boolean shown) {
        Map<String, Boolean> chosen = new LinkedHashMap<>(columns);
        chosen.put(key, shown);
        return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, lastDocuments,
                lastFolder, chosen, readingPlaces, lastExportFolder, pseudonymiseExports);
    }
}
