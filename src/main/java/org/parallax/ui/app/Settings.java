package org.parallax.ui.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the workbench remembers between runs: projects, the document last open in each and where it was read
 * ({@code readingPlaces}: the stored offset of the first character the reading view showed), window layout,
 * the word-snapping preference, the folder a file chooser last went to for opening or importing ({@code lastFolder},
 * null at first), the columns shown or hidden with a table's column menu ({@code columns}: "tableId/Column" → shown)
 * and the folder each recent project's last export went to ({@code exportFolders}: project → folder), kept apart so
 * exports do not land among the source documents, and per project so that one project's export chooser does not open
 * in another project's results folder, and whether every export of the window is pseudonymised ({@code pseudonymiseExports}):
 * a researcher who promised anonymity ticks it once, and a restart must not hand on names because the tick was gone.
 * {@code placesByText} keeps the place read by the text read there (its content hash → stored offset, the latest
 * last), so a project moved or copied to another folder or a USB stick, which no path names, reopens at that place.
 */
public record Settings(String lastProject, List<String> recentProjects, double width, double height,
                       List<Double> dividers, Boolean snapToWords, Map<String, Long> lastDocuments,
                       String lastFolder, Map<String, Boolean> columns, Map<String, Long> readingPlaces,
                       Map<String, String> exportFolders, boolean pseudonymiseExports,
                       Map<String, Long> placesByText) {
    static final int RECENT_LIMIT = 8;
    /** How many texts keep their place read: a week of interviews, with room to spare, in a small file. */
    static final int TEXT_PLACES_LIMIT = 40;

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
        exportFolders = ofRecent(exportFolders, recentProjects);
        placesByText = latest(placesByText);
    }

    /** The order is kept (the latest place last); past the limit the oldest places go. */
    private static Map<String, Long> latest(Map<String, Long> places) {
        Map<String, Long> kept = new LinkedHashMap<>();
        if (places != null) {
            int skip = Math.max(0, places.size() - TEXT_PLACES_LIMIT);
            for (Map.Entry<String, Long> place : places.entrySet()) {
                if (skip-- <= 0 && place.getKey() != null && place.getValue() != null) {
                    kept.put(place.getKey(), place.getValue());
                }
            }
        }
        return Collections.unmodifiableMap(kept);
    }

    /**
     * Only recent projects keep their last document and place, so the file stays small. Maps that keep every entry
     * are not rebuilt: the reading place changes with every frame of a scroll, and each change makes new settings.
     */
    private static <V> Map<String, V> ofRecent(Map<String, V> byProject, Collection<String> projects) {
        if (byProject == null) {
            return Map.of();
        }
        if (allKept(byProject, projects)) {
            return Map.copyOf(byProject);
        }
        Map<String, V> kept = new LinkedHashMap<>();
        for (Map.Entry<String, V> entry : byProject.entrySet()) {
            if (projects.contains(entry.getKey()) && entry.getValue() != null) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        return Map.copyOf(kept);
    }

    private static <V> boolean allKept(Map<String, V> byProject, Collection<String> projects) {
        for (Map.Entry<String, V> entry : byProject.entrySet()) {
            if (!projects.contains(entry.getKey()) || entry.getValue() == null) {
                return false;
            }
        }
        return true;
    }

    public static Settings defaults() {
        return new Builder().build();
    }

    /** A builder holding these settings, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder().lastProject(lastProject).recentProjects(recentProjects).width(width).height(height)
                .dividers(dividers).snapToWords(snapToWords).lastDocuments(lastDocuments).lastFolder(lastFolder)
                .columns(columns).readingPlaces(readingPlaces).exportFolders(exportFolders)
                .pseudonymiseExports(pseudonymiseExports).placesByText(placesByText);
    }

    /**
     * These settings over {@code onDisk}, what another window saved meanwhile: this window's project first (every
     * project it opened was saved at once, so it is all this window has to add), then the recent projects as the file
     * lists them, then any only this window still lists, while there is room; the last documents and places of the
     * projects only the file knew come with them. Each window saved what it alone knew, so closing the first of two
     * windows dropped the project the other had opened from the recent list, and a window whose list was full dropped
     * it even after taking the file's list in.
     */
    public Settings keepingRecentOf(Settings onDisk) {
        List<String> recent = new ArrayList<>();
        if (lastProject != null && recentProjects.contains(lastProject)) {
            recent.add(lastProject);
        }
        Map<String, Long> documents = new LinkedHashMap<>(lastDocuments);
        Map<String, Long> places = new LinkedHashMap<>(readingPlaces);
        Map<String, String> exports = new LinkedHashMap<>(exportFolders);
        for (String other : onDisk.recentProjects()) {
            if (!recent.contains(other) && recent.size() < RECENT_LIMIT) {
                recent.add(other);
                if (!recentProjects.contains(other)) {
                    copy(onDisk.lastDocuments(), documents, other);
                    copy(onDisk.readingPlaces(), places, other);
                    copy(onDisk.exportFolders(), exports, other);
                }
            }
        }
        for (String own : recentProjects) {
            if (!recent.contains(own) && recent.size() < RECENT_LIMIT) {
                recent.add(own);
            }
        }
        // The other window's texts first, as older: this window's places win and stay the latest.
        Map<String, Long> texts = new LinkedHashMap<>(onDisk.placesByText());
        texts.keySet().removeAll(placesByText.keySet());
        texts.putAll(placesByText);
        return toBuilder().recentProjects(recent).lastDocuments(documents).readingPlaces(places).exportFolders(exports)
                .placesByText(texts).build();
    }

    private static <V> void copy(Map<String, V> from, Map<String, V> to, String project) {
        V value = from.get(project);
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
        return toBuilder().lastProject(project).recentProjects(recent).build();
    }

    public Settings withLayout(double newWidth, double newHeight, List<Double> newDividers) {
        return toBuilder().width(newWidth).height(newHeight).dividers(newDividers).build();
    }

    public Settings withSnapToWords(boolean snap) {
        return toBuilder().snapToWords(snap).build();
    }

    public Settings withPseudonymiseExports(boolean on) {
        return toBuilder().pseudonymiseExports(on).build();
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
        return toBuilder().lastDocuments(documents).readingPlaces(places).build();
    }

    /** These settings with no last document (and so no reading place) remembered for {@code project}. */
    public Settings withoutLastDocument(String project) {
        Map<String, Long> documents = new LinkedHashMap<>(lastDocuments);
        documents.remove(project);
        Map<String, Long> places = new LinkedHashMap<>(readingPlaces);
        places.remove(project);
        return toBuilder().lastDocuments(documents).readingPlaces(places).build();
    }

    /** These settings remembering that the reading view showed {@code project}'s last document from {@code offset}. */
    public Settings withReadingPlace(String project, int offset) {
        Map<String, Long> places = new LinkedHashMap<>(readingPlaces);
        places.put(project, (long) offset);
        return toBuilder().readingPlaces(places).build();
    }

    /**
     * These settings remembering that the text of content hash {@code text} was read from {@code offset}, as the
     * latest place read; the path's place ({@link #withReadingPlace}) changes with every frame of a scroll, this one
     * only as a settled place is written.
     */
    public Settings withPlaceInText(String text, long offset) {
        Map<String, Long> places = new LinkedHashMap<>(placesByText);
        places.remove(text);
        places.put(text, offset);
        return toBuilder().placesByText(places).build();
    }

    /** These settings remembering {@code folder} as where the next file chooser starts. */
    public Settings withLastFolder(String folder) {
        return toBuilder().lastFolder(folder).build();
    }

    /** These settings remembering {@code folder} as where the next export chooser of {@code project} starts. */
    public Settings withExportFolder(String project, String folder) {
        Map<String, String> folders = new LinkedHashMap<>(exportFolders);
        folders.put(project, folder);
        return toBuilder().exportFolders(folders).build();
    }

    /** These settings remembering that the column {@code key} ("tableId/Column") is shown or hidden. */
    public Settings withColumn(String key, boolean shown) {
        Map<String, Boolean> chosen = new LinkedHashMap<>(columns);
        chosen.put(key, shown);
        return toBuilder().columns(chosen).build();
    }

    /**
     * Settings built by name, starting from the defaults: thirteen components in a row invited two of them (the
     * booleans, the folders, the maps of longs) to be swapped unseen.
     */
    public static final class Builder {
        private String lastProject;
        private List<String> recentProjects;
        private double width;
        private double height;
        private List<Double> dividers;
        private Boolean snapToWords;
        private Map<String, Long> lastDocuments;
        private String lastFolder;
        private Map<String, Boolean> columns;
        private Map<String, Long> readingPlaces;
        private Map<String, String> exportFolders;
        private boolean pseudonymiseExports;
        private Map<String, Long> placesByText;

        public Builder lastProject(String value) {
            lastProject = value;
            return this;
        }

        public Builder recentProjects(List<String> value) {
            recentProjects = value;
            return this;
        }

        public Builder width(double value) {
            width = value;
            return this;
        }

        public Builder height(double value) {
            height = value;
            return this;
        }

        public Builder dividers(List<Double> value) {
            dividers = value;
            return this;
        }

        public Builder snapToWords(Boolean value) {
            snapToWords = value;
            return this;
        }

        public Builder lastDocuments(Map<String, Long> value) {
            lastDocuments = value;
            return this;
        }

        public Builder lastFolder(String value) {
            lastFolder = value;
            return this;
        }

        public Builder columns(Map<String, Boolean> value) {
            columns = value;
            return this;
        }

        public Builder readingPlaces(Map<String, Long> value) {
            readingPlaces = value;
            return this;
        }

        public Builder exportFolders(Map<String, String> value) {
            exportFolders = value;
            return this;
        }

        public Builder pseudonymiseExports(boolean value) {
            pseudonymiseExports = value;
            return this;
        }

        public Builder placesByText(Map<String, Long> value) {
            placesByText = value;
            return this;
        }

        /** The settings; what was not given takes its default (the record's constructor fills them in). */
        public Settings build() {
            return new Settings(lastProject, recentProjects, width, height, dividers, snapToWords, lastDocuments,
                    lastFolder, columns, readingPlaces, exportFolders, pseudonymiseExports, placesByText);
        }
    }
}
