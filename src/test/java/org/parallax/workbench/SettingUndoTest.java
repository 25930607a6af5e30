package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.ParallaxException;
import org.parallax.model.TestThresholds;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;

/**
 * Two leads (or two windows on one file) changing the same project setting: the change each makes is the value it
 * chose, the last saved standing, but undo puts back the value before a step only while the setting still holds what
 * the step wrote. Before, a lead's undo of her thresholds silently put back the shipped ones over another lead's.
 */
class SettingUndoTest {
    @TempDir
    Path dir;

    @BothBackends
    void undoDoesNotPutBackAThresholdOverAnotherLeadsNewerOne(Backend backend) {
        String location = created(backend, dir.resolve("shared.parallax"));
        try (Workbench alice = backend.open(location, "alice");
             Workbench bob = backend.open(location, "bob")) {
            alice.tracing().setThresholds(0.8, 0.9);
            bob.tracing().setThresholds(0.7, 0.95);

            assertThatThrownBy(() -> alice.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("test thresholds were changed elsewhere")
                    .hasMessageContaining("taken off the history");
            assertThat(bob.tracing().thresholds().format()).isEqualTo(new TestThresholds(0.7, 0.95).format());
            assertThat(alice.tracing().thresholds().format()).isEqualTo(bob.tracing().thresholds().format());
            assertThat(alice.history().canUndo()).isFalse();

            // Bob's own undo still works: the setting holds what his step wrote.
            bob.history().undo();
            assertThat(alice.tracing().thresholds().format()).isEqualTo(new TestThresholds(0.8, 0.9).format());
        }
    }

    @BothBackends
    void redoDoesNotOverwriteAVerbalScaleChangedSince(Backend backend) {
        String location = created(backend, dir.resolve("shared.parallax"));
        try (Workbench alice = backend.open(location, "alice");
             Workbench bob = backend.open(location, "bob")) {
            String shipped = alice.tracing().verbalScale().format();
            alice.tracing().setVerbalScale("likely=0.7; unlikely=0.3");
            alice.history().undo();
            assertThat(bob.tracing().verbalScale().format()).isEqualTo(shipped);
            bob.tracing().setVerbalScale("likely=0.6; unlikely=0.4");

            assertThatThrownBy(() -> alice.history().redo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("verbal scale was changed elsewhere");
            assertThat(alice.tracing().verbalScale().format()).isEqualTo(bob.tracing().verbalScale().format())
                    .contains("0.6");
        }
    }

    private static String created(Backend backend, Path file) {
        try (Workbench wb = backend.create(file, CodebookTemplates.named("table1"))) {
            return wb.location();
        }
    }
}
