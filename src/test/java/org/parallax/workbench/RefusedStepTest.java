package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parallax.model.DiskFullException;
import org.parallax.model.ParallaxException;
import org.parallax.store.ProjectBusyException;

/**
 * A refused undo or redo keeps the history's place: a step refused for a passing reason stays to be tried again, a
 * step that can never be reverted is taken off with a message saying so, and the steps before it stay undoable.
 */
class RefusedStepTest {
    private final UndoHistory history = new UndoHistory();

    /** An edit whose revert and apply fail with what {@code refusal} gives, while it gives anything. */
    private static final class Step implements Edit {
        private final String label;
        Supplier<RuntimeException> refusal = () -> null;
        int reverted;
        int applied;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public void apply() {
            RuntimeException refused = refusal.get();
            if (refused != null) {
                throw refused;
            }
            applied++;
        }

        public void revert() {
            RuntimeException refused = refusal.get();
            if (refused != null) {
                throw refused;
            }
            reverted++;
        }
    }

    @Test
    void anUndoRefusedByWhatTheProjectHoldsNowIsTakenOffAndTheStepBeforeIsNext() {
        Step first = new Step("Code passage with Balance of power");
        Step removal = new Step("Remove document 'note'");
        history.record(first);
        history.record(removal);
        history.undo();
        history.redo();
        removal.refusal = () -> new ParallaxException("Cannot put back 'note': its id 2 was given to 'note', added "
                + "since; nothing was changed");

        assertThatThrownBy(history::undo).hasMessageContaining("Cannot put back 'note'")
                .hasMessageContaining("taken off the history")
                .hasMessageContaining("Undo now offers “Code passage with Balance of power”");
        assertThat(history.undoLabel()).contains("Code passage with Balance of power");
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undo()).contains("Code passage with Balance of power");
        assertThat(first.reverted).isEqualTo(1);
    }

    @Test
    void anUndoRefusedForAPassingReasonStaysInPlaceAndGoesThroughWhenTriedAgain() {
        Step edit = new Step("Edit document details");
        history.record(edit);
        edit.refusal = () -> new ProjectBusyException("The project is busy: another program holds it", null);

        assertThatThrownBy(history::undo).hasMessageContaining("is busy").hasMessageContaining("try Undo again");
        assertThat(history.undoLabel()).contains("Edit document details");

        edit.refusal = () -> null;
        assertThat(history.undo()).contains("Edit document details");
        assertThat(history.redoLabel()).contains("Edit document details");
    }

    @Test
    void anUndoRefusedByAFullDiskStaysToBeTriedOnceThereIsRoom() {
        Step removal = new Step("Remove document 'note'");
        history.record(removal);
        removal.refusal = () -> new DiskFullException("study.parallax: the disk is full; nothing of this change was "
                + "saved", null);

        assertThatThrownBy(history::undo).hasMessageContaining("the disk is full").hasMessageContaining("try Undo again");
        assertThat(history.undoLabel()).contains("Remove document 'note'");

        removal.refusal = () -> null;
        assertThat(history.undo()).contains("Remove document 'note'");
    }

    @Test
    void aRefusedRedoKeepsTheStepsItWasNotAbout() {
        Step first = new Step("Add code Threat");
        Step second = new Step("Code passage with Threat");
        history.record(first);
        history.record(second);
        history.undo();
        history.undo();
        first.refusal = () -> new ParallaxException("Code 'Threat' was changed by bob; not saved");

        assertThatThrownBy(history::redo).hasMessageContaining("changed by bob")
                .hasMessageContaining("Redo now offers “Code passage with Threat”");
        assertThat(history.redoLabel()).contains("Code passage with Threat");
        assertThat(history.canUndo()).isFalse();
    }
}
