package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.HypothesisSet;
import org.parallax.model.ParallaxException;
import org.parallax.model.PassageStatus;
import org.parallax.model.Segment;
import org.parallax.model.TestType;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/** Process tracing through the workbench on a real project file: passages changing under evidence, priors, events. */
class ProcessTracingTest {
    @TempDir
    java.nio.file.Path dir;
    Workbench wb;
    long doc;
    Segment passage;

    @BeforeEach
    void open(Backend backend) {
        wb = backend.table1(dir);
        doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "speech.txt",
                "We are witnessing an almost uncontained hyper use of force. NATO expansion is a provocation.\n"));
        passage = wb.coding().code(doc, 60, 92, wb.codebook().code("Balance of power").id(), null);
        wb.tracing().installStudyTemplate();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Evidence record(List<Long> segments, EvidenceRequest.Selection selection, String group, String date) {
        return wb.tracing().addEvidence(new EvidenceRequest(set(), segments, selection,
                Map.of("H1", "very likely", "H2", "unlikely", "Other", "0.5"), null,
                date == null ? null : LocalDate.parse(date), "a note", group));
    }

    private static String set() {
        return org.parallax.analysis.tracing.StudyHypotheses.TEMPLATE.name();
    }

    @BothBackends
    void evidenceSaysWhenItsPassageWasRecodedOrDeletedAndKeepsTheQuote() {
        Evidence e = record(List.of(passage.id()), null, null, null);
        EvidencePassage quoted = e.passages().get(0);
        assertThat(quoted.quote()).isEqualTo("NATO expansion is a provocation.");
        assertThat(quoted.status()).isEqualTo(PassageStatus.CURRENT);

        wb.coding().changeCode(passage.id(), wb.codebook().code("Convergence of norms").id());
        assertThat(only().status()).isEqualTo(PassageStatus.CHANGED);

        wb.coding().uncode(passage.id());
        assertThat(only().status()).isEqualTo(PassageStatus.DELETED);
        assertThat(only().quote()).isEqualTo("NATO expansion is a provocation.");
        wb.history().undo();
        assertThat(only().status()).as("undo brings the passage back").isEqualTo(PassageStatus.CHANGED);

        wb.documents().delete(doc);
        assertThat(only().status()).isEqualTo(PassageStatus.DOCUMENT_REMOVED);
        assertThat(only().documentTitle()).isEqualTo(quoted.documentTitle());
        assertThat(wb.tracing().ledger(set()).steps()).hasSize(1);
    }

    /**
     * Ctrl+Z after recording an evidence item undid the step before it (the passage coded just before) and left the
     * item in the ledger: recording is one step of the history, and redo puts the item back as it was, under its id.
     */
    @BothBackends
    void recordingEvidenceIsOneStepThatUndoTakesOutAndRedoPutsBack() {
        Evidence recorded = record(List.of(passage.id()), null, "speeches", "2007-02-10");
        assertThat(wb.history().undoLabel()).contains("Record evidence #" + recorded.id());

        assertThat(wb.history().undo()).contains("Record evidence #" + recorded.id());
        assertThat(wb.tracing().evidence(set())).isEmpty();
        assertThat(wb.tracing().ledger(set()).steps()).isEmpty();
        assertThat(wb.coding().segments()).as("the passage coded before stays").contains(passage);

        assertThat(wb.history().redo()).contains("Record evidence #" + recorded.id());
        assertThat(wb.tracing().evidence(set())).containsExactly(recorded);
        assertThat(wb.tracing().ledger(set()).steps()).hasSize(1);
        assertThat(wb.history().undoLabel()).contains("Record evidence #" + recorded.id());
    }

    /**
     * Editing or deleting an evidence item could not be undone: each is now one step of the history, and undoing a
     * deletion puts the item back under its id as it was stored, its passage still telling that it was recoded since.
     */
    @BothBackends
    void editingAndDeletingEvidenceAreStepsThatUndoPutsBack() {
        Evidence recorded = record(List.of(passage.id()), null, "speeches", "2007-02-10");
        Evidence edited = wb.tracing().editEvidence(new EvidenceEdit(set(), recorded.id(), Map.of("H2", "0.1"), null,
                null, true, "checked again", ""));
        assertThat(wb.history().undo()).contains("Edit evidence #" + recorded.id());
        assertThat(wb.tracing().evidence(set())).containsExactly(recorded);
        assertThat(wb.history().redo()).contains("Edit evidence #" + recorded.id());
        assertThat(wb.tracing().evidence(set())).containsExactly(edited);

        wb.coding().changeCode(passage.id(), wb.codebook().code("Convergence of norms").id());
        Evidence recoded = wb.tracing().evidence(set()).get(0);
        assertThat(recoded.passages().get(0).status()).isEqualTo(PassageStatus.CHANGED);
        wb.tracing().deleteEvidence(set(), recorded.id());
        assertThat(wb.tracing().evidence(set())).isEmpty();
        assertThat(wb.history().undo()).contains("Delete evidence #" + recorded.id());
        assertThat(wb.tracing().evidence(set())).containsExactly(recoded);
        assertThat(wb.tracing().ledger(set()).steps()).hasSize(1);
        assertThat(wb.history().redo()).contains("Delete evidence #" + recorded.id());
        assertThat(wb.tracing().evidence(set())).isEmpty();
    }

    /** Adding and removing events could not be undone; each is one step, and an event comes back under its id. */
    @BothBackends
    void addingAndRemovingEventsAreStepsThatUndoReverses() {
        var own = wb.tracing().addEvent(LocalDate.of(2010, 11, 20), "Lisbon summit", null);
        assertThat(wb.history().undo()).contains("Add event Lisbon summit");
        assertThat(wb.tracing().events()).isEmpty();
        wb.history().redo();
        assertThat(wb.tracing().events()).containsExactly(own);

        wb.tracing().deleteEvent(own.id());
        assertThat(wb.tracing().events()).isEmpty();
        assertThat(wb.history().undo()).contains("Remove event Lisbon summit");
        assertThat(wb.tracing().events()).containsExactly(own);

        List<org.parallax.model.CausalEvent> study = wb.tracing().addStudyEvents();
        assertThat(wb.history().undo()).contains("Add the study's events");
        assertThat(wb.tracing().events()).containsExactly(own);
        wb.history().redo();
        assertThat(wb.tracing().events()).hasSize(10).containsAll(study);
    }

    /**
     * Adding a hypothesis or the study's H1/H2 set could not be undone (Undo skipped them and undid the step before);
     * each is one step, the set a first hypothesis started goes with it, the catch-all's prior comes back, and a redo
     * puts the hypotheses back under their ids.
     */
    @BothBackends
    void addingHypothesesAndTheStudysSetAreStepsThatUndoTakesOut() {
        HypothesisSet study = wb.tracing().set(set());
        assertThat(wb.history().undo()).contains("Add the study's hypotheses");
        assertThat(wb.tracing().sets()).isEmpty();
        assertThat(wb.history().redo()).contains("Add the study's hypotheses");
        assertThat(wb.tracing().sets()).containsExactly(study);

        wb.tracing().addHypothesis(set(), "H3", "Institutions channel behaviour", 0.15, false);
        assertThat(wb.history().undo()).contains("Add hypothesis H3");
        assertThat(wb.tracing().set(set())).isEqualTo(study);
        wb.history().redo();
        assertThat(wb.tracing().set(set()).hypotheses()).extracting(h -> h.name() + "=" + h.prior())
                .containsExactly("H1=0.4", "H2=0.4", "H3=0.15", "Other=0.05");

        wb.tracing().addHypothesis("Rivals", "R1", null, 1.0, false);
        assertThat(wb.history().undo()).contains("Add hypothesis R1");
        assertThat(wb.tracing().sets()).extracting(HypothesisSet::name).containsExactly(set());
    }

    /** A hypothesis could be neither renamed nor deleted; both are steps that undo reverses. */
    @BothBackends
    void aHypothesisIsEditedAndDeletedInStepsThatUndoReverses() {
        HypothesisSet study = wb.tracing().set(set());
        wb.tracing().editHypothesis(set(), "h2", "H2 institutions", "Institutions channel behaviour", null);
        assertThat(wb.tracing().set(set()).hypotheses()).extracting(h -> h.name() + ": " + h.statement())
                .contains("H2 institutions: Institutions channel behaviour");
        assertThat(wb.history().undo()).contains("Edit hypothesis H2 institutions");
        assertThat(wb.tracing().set(set())).isEqualTo(study);

        wb.tracing().deleteHypothesis(set(), "H2");
        assertThat(wb.tracing().set(set()).hypotheses()).extracting(h -> h.name() + "=" + h.prior())
                .containsExactly("H1=0.4", "Other=0.6");
        assertThat(wb.history().undo()).contains("Delete hypothesis H2");
        assertThat(wb.tracing().set(set())).isEqualTo(study);

        record(List.of(passage.id()), null, null, null);
        assertThatThrownBy(() -> wb.tracing().deleteHypothesis(set(), "H2")).isInstanceOf(ParallaxException.class)
                .hasMessageContaining("weighs evidence");
        assertThat(wb.tracing().set(set())).isEqualTo(study);
    }

    /**
     * A prior could not be changed once the hypothesis was added: it is one undo step, the catch-all gives or takes the
     * difference, the ledger of a set that weighs evidence starts from the new prior, and more than the catch-all
     * holds is refused.
     */
    @BothBackends
    void aPriorIsChangedWithTheCatchAllAsOneStepThatUndoReverses() {
        HypothesisSet study = wb.tracing().set(set());
        record(List.of(passage.id()), null, null, null);
        double h1Before = wb.tracing().ledger(set()).finalPosterior()[0];

        wb.tracing().editHypothesis(set(), "h1", null, null, 0.5);

        assertThat(wb.tracing().set(set()).hypotheses()).extracting(h -> h.name() + "=" + h.prior())
                .containsExactly("H1=0.5", "H2=0.4", "Other=0.1");
        assertThat(wb.tracing().set(set()).hypothesis("H1").orElseThrow().statement())
                .isEqualTo(study.hypothesis("H1").orElseThrow().statement());
        assertThat(wb.tracing().ledger(set()).finalPosterior()[0]).isGreaterThan(h1Before);
        assertThatThrownBy(() -> wb.tracing().editHypothesis(set(), "H2", null, null, 0.6))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("the catch-all Other has left (0.1)");
        assertThat(wb.history().undo()).contains("Edit hypothesis H1");
        assertThat(wb.tracing().set(set())).isEqualTo(study);
        assertThat(wb.tracing().ledger(set()).finalPosterior()[0]).isEqualTo(h1Before);
    }

    /** Saving the verbal scale or the test thresholds could not be undone; each is one step. */
    @BothBackends
    void savingTheVerbalScaleAndThresholdsAreStepsThatUndoPutsBack() {
        String shipped = wb.tracing().verbalScale().format();
        wb.tracing().setVerbalScale("very likely=0.9; unlikely=0.3");
        wb.tracing().setThresholds(0.95, 0.05);
        assertThat(wb.history().undo()).contains("Save the test thresholds");
        assertThat(wb.tracing().thresholds()).isEqualTo(org.parallax.model.TestThresholds.DEFAULT);
        assertThat(wb.history().undo()).contains("Save the verbal scale");
        assertThat(wb.tracing().verbalScale().format()).isEqualTo(shipped);
        wb.history().redo();
        assertThat(wb.tracing().verbalScale().format())
                .isEqualTo(org.parallax.analysis.tracing.VerbalScale.parse("very likely=0.9; unlikely=0.3").format());
    }

    private EvidencePassage only() {
        return wb.tracing().evidence(set()).get(0).passages().get(0);
    }

    @BothBackends
    void aSelectionIsQuotedAndDatedByTheEventDateGiven() {
        Evidence e = record(List.of(), new EvidenceRequest.Selection(doc, 0, 17), null, "2007-02-10");
        assertThat(e.passages().get(0).quote()).isEqualTo("We are witnessing");
        assertThat(e.passages().get(0).segmentId()).isNull();
        assertThat(e.date()).isEqualTo(LocalDate.of(2007, 2, 10));
        assertThat(e.description()).isEqualTo("We are witnessing");
        assertThat(wb.tracing().tests(wb.tracing().set(set()), e).get(0).type()).isEqualTo(TestType.HOOP);
    }

    @BothBackends
    void aHypothesisBesideTheCatchAllTakesItsPriorFromIt() {
        wb.tracing().addHypothesis(set(), "H3", "Institutions channel behaviour", 0.15, false);
        assertThat(wb.tracing().set(set()).hypotheses()).extracting(h -> h.name() + "=" + h.prior())
                .containsExactly("H1=0.4", "H2=0.4", "H3=0.15", "Other=0.05");
        assertThat(wb.tracing().set(set()).priorSum()).isCloseTo(1, within(1e-12));
        assertThatThrownBy(() -> wb.tracing().addHypothesis(set(), "H4", null, 0.1, false))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("more than the catch-all");
        assertThatThrownBy(() -> record(List.of(passage.id()), null, null, null)).hasMessageContaining("missing: H3");
        wb.tracing().addEvidence(new EvidenceRequest(set(), List.of(passage.id()), null,
                Map.of("H1", "0.8", "H2", "0.3", "H3", "0.5", "Other", "0.5"), null, null, null, null));
        assertThatThrownBy(() -> wb.tracing().addHypothesis(set(), "H5", null, 0.0, false))
                .hasMessageContaining("already weighs evidence");
    }

    @BothBackends
    void editedVerbalScaleAndThresholdsApplyToNewEvidence() {
        wb.tracing().setVerbalScale("very likely=0.9; unlikely=0.3");
        Evidence e = record(List.of(passage.id()), null, null, null);
        assertThat(e.likelihoods().values()).extracting(l -> l.low()).containsExactlyInAnyOrder(0.9, 0.3, 0.5);
        wb.tracing().setThresholds(0.95, 0.05);
        assertThat(wb.tracing().tests(wb.tracing().set(set()), e).get(0).type()).isEqualTo(TestType.STRAW_IN_THE_WIND);
        assertThatThrownBy(() -> wb.tracing().addEvidence(new EvidenceRequest(set(), List.of(passage.id()), null,
                Map.of("H1", "likely", "H2", "0.5", "Other", "0.5"), null, null, null, null)))
                .hasMessageContaining("P(E|H1)").hasMessageContaining("very likely, unlikely");
    }

    @BothBackends
    void eventsAreTheProjectsOwnByDateAndTheStudysAreAddedOnRequest() {
        assertThat(wb.tracing().events()).as("made without the study's template").isEmpty();
        var own = wb.tracing().addEvent(LocalDate.of(2010, 11, 20), "Lisbon summit", "NRC meets at summit level");
        assertThat(wb.tracing().addStudyEvents()).hasSize(9);
        assertThat(wb.tracing().addStudyEvents()).as("only those missing").isEmpty();
        assertThat(wb.tracing().events()).hasSize(10);
        assertThat(wb.tracing().events()).extracting(ev -> ev.date()).isSorted();
        wb.tracing().deleteEvent(own.id());
        assertThat(wb.tracing().events()).hasSize(9).noneMatch(e -> e.label().equals("Lisbon summit"));
        wb.tracing().deleteEvent(wb.tracing().events().get(0).id());
        assertThat(wb.tracing().events()).hasSize(8).noneMatch(e -> e.label().startsWith("Founding Act"));
        assertThatThrownBy(() -> wb.tracing().deleteEvent(0)).hasMessageContaining("No event with id 0");
    }
}
