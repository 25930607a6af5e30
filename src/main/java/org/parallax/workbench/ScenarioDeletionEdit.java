package org.parallax.workbench;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Codebook;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;

/**
 * Deleting a scenario as one edit: its column of Table 1, its scenario code with the passages coded with it, the codes'
 * expectations of it and its place in the documents' details go, and the rules, definitions and descriptions that cite
 * it by name say it is deleted. Undo puts all of it back: the scenario under its id, its code with its passages (by
 * {@link CodeEdit}, as a deleted code's), the codes that expected it expecting it again, its documents in it again.
 */
final class ScenarioDeletionEdit implements Edit {
    /** What a text citing a deleted scenario says after its name. */
    static final String DELETED = " (deleted scenario)";
    private final Project project;
    private final long scenarioId;
    private final String label;
    private final Edit code;
    /** The scenario as the last apply deleted it, the codes that expected it and the documents that were in it. */
    private Scenario scenario;
    private List<Long> expecting = List.of();
    private List<Long> documents = List.of();
    private CodesRewrite written;

    /** {@code code} deletes the scenario's own code with its passages. */
    ScenarioDeletionEdit(Project project, Scenario scenario, Edit code) {
        this.project = project;
        this.scenarioId = scenario.id();
        this.scenario = scenario;
        this.code = code;
        this.label = "Delete scenario " + scenario.name();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public long heldBytes() {
        return code.heldBytes();
    }

    @Override
    public void apply() {
        try {
            project.store.write(this::delete);
        } finally {
            fire();
        }
    }

    @Override
    public void revert() {
        try {
            project.store.write(this::putBack);
        } finally {
            fire();
        }
    }

    /** The scenario as it is now deleted with its code, the texts citing it marked; in the caller's write. */
    private Void delete() {
        Codebook book = project.codebook.load();
        scenario = book.scenario(scenarioId).orElseThrow(() -> new ParallaxException("No scenario with id "
                + scenarioId + " in the codebook: it was deleted here or by another member or window; nothing was "
                + "saved"));
        expecting = book.expectations().entrySet().stream().filter(e -> e.getValue().contains(scenarioId))
                .map(Map.Entry::getKey).sorted().toList();
        code.apply();
        documents = project.codebook.deleteScenario(scenarioId);
        written = CodesRewrite.citing(project, project.codebook.load(), scenario.name(), scenario.name() + DELETED,
                Set.of());
        written.writeAfter();
        return null;
    }

    /** The scenario, its documents, the texts, its code with its passages and the codes expecting it back. */
    private Void putBack() {
        project.codebook.restoreScenario(scenario, documents);
        written.writeBefore();
        code.revert();
        Codebook book = project.codebook.load();
        Map<Long, Set<Long>> expected = new HashMap<>();
        expecting.stream().filter(id -> book.code(id).isPresent()).forEach(id -> {
            Set<Long> scenarios = new LinkedHashSet<>(book.expectations().getOrDefault(id, Set.of()));
            scenarios.add(scenarioId);
            expected.put(id, scenarios);
        });
        project.codebook.setExpectations(expected);
        return null;
    }

    private void fire() {
        project.fire(ProjectEvent.CODEBOOK);
        project.fire(ProjectEvent.DOCUMENTS);
    }
}
