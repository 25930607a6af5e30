package org.parallax.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;
import org.parallax.store.CodebookStore;

/**
 * The codebook during a bulk merge (codebook file, QDC, QDPX): loaded once and kept in step with every
 * insert and update made through it, so that matching each incoming name costs a map look-up instead of
 * reloading the whole codebook (which made importing n codes take n² time). Use inside one write
 * transaction, and only while nothing else changes the codebook.
 */
final class CodebookDraft {
    private final CodebookStore store;
    private final Map<String, Code> codesByName = new HashMap<>();
    private final Map<Long, Code> codesById = new HashMap<>();
    private final Map<Long, Code> scenarioCodes = new HashMap<>();
    private final Map<String, Frame> framesByName = new HashMap<>();
    private final Map<String, Scenario> scenariosByName = new HashMap<>();
    private final Map<Long, Set<Long>> expectations;
    private int nextCodePosition;

    CodebookDraft(CodebookStore store) {
        this.store = store;
        Codebook book = store.load();
        book.codes().forEach(this::remember);
        book.frames().forEach(f -> framesByName.put(f.name(), f));
        book.scenarios().forEach(s -> scenariosByName.put(s.name(), s));
        expectations = new HashMap<>(book.expectations());
        nextCodePosition = book.codes().stream().mapToInt(Code::position).max().orElse(-1) + 1;
    }

    Optional<Code> codeNamed(String name) {
        return Optional.ofNullable(codesByName.get(name));
    }

    Optional<Code> code(long id) {
        return Optional.ofNullable(codesById.get(id));
    }

    Optional<Frame> frameNamed(String name) {
        return Optional.ofNullable(framesByName.get(name));
    }

    Optional<Scenario> scenarioNamed(String name) {
        return Optional.ofNullable(scenariosByName.get(name));
    }

    /** The code every scenario has under its own name. */
    Code scenarioCode(long scenarioId) {
        return scenarioCodes.get(scenarioId);
    }

    /** Expected scenarios per code id as they stood when the draft was loaded. */
    Map<Long, Set<Long>> expectations() {
        return expectations;
    }

    Frame insertFrame(String name, String description, String color) {
        Frame frame = store.insertFrame(name, description, color);
        framesByName.put(name, frame);
        return frame;
    }

    void updateFrame(Frame frame) {
        store.updateFrame(frame);
        framesByName.put(frame.name(), frame);
    }

    Scenario insertScenario(String name, String description) {
        Scenario scenario = store.insertScenario(name, description);
        scenariosByName.put(name, scenario);
        remember(store.scenarioCode(scenario.id()));
        nextCodePosition++;
        return scenario;
    }

    void updateScenario(Scenario scenario) {
        store.updateScenario(scenario);
        scenariosByName.put(scenario.name(), scenario);
    }

    /** Inserts a code at the end of the codebook order ({@code draft}'s id and position are ignored). */
    Code insertCode(Code draft) {
        Code code = store.insertCodeAt(new Code(0, draft.parentId(), draft.frameId(), draft.scenarioId(),
                draft.name(), draft.color(), draft.definition(), draft.shortcut(), nextCodePosition++,
                draft.inclusion(), draft.exclusion()));
        freeShortcut(code);
        remember(code);
        return code;
    }

    /** Takes the next place at the end of the codebook order, for a code inserted later by {@link #insertCodesAt}. */
    int takePosition() {
        return nextCodePosition++;
    }

    /**
     * Inserts new codes at the positions they carry, in one batch ({@link CodebookStore#insertCodesAt}): one level of
     * a bulk import's tree, whose parents are stored.
     */
    List<Code> insertCodesAt(List<Code> drafts) {
        List<Code> codes = store.insertCodesAt(drafts);
        for (Code code : codes) {
            freeShortcut(code);
            remember(code);
        }
        return codes;
    }

    /** Updates a code; a null rule keeps the stored one (as {@link CodebookStore#updateCode}). */
    void updateCode(Code code) {
        store.updateCode(code);
        Code before = codesById.get(code.id());
        codesByName.remove(before.name());
        freeShortcut(code);
        remember(code.withRules(code.inclusion() == null ? before.inclusion() : code.inclusion(),
                code.exclusion() == null ? before.exclusion() : code.exclusion()));
    }

    /** The store frees a shortcut key from every other code that had it, on insert and update alike. */
    private void freeShortcut(Code code) {
        if (code.shortcut() != 0) {
            codesById.values().stream().filter(c -> c.shortcut() == code.shortcut() && c.id() != code.id())
                    .toList().forEach(c -> remember(withoutShortcut(c)));
        }
    }

    private static Code withoutShortcut(Code c) {
        return new Code(c.id(), c.parentId(), c.frameId(), c.scenarioId(), c.name(), c.color(), c.definition(), 0,
                c.position(), c.inclusion(), c.exclusion());
    }

    private void remember(Code code) {
        codesByName.put(code.name(), code);
        codesById.put(code.id(), code);
        if (code.scenarioId() != null) {
            scenarioCodes.put(code.scenarioId(), code);
        }
    }
}
