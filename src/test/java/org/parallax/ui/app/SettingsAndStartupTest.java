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
    void unreadableSettingsFallBackToDefaults() throws Exception {
        Path json = Files.writeString(dir.resolve("settings.json"), "{ not json");
        assertThat(new SettingsFile(json).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void startupPrefersTheArgumentThenTheLastProjectThenTheSample() throws Exception {
        Path last = Files.createFile(dir.resolve("last.parallax"));
        Settings settings = Settings.defaults().withProject(last.toString());
        assertThat(StartupProject.choose("given.parallax", settings, dir)).contains(Path.of("given.parallax"));
        assertThat(StartupProject.choose(null, settings, dir)).contains(last);

        Files.delete(last);
        assertThat(StartupProject.choose(null, settings, dir)).isEmpty();
        Path sample = dir.resolve("samples/nato-russia.parallax");
        Files.createDirectories(sample.getParent());
        Files.createFile(sample);
        assertThat(StartupProject.choose(null, settings, dir)).contains(sample);
    }

    @Test
    void openingAProjectRemembersItAndClosingEmptiesTheWindow() {
        UiFixture fixture = UiFixture.open(dir);
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

    @Test
    void openingAMissingProjectShowsWhyAndKeepsTheWindowEmpty() {
        UiFixture fixture = UiFixture.open(dir);
        fixture.main.close();
        fixture.main.open(dir.resolve("missing.parallax"));
        assertThat(fixture.dialogs.errors).singleElement().asString().contains("missing.parallax")
                .contains("no such project file");
        assertThat(fixture.main.openProperty().get()).isFalse();
    }
}
