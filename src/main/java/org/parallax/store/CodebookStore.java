package org.parallax.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;

/** Frames, scenarios, codes, the expectation mapping (Table 1) and anchor passages. Code names are unique. */
public interface CodebookStore {
    Codebook load();

    Frame insertFrame(String name, String description, String color);

    /**
     * Changes a frame, checked against {@code frame.version()} (0: unchecked); returns the new stored version.
     *
     * @throws org.parallax.store.StaleEditException when someone changed the frame since that version
     */
    long updateFrame(Frame frame);

    /**
     * Changes a frame as {@link #updateFrame} does, the change recorded as {@code editor}'s (null: unknown) rather than
     * the session's: undo puts an entry back as it was, with who wrote it, not as the undoer's.
     */
    long updateFrameAs(Frame frame, String editor);

    /** Inserts a scenario at the end of the column order together with its scenario code. */
    Scenario insertScenario(String name, String description);

    /**
     * Renames or reorders a scenario, checked against {@code scenario.version()} as {@link #updateFrame}; its
     * scenario code is renamed with it. Returns the new stored version.
     */
    long updateScenario(Scenario scenario);

    /** Changes a scenario as {@link #updateScenario} does, recorded as {@code editor}'s ({@link #updateFrameAs}). */
    long updateScenarioAs(Scenario scenario, String editor);

    /**
     * Inserts a code; {@code code.id()} is ignored unless {@code keepId}, used when undo restores a code. A shortcut
     * key the code carries is taken from any other code that had it, as {@link #updateCode} does.
     */
    Code insertCode(Code code, boolean keepId);

    /**
     * Inserts a new code at {@code code.position()} (its id is ignored): for bulk imports, which keep the next
     * position themselves instead of scanning for it once per code.
     */
    Code insertCodeAt(Code code);

    /**
     * Inserts new codes at their positions (ids ignored) as {@link #insertCodeAt} inserts each, in a few statements
     * however many they are: a bulk import's codes of one level of its tree, whose parents are stored. Returns them with
     * their ids, in the order given; a name taken, here or twice in the list, stores none of them.
     */
    List<Code> insertCodesAt(List<Code> codes);

    /** The code a scenario has under its own name. */
    Code scenarioCode(long scenarioId);

    /**
     * Updates a code, checked against {@code code.version()} as {@link #updateFrame}; a null inclusion or exclusion
     * rule keeps the stored one, an empty one clears it. Returns the new stored version.
     */
    long updateCode(Code code);

    /** Changes a code as {@link #updateCode} does, recorded as {@code editor}'s (see {@link #updateFrameAs}). */
    long updateCodeAs(Code code, String editor);

    /** The kinds of versioned codebook entries, for {@link #lastEditor}. */
    enum Entry { FRAME, SCENARIO, CODE }

    /** Who made the latest change of an entry, as recorded with it; empty when unknown or when it is gone. */
    java.util.Optional<String> lastEditor(Entry entry, long id);

    /** Deletes a code; its segments go with it (callers snapshot them first for undo). */
    void deleteCode(long id);

    /**
     * Deletes a frame; its codes stay, with their passages, in no frame (callers note which, for undo). Its id is not
     * handed out again, so undo can put it back under it.
     */
    void deleteFrame(long id);

    /** Puts a deleted frame back under its id, at the version after the one it had (undo of its deletion). */
    Frame restoreFrame(Frame frame);

    /**
     * Deletes a scenario with its scenario code (and that code's passages) and the codes' expectations of it; the
     * documents in it are left in no scenario. Returns those documents' ids; the scenario's id is not handed out again.
     */
    List<Long> deleteScenario(long id);

    /**
     * Puts a deleted scenario back under its id (undo of its deletion), without its scenario code, which the caller
     * puts back with its passages; those of {@code documentIds} that are in no scenario now are put back in it.
     */
    Scenario restoreScenario(Scenario scenario, java.util.Collection<Long> documentIds);

    void setExpectations(long codeId, Set<Long> scenarioIds);

    /** Replaces the expected scenarios of each code in {@code byCode}, as one batch. */
    void setExpectations(Map<Long, Set<Long>> byCode);

    /** Anchor passages of every code that has some: code id to segment ids, in the order they were added. */
    Map<Long, List<Long>> anchors();

    /** Marks a passage as an anchor example of a code; marking it twice changes nothing. */
    void addAnchor(long codeId, long segmentId);

    void removeAnchor(long codeId, long segmentId);
}
