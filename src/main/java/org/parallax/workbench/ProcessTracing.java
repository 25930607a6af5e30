package org.parallax.workbench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parallax.analysis.tracing.CausalChain;
import org.parallax.analysis.tracing.HypothesisTests;
import org.parallax.analysis.tracing.LedgerCalculation;
import org.parallax.analysis.tracing.StudyEvents;
import org.parallax.analysis.tracing.VerbalScale;
import org.parallax.io.DocxReport;
import org.parallax.io.HtmlReport;
import org.parallax.io.LedgerExporter;
import org.parallax.io.ReportDocument;
import org.parallax.io.SvgChart;
import org.parallax.io.TracingReport;
import org.parallax.model.CausalEvent;
import org.parallax.model.Evidence;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.HypothesisTest;
import org.parallax.model.Ledger;
import org.parallax.model.TestThresholds;
import org.parallax.model.ParallaxException;

/**
 * Process tracing (docs/process-tracing.md): hypothesis sets, evidence resting on passages, van Evera's test types,
 * the Bayesian ledger and the causal chain's events. Every input is checked before anything is written.
 */
public final class ProcessTracing {
    static final String SCALE = "tracing.verbal_scale";
    static final String THRESHOLDS = "tracing.test_thresholds";
    static final int MAX_TEXT = 100_000;

    private final Project project;
    private final EvidenceRecorder recorder;
    private final Hypotheses hypotheses;

    ProcessTracing(Project project) {
        this.project = project;
        this.recorder = new EvidenceRecorder(project, this);
        this.hypotheses = new Hypotheses(project, this);
    }

    public List<HypothesisSet> sets() {
        return project.tracing.sets();
    }

    /** The named set, or an error listing the sets there are. */
    public HypothesisSet set(String name) {
        return project.tracing.set(name).orElseThrow(() -> new ParallaxException("No hypothesis set '" + name + "'"
                + (sets().isEmpty() ? " (the project has none yet: add a hypothesis with --set NAME to start one)"
                : " (sets: " + sets().stream().map(HypothesisSet::name).collect(Collectors.joining(", ")) + ")")));
    }

    /**
     * Adds a hypothesis, starting the set when new, as one step of the undo history (see {@link Hypotheses#add}).
     */
    public Hypothesis addHypothesis(String setName, String name, String statement, Double prior, boolean catchAll) {
        return hypotheses.add(setName, name, statement, prior, catchAll);
    }

    /**
     * Renames a hypothesis, rewrites its statement or changes its prior (see {@link Hypotheses#edit}); a null name,
     * statement or prior keeps the one it has.
     */
    public Hypothesis editHypothesis(String setName, String name, String newName, String statement, Double prior) {
        return hypotheses.edit(setName, name, newName, statement, prior);
    }

    /** Deletes a hypothesis, its prior going back to the catch-all; refused while the set weighs evidence. */
    public void deleteHypothesis(String setName, String name) {
        hypotheses.delete(setName, name);
    }

    /** Adds the study's H1, H2 and catch-all as a new set (docs/process-tracing.md); refuses if the set exists. */
    public HypothesisSet installStudyTemplate() {
        return hypotheses.installStudyTemplate();
    }

    /** Records an evidence item; checks every input first, so a refused item writes nothing. */
    public Evidence addEvidence(EvidenceRequest request) {
        return recorder.add(request);
    }

    /** Changes an item's likelihoods, description, note, date or group; checks everything first, like recording. */
    public Evidence editEvidence(EvidenceEdit edit) {
        return recorder.edit(edit);
    }

    /** Deletes an evidence item as one step of the undo history. */
    public void deleteEvidence(String setName, long evidenceId) {
        evidenceItem(set(setName), evidenceId);
        project.history.record(EvidenceInOut.removal(project, evidenceId));
    }

    /** A set's evidence items this session may read, by id, each passage saying whether it still reads as quoted. */
    public List<Evidence> evidence(String setName) {
        return shownEvidence(setName).items();
    }

    /** The same with how many items blind mode withheld (ADR 0030), for a view that says so. */
    public ShownEvidence shownEvidence(String setName) {
        return ShownEvidence.of(project, set(setName));
    }

    Evidence evidenceItem(HypothesisSet set, long evidenceId) {
        ShownEvidence shown = ShownEvidence.of(project, set);
        return shown.items().stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new ParallaxException("Hypothesis set '" + set.name() + "' has no evidence #"
                        + evidenceId + (shown.hidden() == 0 ? "" : " among the items shown ("
                        + ShownEvidence.sentence(shown.hidden()) + ")")));
    }

    /**
     * The ledger of a set: posteriors after each item in date order, with bounds, LRs and decibels; of the items
     * this session may read (in blind mode those resting on the viewer's own passages and plain selections).
     */
    public Ledger ledger(String setName) {
        HypothesisSet set = set(setName);
        return LedgerCalculation.compute(set, ShownEvidence.of(project, set).items());
    }

    /** The ledger as it would be without one item: how much the result hangs on it (the sensitivity table). */
    public Ledger ledgerWithout(String setName, long evidenceId) {
        HypothesisSet set = set(setName);
        return LedgerCalculation.compute(set, ShownEvidence.of(project, set).items().stream()
                .filter(e -> e.id() != evidenceId).toList());
    }

    /**
     * Writes the set's transparency report: HTML or DOCX by the file name, the ledger as CSV or JSON, or the causal
     * chain as SVG
     * (docs/process-tracing.md#transparency-report). The file appears whole or not at all.
     */
    public TracingOutput exportReport(String setName, java.nio.file.Path file) {
        return exportReport(setName, file, false);
    }

    /**
     * The same, with {@code pseudonymise} replacing the values of sensitive attributes wherever the analyst wrote
     * them (hypotheses, evidence, groups, quotes, events) as the other pseudonymised exports do. Returns what was
     * written, as the file name chose it (refused before any work when the name has no known ending).
     */
    public TracingOutput exportReport(String setName, java.nio.file.Path file, boolean pseudonymise) {
        TracingOutput output = TracingOutput.of(file);
        Pseudonyms names = PseudonymisedOutput.of(project, pseudonymise).pseudonyms();
        HypothesisSet set = names.set(set(setName));
        List<Evidence> evidence = ShownEvidence.of(project, set).items().stream().map(names::evidence).toList();
        Ledger ledger = LedgerCalculation.compute(set, evidence);
        if (output == TracingOutput.CAUSAL_CHAIN_SVG) {
            SvgChart.write(new Charts(project).causalChain(CausalChain.of(ledger,
                    events().stream().map(names::event).toList())), file);
            return output;
        }
        if (output == TracingOutput.LEDGER_CSV || output == TracingOutput.LEDGER_JSON) {
            LedgerExporter.write(ledger, file, output == TracingOutput.LEDGER_JSON);
            return output;
        }
        Map<Long, List<HypothesisTest>> tests = new LinkedHashMap<>();
        evidence.forEach(e -> tests.put(e.id(), tests(set, e)));
        ReportDocument report = new TracingReport(set, evidence, tests, ledger, thresholds()).document();
        if (output == TracingOutput.REPORT_DOCX) {
            DocxReport.write(report, file);
        } else {
            HtmlReport.write(report, file);
        }
        return output;
    }

    /** Van Evera's test type of an item for each hypothesis of its set. */
    public List<HypothesisTest> tests(HypothesisSet set, Evidence evidence) {
        return HypothesisTests.of(set, evidence, thresholds());
    }

    public VerbalScale verbalScale() {
        // A stored scale that cannot be read (the settings carry no checksum) is named by `check`; until it is set
        // again the shipped one is used, so the window and the reports still open.
        return project.settings.get(SCALE).flatMap(v -> readable(() -> VerbalScale.parse(v)))
                .orElse(VerbalScale.DEFAULT);
    }

    /** Replaces the verbal scale's terms and numbers ({@code likely=0.65; …}); existing evidence keeps its numbers. */
    public VerbalScale setVerbalScale(String text) {
        VerbalScale scale = VerbalScale.parse(text);
        save("Save the verbal scale", "the verbal scale was", SCALE, () -> verbalScale().format(), scale.format());
        return scale;
    }

    /** Back to the shipped scale (docs/process-tracing.md); existing evidence keeps its numbers. */
    public VerbalScale resetVerbalScale() {
        return setVerbalScale(VerbalScale.DEFAULT.format());
    }

    public TestThresholds thresholds() {
        return project.settings.get(THRESHOLDS).flatMap(v -> readable(() -> TestThresholds.parse(v)))
                .orElse(TestThresholds.DEFAULT);
    }

    private static <T> Optional<T> readable(java.util.function.Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (ParallaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public TestThresholds setThresholds(double certainty, double uniqueness) {
        TestThresholds thresholds = new TestThresholds(certainty, uniqueness);
        save("Save the test thresholds", "the test thresholds were", THRESHOLDS, () -> thresholds().format(),
                thresholds.format());
        return thresholds;
    }

    /**
     * Saves a setting as one step of the undo history; {@code inUse} reads what is in use (the shipped one if none),
     * the step's value before, and what undo and redo check is still there.
     */
    private void save(String label, String what, String key, java.util.function.Supplier<String> inUse, String after) {
        String before = inUse.get();
        if (before.equals(after)) {
            return;
        }
        SettingChange change = new SettingChange(project, label, what, key, inUse, before, after);
        change.apply();
        project.history.record(change);
    }

    /** The set's causal chain: its posteriors over time with the events and the dated evidence on one axis. */
    public CausalChain causalChain(String setName) {
        return CausalChain.of(ledger(setName), events());
    }

    /**
     * The project's events, by date: the causal chain's markers and, in the analyses, the starts of the periods
     * (ADR 0030). A project made with the study's template holds the study's events; any project may edit them.
     */
    public List<CausalEvent> events() {
        return project.reads.events();
    }

    public CausalEvent addEvent(LocalDate date, String label, String description) {
        if (date == null) {
            throw new ParallaxException("An event needs a date (YYYY-MM-DD)");
        }
        // Today on the session's clock (the server's on a team project), as every date the project stores.
        LocalDate today = LocalDate.ofInstant(project.now(), java.time.ZoneId.systemDefault());
        if (date.isAfter(today)) {
            // A typed year off by one digit (2104 for 2014) made a last period no document can fall in, and took the
            // documents of the event it was meant to start into the period before.
            throw new ParallaxException("The event's date " + date + " is after today (" + today + "): an "
                    + "event marks what has happened and starts a period of dated documents; check the year");
        }
        CausalEvent event = project.tracing.addEvent(date, limit(required(label, "An event needs a label")),
                description == null || description.isBlank() ? null : limit(description.strip()));
        project.history.record(new EventsInOut(project, "Add event " + event.label(), List.of(event), true));
        project.fire(ProjectEvent.TRACING);
        return event;
    }

    /**
     * Adds the NATO-Russia study's events (docs/process-tracing.md#events) the project does not hold yet, same date
     * and label, in one transaction; returns those added.
     */
    public List<CausalEvent> addStudyEvents() {
        // What the project holds is read in the transaction that is run again: a member adding the study's events
        // at the same moment makes it fail to serialize, and the run again finds their events and adds none twice.
        List<CausalEvent> added = project.store.write(() -> {
            List<CausalEvent> held = project.tracing.events();
            return StudyEvents.TEMPLATE.stream().filter(e -> held.stream()
                    .noneMatch(h -> h.date().equals(e.date()) && h.label().equals(e.label())))
                    .map(e -> project.tracing.addEvent(e.date(), e.label(), e.description())).toList();
        });
        if (!added.isEmpty()) {
            project.history.record(new EventsInOut(project, "Add the study's events", added, true));
            project.fire(ProjectEvent.TRACING);
        }
        return added;
    }

    /** Removes an event as one step of the undo history; undo puts it back under its id. */
    public void deleteEvent(long id) {
        CausalEvent event = project.tracing.events().stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new ParallaxException("No event with id " + id + " (it may have been removed "
                        + "already)"));
        EventsInOut removal = new EventsInOut(project, "Remove event " + event.label(), List.of(event), false);
        removal.apply();
        project.history.record(removal);
    }

    static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new ParallaxException(message);
        }
        return text.strip();
    }

    /** Descriptions, notes and statements are prose; a pasted file must not bloat the project. */
    static String limit(String text) {
        if (text.length() > MAX_TEXT) {
            throw new ParallaxException("At most " + MAX_TEXT + " characters, not " + text.length());
        }
        return text;
    }
}
