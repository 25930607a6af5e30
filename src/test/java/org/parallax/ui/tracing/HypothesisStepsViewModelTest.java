package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Hypothesis;
import org.parallax.ui.UiFixture;
import org.parallax.ui.app.UndoViewModel;

/**
 * Edit → Undo after adding the study's H1/H2 set, a hypothesis or a verbal scale in the Process tracing tab undid
 * the step before it instead (a passage coded earlier went), and a hypothesis could be neither renamed nor deleted.
 */
class HypothesisStepsViewModelTest {
    @TempDir
    Path dir;
    private UiFixture ui;
    private TracingViewModel tracing;
    private UndoViewModel undo;

    @BeforeEach
    void open() {
        ui = UiFixture.open(dir);
        tracing = ui.main.tracing();
        undo = ui.main.undo();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void undoTakesBackTheStudysSetAHypothesisAndTheVerbalScale() {
        tracing.installTemplate();
        assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo Add the study's hypotheses");
        tracing.addHypothesis(tracing.setProperty().get(), "H3", "Institutions channel behaviour", "0.1", false);
        assertThat(names()).containsExactly("H1", "H2", "H3", "Other");
        tracing.scaleProperty().set("very likely=0.9\nunlikely=0.3");
        tracing.saveScale();
        String saved = ui.workbench().tracing().verbalScale().format();

        undo.undo();
        assertThat(ui.workbench().tracing().verbalScale().format()).isNotEqualTo(saved);
        undo.undo();
        assertThat(names()).containsExactly("H1", "H2", "Other");
        undo.undo();
        assertThat(ui.workbench().tracing().sets()).isEmpty();
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void aHypothesisIsRenamedAndDeletedInTheTabAndUndoBringsItBack() {
        tracing.installTemplate();
        tracing.editHypothesis("H2", "H2 institutions", "Institutions channel behaviour", "");
        assertThat(names()).containsExactly("H1", "H2 institutions", "Other");
        tracing.deleteHypothesis("H2 institutions");
        assertThat(names()).containsExactly("H1", "Other");
        assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo Delete hypothesis H2 institutions");

        undo.undo();
        assertThat(names()).containsExactly("H1", "H2 institutions", "Other");
        assertThat(ui.dialogs.errors).isEmpty();
    }

    /** A prior could not be changed in the tab: the catch-all gives the difference, and Undo takes the step back. */
    @Test
    void aPriorIsChangedInTheTabAndUndoPutsTheOldOneBack() {
        tracing.installTemplate();
        tracing.editHypothesis("H2", "H2", "Institutions channel behaviour", "0.5");
        assertThat(priors()).containsExactly("H1=0.4", "H2=0.5", "Other=0.1");
        assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo Edit hypothesis H2");
        tracing.editHypothesis("H2", "H2", "Institutions channel behaviour", "half");
        assertThat(ui.dialogs.errors).singleElement().asString().contains("Prior 'half' is not a number");

        undo.undo();
        assertThat(priors()).containsExactly("H1=0.4", "H2=0.4", "Other=0.2");
    }

    private java.util.List<String> priors() {
        return tracing.shownSetProperty().get().hypotheses().stream().map(h -> h.name() + "=" + h.prior()).toList();
    }

    private java.util.List<String> names() {
        return tracing.shownSetProperty().get().hypotheses().stream().map(Hypothesis::name).toList();
    }
}
