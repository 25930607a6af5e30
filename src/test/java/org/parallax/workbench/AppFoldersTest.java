package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppFoldersTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxFollowsXdgWithItsDefaults() {
        AppFolders defaults = AppFolders.of("Linux", Map.of(), HOME);
        assertThat(defaults.settingsFile()).isEqualTo(Path.of("/home/ana/.config/parallax/settings.json"));
        assertThat(defaults.logFile()).isEqualTo(Path.of("/home/ana/.local/state/parallax/parallax.log"));

        AppFolders xdg = AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "/state"), HOME);
        assertThat(xdg.settingsFolder()).isEqualTo(Path.of("/cfg/parallax"));
        assertThat(xdg.logFolder()).isEqualTo(Path.of("/state/parallax"));

        // The XDG specification says to ignore relative paths.
        assertThat(AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", "cfg"), HOME).settingsFolder())
                .isEqualTo(Path.of("/home/ana/.config/parallax"));
    }

    @Test
    void windowsUsesAppDataAndMacOsApplicationSupport() {
        AppFolders windows = AppFolders.of("Windows 11", Map.of("APPDATA", "/users/ana/AppData/Roaming",
                "LOCALAPPDATA", "/users/ana/AppData/Local"), HOME);
        assertThat(windows.settingsFolder()).isEqualTo(Path.of("/users/ana/AppData/Roaming/Parallax"));
        assertThat(windows.logFolder()).isEqualTo(Path.of("/users/ana/AppData/Local/Parallax/logs"));

        AppFolders mac = AppFolders.of("Mac OS X", Map.of(), HOME);
        assertThat(mac.settingsFolder()).isEqualTo(Path.of("/home/ana/Library/Application Support/Parallax"));
        assertThat(mac.logFolder()).isEqualTo(Path.of("/home/ana/Library/Logs/Parallax"));
    }

    @Test
    void onLinuxTheHomeIsWhatHomeSaysUnlessJavaWasGivenOne() {
        Map<String, String> elsewhere = Map.of("HOME", "/data/ana");
        assertThat(AppFolders.home("Linux", elsewhere, "/home/ana", List.of("-cp", "x.jar")))
                .isEqualTo(Path.of("/data/ana"));
        assertThat(AppFolders.home("Linux", elsewhere, "/tmp/given", List.of("-Duser.home=/tmp/given", "-cp", "x.jar")))
                .isEqualTo(Path.of("/tmp/given"));
        assertThat(AppFolders.home("Linux", Map.of(), "/home/ana", List.of())).isEqualTo(HOME);
        assertThat(AppFolders.home("Linux", Map.of("HOME", "data"), "/home/ana", List.of())).isEqualTo(HOME);
        assertThat(AppFolders.home("Windows 11", elsewhere, "/home/ana", List.of())).isEqualTo(HOME);
    }
}
