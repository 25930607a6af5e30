package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.UiFixture;

/**
 * The line naming the layers counted (ADR 0019) in the Table 1, Analysis and Timeline tabs of the sample (two
 * coders' layers): the same words from one engine, and a layer that holds no passage is not named as counted. The
 * active coder's layer exists before its first passage (a team lead's login is a coder the moment the project
 * opens), and the line said "Counting analyst, second-coder and third".
 */
class CountingLineViewModelTest {
    private static final String BOTH = "Counting analyst and second-coder: a passage coded by both counts once for each.";

    @TempDir
    Path dir;
    private UiFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyCountingTabNamesTheLayersThatHoldPassagesAndNotAnEmptyOne() {
        fixture = UiFixture.open(TestProjects.sampleCopy(dir), dir);
        fixture.workbench().setActiveCoder("third");
        fixture.main.table1().refresh();
        fixture.main.analysis().refresh();
        fixture.main.timeline().refresh();

        assertThat(fixture.main.table1().layersLineProperty().get()).isEqualTo(BOTH);
        assertThat(fixture.main.analysis().layersLineProperty().get()).isEqualTo(BOTH);
        assertThat(fixture.main.timeline().layersLineProperty().get()).isEqualTo(BOTH);

        fixture.main.analysis().filter().coderProperty().set("second-coder");
        String one = "Counting second-coder only, not analyst.";
        assertThat(fixture.main.analysis().layersLineProperty().get()).isEqualTo(one);
        assertThat(fixture.main.timeline().layersLineProperty().get()).isEqualTo(one);
    }
}
