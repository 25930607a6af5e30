package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.DamagedPages;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A project whose index of passages by code points at the wrong rows: SQLite's quick check on opening passes it, only
 * its integrity check finds it. The window opened it writable and said nothing (only `parallax check` found the
 * damage); it now runs the integrity check in the background after opening, turns the project read-only and offers
 * the newest sound backup in the banner.
 */
class IntegrityCheckAfterOpeningRobotTest extends ReadOnlyBannerRobotWindow {

    @Override
    protected Path project(Path folder) throws Exception {
        Path project = sampleWithABackup(folder);
        DamagedPages.flipIndexEntry(project, "segments_by_code");
        try (Workbench wb = Workbench.openReadOnly(project)) {
            assertThat(wb.quickCheck()).isEqualTo("ok");
        }
        return project;
    }

    @Test
    void damageOnlyTheIntegrityCheckFindsShowsTheBannerAndItsButtonRestoresTheBackup(FxRobot robot) throws Exception {
        assertThat(readOnlyBanner(robot)).contains("SQLite integrity check").contains("segments_by_code")
                .contains("Nothing you do now is saved");
        assertThat(main.context().workbench().readOnlyReason()).isPresent();

        Workbench restored = restoreFromTheBanner(robot);
        assertThat(restored.integrityCheck()).isEqualTo("ok");
    }
}
