package org.parallax.workbench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.io.CodebookJson;
import org.parallax.io.CodebookTemplates;
import org.parallax.io.HandoutHtml;
import org.parallax.model.Code;
import org.parallax.model.CodeNames;
import org.parallax.model.Codebook;
import org.parallax.model.Counted;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.Frame;
import org.parallax.model.Names;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;
import org.parallax.model.TextLimits;
import org.parallax.store.CodebookStore;

/** Codebook use cases: read, install definitions, and undoable edits of codes, frames and scenarios. */
public final class Codebooks {
    static final String CODEBOOK_NAME = "codebook_name";
    private final Project project;
    private final CodeEdits codeEdits;
    private final VersionedEdits versioned;

    Codebooks(Project project) {
        this.project = project;
        this.codeEdits = new CodeEdits(project);
        this.versioned = new VersionedEdits(project);
    }

    /**
     * The refusal of an action on a code the codebook no longer holds: most often one deleted or merged since the
     * view showed it, here or by another member of a team or another window, so the line says so. Every caller
     * refuses before writing anything.
     */
    static ParallaxException noSuchCode(long codeId) {
        return new ParallaxException("No code with id " + codeId + " in the codebook: it was deleted or merged into "
                + "another code, here or by another member or window; nothing was saved");
    }

    public Codebook current() {
        return project.reads.codebook();
    }

    /** Merges a codebook definition into the project by name, in one transaction; nothing is deleted. */
    public void install(CodebookDefinition definition) {
        install(definition, false);
    }

    /**
     * Installs in one transaction; the undo history is cleared only when the codebook changed: an import that found
     * every entry already here took the researcher's undo steps for nothing.
     */
    private void install(CodebookDefinition definition, boolean replace) {
        project.backups.before("codebook import");
        boolean changed = project.store.write(() -> {
            Codebook before = project.codebook.load();
            Map<Long, List<Long>> anchorsBefore = project.codebook.anchors();
            new CodebookInstaller(project.codebook).install(definition, replace);
            new AnchorLinks(project).link(definition);
            boolean named = project.settings.get(CODEBOOK_NAME).isEmpty();
            if (named) {
                project.settings.put(CODEBOOK_NAME, definition.name());
            }
            return named || !before.equals(project.codebook.load())
                    || !anchorsBefore.equals(project.codebook.anchors());
        });
        if (changed) {
            project.history.clear();
            project.fire(ProjectEvent.CODEBOOK);
        }
    }

    /** Merges a codebook JSON file (docs/codebook-format.md) into the project by name; nothing is deleted. */
    public CodebookMerge importJson(Path file) {
        return merge(String.valueOf(file.getFileName()), CodebookJson.read(file), false);
    }

    /**
     * Merges a codebook JSON file by name with the file's values replacing those of the frames, codes and scenarios
     * the project already has (description, colour, rules, coding key, place, expected scenarios): a codebook exported,
     * edited and imported back on purpose; {@link #importJson} keeps what the project has.
     */
    public CodebookMerge importJsonReplacing(Path file) {
        return merge(String.valueOf(file.getFileName()), CodebookJson.read(file), true);
    }

    /**
     * Merges a codebook that comes with Parallax ({@link CodebookTemplates#names()}, e.g. "table1") into the project
     * by name, as a file's codebook is; nothing is deleted.
     */
    public CodebookMerge importTemplate(String name) {
        return merge("template " + name, CodebookTemplates.named(name), false);
    }

    private CodebookMerge merge(String source, CodebookDefinition definition, boolean replace) {
        Codebook before = current();
        install(definition, replace);
        return CodebookMerge.between(source, before, current(), codeCount(
                definition.frames().stream().flatMap(f -> f.codes().stream()).toList()), replace);
    }

    private static int codeCount(List<CodebookDefinition.CodeDefinition> codes) {
        return codes.size() + codes.stream().mapToInt(c -> codeCount(c.children())).sum();
    }

    /**
     * Writes the codebook as JSON (docs/codebook-format.md) and returns how many codes it left out: codes without a
     * frame have no place in the format, and the export used to drop them without a word.
     */
    public int exportJson(Path file) {
        CodebookDefinition definition = definition();
        CodebookJson.write(PseudonymisedOutput.of(project).definition(definition), file);
        long codes = current().codes().stream().filter(c -> !c.isScenarioCode()).count();
        return (int) codes - codeCount(definition.frames().stream().flatMap(f -> f.codes().stream()).toList());
    }

    /** The line that says what a JSON export left out, or empty when it holds every code. */
    public static Optional<String> leftOutOfJson(int codes) {
        return codes == 0 ? Optional.empty() : Optional.of(Counted.of(codes, "code") + " without a "
                + "frame left out: the JSON codebook holds the frames' codes only (export qdc keeps every code)");
    }

    /** Writes the codebook as a printable HTML frame guide for coders (docs/lenses.md). */
    public void exportHandout(Path file) {
        HandoutHtml.write(PseudonymisedOutput.of(project).definition(definition()), file);
    }

    /** The project's codebook as a definition, for JSON export, named as first installed (or after the file). */
    public CodebookDefinition definition() {
        String fileName = project.file().getFileName().toString().replaceFirst("\\.parallax$", "");
        return CodebookInstaller.definitionOf(project.settings.get(CODEBOOK_NAME).filter(n -> !n.isBlank()).orElse(fileName), current(),
                new AnchorLinks(project).examples());
    }

    /** The anchor passages of a code, in the order they were marked. */
    public List<Segment> anchors(long codeId) {
        return project.codebook.anchors().getOrDefault(codeId, List.of()).stream()
                .map(project.segments::get)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** Marks a passage coded with the code as one of its anchor examples for the frame guide. */
    public void addAnchor(long codeId, long segmentId) {
        Code code = current().code(codeId).orElseThrow(() -> noSuchCode(codeId));
        Segment passage = project.segments.get(segmentId)
                .orElseThrow(() -> new ParallaxException("No coded passage with id " + segmentId));
        if (passage.codeId() != codeId) {
            throw new ParallaxException("Passage " + segmentId + " is not coded '" + code.name()
                    + "'; an anchor example must be a passage of its code");
        }
        project.codebook.addAnchor(codeId, segmentId);
        project.fire(ProjectEvent.CODEBOOK);
    }

    public void removeAnchor(long codeId, long segmentId) {
        project.codebook.removeAnchor(codeId, segmentId);
        project.fire(ProjectEvent.CODEBOOK);
    }

    /**
     * Makes exactly {@code segmentIds} (passages of the code, in this order) its anchor examples, as one
     * undoable edit.
     */
    public void setAnchors(long codeId, List<Long> segmentIds) {
        Code code = current().code(codeId).orElseThrow(() -> noSuchCode(codeId));
        for (long id : segmentIds) {
            Segment passage = project.segments.get(id)
                    .orElseThrow(() -> new ParallaxException("No coded passage with id " + id));
            if (passage.codeId() != codeId) {
                throw new ParallaxException("Passage " + id + " is not coded '" + code.name()
                        + "'; an anchor example must be a passage of its code");
            }
        }
        List<Long> before = project.codebook.anchors().getOrDefault(codeId, List.of());
        List<Long> after = List.copyOf(segmentIds);
        if (before.equals(after)) {
            return;
        }
        record("Edit anchor examples of " + code.name(), () -> replaceAnchors(codeId, before, after),
                () -> replaceAnchors(codeId, after, before), ProjectEvent.CODEBOOK);
    }

    private void replaceAnchors(long codeId, List<Long> from, List<Long> to) {
        project.store.write(() -> {
            from.forEach(id -> project.codebook.removeAnchor(codeId, id));
            to.forEach(id -> project.codebook.addAnchor(codeId, id));
            return null;
        });
    }

    public Code code(String name) {
        return CodeNames.require(current(), name);
    }

    /** Adds an indicator code to a frame (or under a parent code); without a colour it gets the palette's next. */
    public Code addCode(String name, Long frameId, Long parentId, String color, String definition) {
        return addCode(new Code(0, parentId, frameId, null, name, color, definition, 0, 0));
    }

    /**
     * Adds a code with all its details (name, place, colour, definition, rules, coding key) as one undoable
     * edit. A code without a colour gets the next colour of {@link CodePalette}; a code under a parent code
     * belongs to the parent's frame.
     */
    public Code addCode(Code given) {
        return codeEdits.add(given);
    }

    /**
     * Moves a code to a frame (top level, {@code parentId} null) or under another code (and into that code's
     * frame), its sub-codes into that frame with it, as one undoable edit; a code cannot move under itself or its own
     * sub-codes.
     */
    public void moveCode(long codeId, Long frameId, Long parentId) {
        Codebook book = current();
        Code code = book.code(codeId).orElseThrow(() -> noSuchCode(codeId));
        if (code.isScenarioCode()) {
            throw new ParallaxException("'" + code.name() + "' belongs to a scenario and stays with it");
        }
        Long frame = frameOfPlace(book, frameId, parentId, code);
        CodesMove.move(project, List.of(codeId), frame, parentId, code.name());
    }

    /**
     * Moves codes into a frame ({@code frameId} null: to no frame) as one undoable edit, each to the frame's top level
     * with its sub-codes under it; returns how many codes changed frame or place (sub-codes included).
     */
    public int moveCodes(Collection<Long> codeIds, Long frameId) {
        String frameName = frameId == null ? "no frame" : current().frame(frameId)
                .orElseThrow(() -> new ParallaxException("No frame with id " + frameId)).name();
        return CodesMove.move(project, codeIds, frameId, null, frameName);
    }

    /** The frame a code placed there belongs to: the parent code's frame, else {@code frameId}. */
    static Long frameOfPlace(Codebook book, Long frameId, Long parentId, Code moving) {
        if (parentId == null) {
            if (frameId != null && book.frame(frameId).isEmpty()) {
                throw new ParallaxException("No frame with id " + frameId);
            }
            return frameId;
        }
        Code parent = book.code(parentId).orElseThrow(() -> noSuchCode(parentId));
        for (Code at = parent; at != null; at = at.parentId() == null ? null : book.code(at.parentId()).orElse(null)) {
            if (moving != null && at.id() == moving.id()) {
                throw new ParallaxException("'" + moving.name() + "' cannot go under '" + parent.name()
                        + "', which is itself or one of its sub-codes");
            }
        }
        return parent.frameId();
    }

    /**
     * Changes a code's name, colour, definition, shortcut, frame, parent, position or guide rules; a null
     * rule keeps the stored one, an empty rule clears it.
     */
    public void updateCode(Code given) {
        codeEdits.update(given);
    }

    /**
     * Number of passages coded with a code, for the confirmation before delete or merge: counted in the project at the
     * moment of asking (on a team server, every member's), not in this window's cache, which lacks what another member
     * coded since it was filled, and which the deletion would take too.
     */
    public int passageCount(long codeId) {
        return project.segments.countOfCode(codeId);
    }

    /**
     * How many of {@link #passageCount}'s passages lie in other coders' layers, which blind mode hides from this
     * session (0 with blind mode off): deleting the code deletes them too, so the question before says so, where a
     * blind coder saw their own passages and was asked about every layer's without a word.
     */
    public int hiddenPassageCount(long codeId) {
        List<Segment> all = project.segments.ofCode(codeId);
        return all.size() - project.visible(all).size();
    }

    /**
     * Deletes a code and its passages after the user confirmed that {@code askedAbout} passages go with it: refused,
     * deleting nothing, when the project holds another number of them by then (coded or removed since the question,
     * by another member or window), so no passage goes that the user was not told of.
     */
    public void deleteCode(long codeId, int askedAbout) {
        codeEdits.delete(codeId, askedAbout);
    }

    /** Deletes a code and its passages; undo restores both. */
    public void deleteCode(long codeId) {
        codeEdits.delete(codeId, null);
    }

    /**
     * Moves every passage of {@code fromId} to {@code intoId} as it was (its memo's authorship and its provenance
     * too) and deletes {@code fromId}, as one edit.
     */
    public void mergeCode(long fromId, long intoId) {
        codeEdits.merge(fromId, intoId, null);
    }

    /**
     * Merges as {@link #mergeCode(long, long)} after the user confirmed that {@code askedAbout} passages move (the
     * {@link #passageCount} of {@code fromId}): refused, merging nothing, when the code holds another number of them
     * by then, so no passage moves that the user was not told of.
     */
    public void mergeCode(long fromId, long intoId, int askedAbout) {
        codeEdits.merge(fromId, intoId, askedAbout);
    }

    public Frame addFrame(String given, String description, String color) {
        String name = Names.clean(given);
        TextLimits.require("frame name", name, TextLimits.NAME);
        Frame frame = project.codebook.insertFrame(name, description,
                color == null || color.isBlank() ? CodePalette.next(current()) : color);
        // Undone as its deletion is done: codes put in it since go to no frame, and redo brings them back in it.
        project.history.record(new ReversedEdit("Add frame " + name, new FrameDeletionEdit(project, frame)));
        project.fire(ProjectEvent.CODEBOOK);
        return frame;
    }

    /** Changes a frame's name, description (its core tenets) or colour, as one undoable edit. */
    public void updateFrame(Frame given) {
        Frame changed = given.withName(Names.clean(given.name()));
        TextLimits.require("frame name", changed.name(), TextLimits.NAME);
        Frame before = current().frame(changed.id())
                .orElseThrow(() -> new ParallaxException("No frame with id " + changed.id()));
        requireNewName(current().frames().stream().filter(f -> f.id() != changed.id()).map(Frame::name).toList(),
                changed.name(), "frame");
        versioned.record("Edit frame " + before.name(), CodebookStore.Entry.FRAME, changed.id(), changed.version(),
                v -> project.codebook.updateFrame(changed.withVersion(v)),
                (v, editor) -> project.codebook.updateFrameAs(before.withVersion(v), editor), ProjectEvent.CODEBOOK);
    }

    /**
     * Deletes a frame as one undoable edit: its codes, with their passages, go to no frame ("Other codes"), Table 1
     * loses its row, and the texts citing it by name read "Realism (deleted frame)".
     */
    public void deleteFrame(long frameId) {
        Frame frame = current().frame(frameId).orElseThrow(() -> new ParallaxException("No frame with id " + frameId));
        project.backups.before("delete frame");
        Edit edit = new FrameDeletionEdit(project, frame);
        edit.apply();
        project.history.record(edit);
    }

    /**
     * Deletes a scenario as one undoable edit, after the user confirmed that {@code askedAbout} passages coded with it
     * go (null: not asked): its scenario code and those passages, Table 1's column, the codes' expectations of it and
     * its place in the documents' details; the texts citing it by name read "… (deleted scenario)". Refused, deleting
     * nothing, when the scenario's code holds another number of passages by then.
     */
    public void deleteScenario(long scenarioId, Integer askedAbout) {
        Scenario scenario = current().scenario(scenarioId)
                .orElseThrow(() -> new ParallaxException("No scenario with id " + scenarioId));
        Code code = project.codebook.scenarioCode(scenarioId);
        project.backups.before("delete scenario");
        CodeEdit deletion = new CodeEdit(project, "Delete scenario " + scenario.name(), code,
                project.segments.ofCode(code.id()), false).guarding().askedAbout(askedAbout);
        Edit edit = new ScenarioDeletionEdit(project, scenario, deletion);
        edit.apply();
        project.history.record(edit);
    }

    /** How many documents are in a scenario, for the question before it is deleted. */
    public int documentCount(long scenarioId) {
        String name = current().scenario(scenarioId).map(Scenario::name).orElse(null);
        return (int) project.documents.list().stream().filter(d -> name != null && name.equals(d.meta().scenario()))
                .count();
    }

    public Scenario addScenario(String given, String description) {
        String name = Names.clean(given);
        TextLimits.require("scenario name", name, TextLimits.NAME);
        Scenario scenario = project.codebook.insertScenario(name, description);
        // Undone as its deletion is done, except that passages coded with it since (by another member or window: this
        // window's own are undone first) refuse the undo rather than go with it.
        String label = "Add scenario " + name;
        Edit code = new CodeEdit(project, label, project.codebook.scenarioCode(scenario.id()), List.of(), true)
                .guarding();
        project.history.record(new ReversedEdit(label, new ScenarioDeletionEdit(project, scenario,
                new ReversedEdit(label, code))));
        project.fire(ProjectEvent.CODEBOOK);
        return scenario;
    }

    public void renameScenario(long scenarioId, String name) {
        Scenario s = current().scenario(scenarioId)
                .orElseThrow(() -> new ParallaxException("No scenario with id " + scenarioId));
        updateScenario(new Scenario(s.id(), name, s.description(), s.position(), s.version()));
    }

    /**
     * Changes a scenario's name or description, as one undoable edit; its scenario code and the documents
     * in the scenario follow the new name.
     */
    public void updateScenario(Scenario given) {
        Scenario changed = given.withName(Names.clean(given.name()));
        TextLimits.require("scenario name", changed.name(), TextLimits.NAME);
        Codebook book = current();
        Scenario before = book.scenario(changed.id())
                .orElseThrow(() -> new ParallaxException("No scenario with id " + changed.id()));
        if (!changed.name().equals(before.name())) {
            requireNewName(book.scenarios().stream().map(Scenario::name).toList(), changed.name(), "scenario");
            requireNewName(book.codes().stream().map(Code::name).toList(), changed.name(), "code");
        }
        versioned.record("Edit scenario " + before.name(), CodebookStore.Entry.SCENARIO, changed.id(),
                changed.version(), v -> project.codebook.updateScenario(changed.withVersion(v)),
                (v, editor) -> project.codebook.updateScenarioAs(before.withVersion(v), editor),
                ProjectEvent.CODEBOOK, ProjectEvent.DOCUMENTS);
    }

    private static void requireNewName(List<String> taken, String name, String what) {
        if (name == null || name.isBlank()) {
            throw new ParallaxException("A " + what + " needs a name");
        }
        if (taken.stream().anyMatch(t -> t.equalsIgnoreCase(name.strip()))) {
            throw new ParallaxException("A " + what + " named '" + name.strip() + "' already exists");
        }
    }

    private void record(String label, Runnable apply, Runnable revert, ProjectEvent... events) {
        apply.run();
        project.history.record(new Edit() {
            public String label() {
                return label;
            }

            public void apply() {
                apply.run();
                fire(events);
            }

            public void revert() {
                revert.run();
                fire(events);
            }
        });
        fire(events);
    }

    private void fire(ProjectEvent... events) {
        for (ProjectEvent e : events) {
            project.fire(e);
        }
    }

    /** Sets the scenarios in which an indicator is expected (the Table 1 template mapping), as one undoable edit. */
    public void setExpectations(long codeId, Set<Long> scenarioIds) {
        Codebook book = current();
        Code code = book.code(codeId).orElseThrow(() -> noSuchCode(codeId));
        Set<Long> before = Set.copyOf(book.expectations().getOrDefault(codeId, Set.of()));
        Set<Long> after = Set.copyOf(scenarioIds);
        if (before.equals(after)) {
            return;
        }
        record("Edit expected scenarios of " + code.name(), () -> writeExpectations(codeId, after),
                () -> writeExpectations(codeId, before), ProjectEvent.CODEBOOK);
    }

    /**
     * Writes a code's expected scenarios, which gives the code a new version: this window's own, so that undoing an
     * earlier edit of the code is not refused as if another had changed it since.
     */
    private void writeExpectations(long codeId, Set<Long> scenarioIds) {
        project.store.write(() -> {
            project.codebook.setExpectations(codeId, new LinkedHashSet<>(scenarioIds));
            project.codebook.load().code(codeId).ifPresent(c -> project.written.computeIfPresent(
                    CodesRewrite.key(c), (k, v) -> c.version()));
            return null;
        });
    }
}
