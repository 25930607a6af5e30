package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.UiFixture;

class SettingsAndStartupTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveASaveAndLoadAndRememberTheLastProjectFirst() {
        SettingsFile file = new SettingsFile(dir.resolve("home/.parallax/settings.json"));
        Settings saved = Settings.defaults().withProject("/a.parallax").withProject("/b.parallax")
                .withProject("/a.parallax").withLayout(1200, 800, List.of(0.25, 0.75, 0.5, 0.6));
        file.save(saved);
        Settings loaded = file.load();
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.recentProjects()).containsExactly("/a.parallax", "/b.parallax");
        assertThat(loaded.lastProject()).isEqualTo("/a.parallax");
    }

    @Test
    void settingsFromTheOldFolderAreCarriedOverAndThenSavedInTheNewOne() {
        Path legacy = dir.resolve("home/.parallax/settings.json");
        new SettingsFile(legacy).save(Settings.defaults().withProject("/old.parallax"));
        SettingsFile file = new SettingsFile(dir.resolve("config/parallax/settings.json"), legacy);
        assertThat(file.load().lastProject()).isEqualTo("/old.parallax");

        file.save(file.load().withProject("/new.parallax"));
        assertThat(file.load().recentProjects()).containsExactly("/new.parallax", "/old.parallax");
        assertThat(new SettingsFile(legacy).load().lastProject()).isEqualTo("/old.parallax");
    }

    @Test
    void theLastDocumentIsRememberedPerRecentProject() {
        Settings settings = Settings.defaults().withProject("/a.parallax").withLastDocument("/a.parallax", 7)
                .withProject("/b.parallax").withLastDocument("/b.parallax", 3).withLastDocument("/gone.parallax", 1);
        SettingsFile file = new SettingsFile(dir.resolve("settings.json"));
        file.save(settings);
        assertThat(file.load().lastDocuments()).containsOnly(java.util.Map.entry("/a.parallax", 7L),
                java.util.Map.entry("/b.parallax", 3L));
    }

    @Test
    void whereTheLastDocumentWasReadIsRememberedUntilAnotherDocumentIsOpened() {
        Settings settings = Settings.defaults().withProject("/a.parallax").withLastDocument("/a.parallax", 7)
                .withReadingPlace("/a.parallax", 5120).withProject("/b.parallax").withLastDocument("/b.parallax", 3)
                .withReadingPlace("/b.parallax", 80).withLastDocument("/b.parallax", 3).withLastDocument("/b.parallax", 4);
        SettingsFile file = new SettingsFile(dir.resolve("settings.json"));
        file.save(settings);
        assertThat(file.load().readingPlaces()).containsOnly(java.util.Map.entry("/a.parallax", 5120L));
        assertThat(file.load().lastDocuments()).containsEntry("/b.parallax", 4L);
    }

    @Test
    void aScrollFramesNewReadingPlaceCopiesOnlyThePlaces() {
        Settings settings = Settings.defaults();
        for (int i = 0; i < Settings.RECENT_LIMIT; i++) {
            String project = "/home/anna/study-" + i + ".parallax";
            settings = settings.withProject(project).withLastDocument(project, i).withReadingPlace(project, 1000 + i);
        }
        Settings scrolled = settings.withReadingPlace("/home/anna/study-7.parallax", 5120);
        assertThat(scrolled.lastDocuments()).isSameAs(settings.lastDocuments());
        assertThat(scrolled.readingPlaces()).containsEntry("/home/anna/study-7.parallax", 5120L).hasSize(8);

        // Thread allocation per new place with eight recent projects: 2,624 bytes when every map was rebuilt, 1,160 now.
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        int frames = 20_000;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int offset = 0; offset < frames; offset++) {
            scrolled = scrolled.withReadingPlace("/home/anna/study-7.parallax", offset);
        }
        long perFrame = (threads.getCurrentThreadAllocatedBytes() - before) / frames;
        assertThat(perFrame).isLessThan(2_000);
    }

    @Test
    void unreadableSettingsFallBackToDefaults() throws Exception {
        Path json = Files.writeString(dir.resolve("settings.json"), "{ not json");
        assertThat(new SettingsFile(json).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void settingsWrittenByEarlierVersionsAreReadWithUnknownFieldsAndNullsIgnored() throws Exception {
        // the layout Jackson's object mapper wrote before session 6, plus a field a later version might add
        Path json = Files.writeString(dir.resolve("settings.json"), """
                {
                  "lastProject" : "/home/анна/Мои проекты/study one.parallax",
                  "recentProjects" : [ "/home/анна/Мои проекты/study one.parallax", "/b.parallax" ],
                  "width" : 1200.0,
                  "height" : 700,
                  "dividers" : [ 0.2, 0.5, 0.6, 0.7 ],
                  "snapToWords" : false,
                  "theme" : { "name" : "dark", "sizes" : [ 1, 2 ] },
                  "lastDocuments" : { "/home/анна/Мои проекты/study one.parallax" : 12, "/b.parallax" : null }
                }
                """);
        Settings loaded = new SettingsFile(json).load();
        assertThat(loaded.lastProject()).isEqualTo("/home/анна/Мои проекты/study one.parallax");
        assertThat(loaded.recentProjects()).containsExactly("/home/анна/Мои проекты/study one.parallax",
                "/b.parallax");
        assertThat(loaded.width()).isEqualTo(1200);
        assertThat(loaded.height()).isEqualTo(700);
        assertThat(loaded.dividers()).containsExactly(0.2, 0.5, 0.6, 0.7);
        assertThat(loaded.snapToWords()).isFalse();
        assertThat(loaded.lastDocuments()).containsOnly(
                java.util.Map.entry("/home/анна/Мои проекты/study one.parallax", 12L));
        // and what this version writes reads back the same
        SettingsFile again = new SettingsFile(dir.resolve("again.json"));
        again.save(loaded);
        assertThat(again.load()).isEqualTo(loaded);
    }

    @Test
    void settingsWithAValueOfTheWrongKindFallBackToDefaults() throws Exception {
        for (String bad : List.of("{\"width\": \"wide\"}", "{\"recentProjects\": \"/a.parallax\"}",
                "[1, 2]", "{\"dividers\": [0.5, \"x\"]}", "{\"lastDocuments\": {\"/a.parallax\": \"seven\"}}", "")) {
            Path json = Files.writeString(dir.resolve("bad.json"), bad);
            assertThat(new SettingsFile(json).load()).as(bad).isEqualTo(Settings.defaults());
        }
    }

    @Test
    void startupPrefersTheArgumentThenTheLastProjectThenOnFirstStartTheSample() throws Exception {
        Path last = Files.createFile(dir.resolve("last.parallax"));
        Settings settings = Settings.defaults().withProject(last.toString());
        assertThat(StartupProject.choose("given.parallax", settings, dir))
                .contains(new StartupProject.Choice(Path.of("given.parallax"), false));
        assertThat(StartupProject.choose(null, settings, dir)).contains(new StartupProject.Choice(last, false));

        Files.delete(last);
        // the last project gone (moved onto a stick): nothing opens, the start page says where it was
        assertThat(StartupProject.choose(null, settings, dir)).isEmpty();
        assertThat(StartupProject.choose("given.parallax", settings, dir))
                .contains(new StartupProject.Choice(Path.of("given.parallax"), false));

        // the first start, run from a folder without samples/: the sample inside the program
        settings = Settings.defaults();
        assertThat(StartupProject.choose(null, settings, dir)).hasValueSatisfying(choice -> {
            assertThat(choice.sample()).isTrue();
            assertThat(choice.file().toUri().toString()).endsWith("org/parallax/samples/nato-russia.parallax");
        });
        Path sample = dir.resolve("samples/nato-russia.parallax");
        Files.createDirectories(sample.getParent());
        Files.createFile(sample);
        assertThat(StartupProject.choose(null, settings, dir)).contains(new StartupProject.Choice(sample, true));
    }

    @Test
    void aDoubleClickedFileArrivesAsAPathOrAFileUriWithSpacesAndCyrillicLetters() {
        Path project = dir.resolve("Мои проекты/study one.parallax");
        assertThat(StartupProject.choose(project.toString(), Settings.defaults(), dir).orElseThrow().file())
                .isEqualTo(project);
        assertThat(StartupProject.choose(project.toUri().toString(), Settings.defaults(), dir).orElseThrow().file())
                .isEqualTo(project);
    }

    @Test
    void openingAProjectRemembersItAndClosingEmptiesTheWindow() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Settings stored = new SettingsFile(dir.resolve("settings.json")).load();
            assertThat(stored.lastProject()).isEqualTo(fixture.project.toAbsolutePath().toString());
            assertThat(fixture.main.recentProjects()).containsExactly(fixture.project.toAbsolutePath().toString());
            assertThat(fixture.main.status().countsProperty().get()).isEqualTo("2 documents · 0 passages");
            assertThat(fixture.main.titleProperty().get()).isEqualTo("Parallax — test.parallax");

            fixture.main.close();
            assertThat(fixture.main.documents().rows()).isEmpty();
            assertThat(fixture.main.openProperty().get()).isFalse();
            assertThat(fixture.main.status().projectProperty().get()).startsWith("No project open");
        }
    }

    /**
     * The document being read was written to the settings only when the project or window closed, so after a crash
     * (kill -9) the window reopened on the document of the last close; it is written as soon as it is opened.
     */
    @Test
    void theDocumentOpenedIsInTheSettingsFileBeforeAnyClose() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            String project = fixture.project.toAbsolutePath().toString();
            long second = fixture.main.documents().rows().get(1).id();
            fixture.main.documents().select(second);

            assertThat(new SettingsFile(dir.resolve("settings.json")).load().lastDocuments())
                    .containsEntry(project, second);
        }
    }

    /**
     * Two projects open in two windows: each window saved the settings it alone knew, so closing the first after the
     * second dropped the second's project (on a USB stick, not found again by browsing) from the recent list.
     */
    @Test
    void twoWindowsClosedOneAfterTheOtherKeepBothProjectsInTheRecentList() throws Exception {
        Path thesis = UiFixture.createProject(Files.createDirectories(dir.resolve("thesis")));
        Path onTheStick = UiFixture.createProject(Files.createDirectories(dir.resolve("stick")));
        UiFixture first = UiFixture.open(thesis, dir);
        UiFixture second = UiFixture.open(onTheStick, dir);

        second.close();
        first.close();

        Settings stored = new SettingsFile(dir.resolve("settings.json")).load();
        assertThat(stored.recentProjects()).containsExactly(thesis.toAbsolutePath().toString(),
                onTheStick.toAbsolutePath().toString());
        assertThat(stored.lastProject()).isEqualTo(thesis.toAbsolutePath().toString());
    }

    /**
     * Two windows, the recent list already full (eight projects): the first window's save (its close, a layout
     * change) kept its own eight and had no room for the project the second had just opened, so the last writer's list
     * won and the second's project was gone from the recent list. Each window now puts its own project first and the
     * list on disk after it.
     */
    @Test
    void aWindowsSaveKeepsTheProjectAnotherWindowOpenedWhenTheRecentListIsFull() throws Exception {
        List<String> earlier = new java.util.ArrayList<>();
        for (int i = 1; i <= Settings.RECENT_LIMIT; i++) {
            earlier.add(dir.resolve("earlier-" + i + ".parallax").toString());
        }
        new SettingsFile(dir.resolve("settings.json")).save(Settings.defaults().toBuilder().recentProjects(earlier)
                .build());
        Path thesis = UiFixture.createProject(Files.createDirectories(dir.resolve("thesis")));
        Path onTheStick = UiFixture.createProject(Files.createDirectories(dir.resolve("stick")));
        UiFixture first = UiFixture.open(thesis, dir);
        UiFixture second = UiFixture.open(onTheStick, dir);

        first.close();

        Settings stored = new SettingsFile(dir.resolve("settings.json")).load();
        assertThat(stored.recentProjects()).hasSize(Settings.RECENT_LIMIT).startsWith(
                thesis.toAbsolutePath().toString(), onTheStick.toAbsolutePath().toString());
        second.close();
        assertThat(new SettingsFile(dir.resolve("settings.json")).load().recentProjects()).startsWith(
                onTheStick.toAbsolutePath().toString(), thesis.toAbsolutePath().toString());
    }

    /**
     * With a project open, file choosers (File → Merge another coder's project…, Import, Open) start beside it, where
     * a second coder's copy is usually put back, never in the home or documents folder; then in the folder of the
     * last file chosen, remembered across runs; with no project open, the user's documents folder, not the folder
     * Parallax was started from; a remembered folder deleted since falls back again.
     */
    @Test
    void fileChoosersStartBesideTheProjectThenInTheLastFolderUsedAcrossRuns() throws Exception {
        Path documents = Files.createDirectories(dir.resolve("Документы"));
        Path study = Files.createDirectories(dir.resolve("study"));
        Path interviews = Files.createDirectories(dir.resolve("fieldwork/interviews"));
        try (UiFixture fixture = UiFixture.open(UiFixture.createProject(study), dir)) {
            fixture.main.locateSample(java.util.Optional::empty, () -> documents);
            assertThat(fixture.main.chooserFolder()).isEqualTo(study.toAbsolutePath());

            fixture.main.chooserUsed(interviews.resolve("ivanov.docx"));
            assertThat(fixture.main.chooserFolder()).isEqualTo(interviews.toAbsolutePath());
        }
        Settings stored = new SettingsFile(dir.resolve("settings.json")).load();
        assertThat(stored.lastFolder()).isEqualTo(interviews.toAbsolutePath().toString());
        MainViewModel nextRun = new MainViewModel(new org.parallax.ui.common.ProjectContext(
                new org.parallax.ui.common.SynchronousTasks(), new org.parallax.ui.RecordingDialogs()),
                new SettingsFile(dir.resolve("settings.json")));
        nextRun.locateSample(java.util.Optional::empty, () -> documents);
        assertThat(nextRun.chooserFolder()).isEqualTo(interviews.toAbsolutePath());
        Files.delete(interviews);
        assertThat(nextRun.chooserFolder()).isEqualTo(documents);
        try (UiFixture reopened = UiFixture.open(study.resolve("test.parallax"), dir)) {
            reopened.main.locateSample(java.util.Optional::empty, () -> documents);
            assertThat(reopened.main.chooserFolder()).isEqualTo(study.toAbsolutePath());
        }
    }

    /**
     * Export choosers start in the project's folder, then where the last export went, remembered across runs; an
     * import does not move them, nor does an export move where import choosers start.
     */
    @Test
    void exportChoosersKeepTheirOwnFolderApartFromTheImportFolder() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Path results = Files.createDirectories(dir.resolve("results"));
        try (UiFixture fixture = UiFixture.open(dir)) {
            assertThat(fixture.main.exportFolder()).isEqualTo(dir.toAbsolutePath());

            fixture.main.chooserUsed(sources.resolve("ivanov.docx"));
            assertThat(fixture.main.exportFolder()).isEqualTo(dir.toAbsolutePath());

            fixture.main.exportChooserUsed(results.resolve("passages.csv"));
            assertThat(fixture.main.exportFolder()).isEqualTo(results.toAbsolutePath());
            assertThat(fixture.main.chooserFolder()).isEqualTo(sources.toAbsolutePath());
        }
        try (UiFixture nextRun = UiFixture.open(dir.resolve("test.parallax"), dir)) {
            assertThat(nextRun.main.exportFolder()).isEqualTo(results.toAbsolutePath());
            assertThat(nextRun.main.chooserFolder()).isEqualTo(sources.toAbsolutePath());
        }
    }

    /**
     * Each project's export chooser starts where that project's last export went: after exporting a study into its
     * results folder, the next project's first export opened there, and its files were saved among the first study's.
     * A project not yet exported starts in its own folder; going back to the first finds its results folder again,
     * also in the next run.
     */
    @Test
    void eachProjectsExportChooserStartsWhereThatProjectsLastExportWent() throws Exception {
        Path first = UiFixture.createProject(Files.createDirectories(dir.resolve("first")));
        Path second = UiFixture.createProject(Files.createDirectories(dir.resolve("second")));
        Path firstResults = Files.createDirectories(dir.resolve("first-results"));
        // One settings file, in dir, as one computer's window has.
        try (UiFixture fixture = UiFixture.open(first, dir)) {
            fixture.main.exportChooserUsed(firstResults.resolve("passages.csv"));
            assertThat(fixture.main.exportFolder()).isEqualTo(firstResults.toAbsolutePath());
        }
        try (UiFixture fixture = UiFixture.open(second, dir)) {
            assertThat(fixture.main.exportFolder()).as("another project's export")
                    .isEqualTo(second.toAbsolutePath().getParent());
        }
        try (UiFixture nextRun = UiFixture.open(first, dir)) {
            assertThat(nextRun.main.exportFolder()).isEqualTo(firstResults.toAbsolutePath());
        }
    }

    /**
     * File → Export → Pseudonymise every export, ticked by a researcher who promised anonymity, is still ticked after
     * a restart: the next run's exports of the project carry pseudonyms, not the names; unticked, it stays off.
     */
    @Test
    void pseudonymiseEveryExportStaysTickedAcrossRuns() throws Exception {
        Path project = org.parallax.testutil.NamedInterview.project(Files.createDirectories(dir.resolve("study")));
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            fixture.main.exchange().pseudonymiseEveryExport(true);
            assertThat(fixture.workbench().pseudonymisesOutput()).isTrue();
        }
        try (UiFixture nextRun = UiFixture.open(project, dir)) {
            assertThat(nextRun.main.exchange().pseudonymiseEveryExportProperty().get()).isTrue();
            assertThat(nextRun.workbench().pseudonymisesOutput()).isTrue();
            nextRun.main.exchange().pseudonymiseEveryExport(false);
        }
        try (UiFixture third = UiFixture.open(project, dir)) {
            assertThat(third.workbench().pseudonymisesOutput()).isFalse();
        }
    }

    @Test
    void openTheSampleOpensTheResearchersCopyNeverTheShippedFile() throws Exception {
        Path shipped = Files.copy(Path.of("samples/nato-russia.parallax"), dir.resolve("shipped.parallax"));
        byte[] before = Files.readAllBytes(shipped);
        try (UiFixture fixture = UiFixture.open(dir)) {
            Path documents = dir.resolve("Документы");

            fixture.main.openSample(shipped, documents);

            Path copy = documents.resolve("Parallax/nato-russia.parallax");
            assertThat(fixture.workbench().file()).isEqualTo(copy);
            assertThat(fixture.main.titleProperty().get()).isEqualTo("Parallax — nato-russia.parallax");
            assertThat(fixture.main.status().countsProperty().get()).startsWith("15 documents");
            fixture.workbench().setActiveCoder("student");
            fixture.main.close();
            assertThat(Files.readAllBytes(shipped)).isEqualTo(before);
            assertThat(new SettingsFile(dir.resolve("settings.json")).load().lastProject())
                    .isEqualTo(copy.toAbsolutePath().toString());
        }
    }

    @Test
    void openingAMissingProjectShowsWhyAndKeepsTheWindowEmpty() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            fixture.main.open(dir.resolve("missing.parallax"));
            assertThat(fixture.dialogs.errors).singleElement().asString().contains("missing.parallax")
                    .contains("no such project file");
            assertThat(fixture.main.openProperty().get()).isFalse();
        }
    }
}
