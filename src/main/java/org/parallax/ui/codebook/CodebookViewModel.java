package org.parallax.ui.codebook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.VisiblePassages;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/** The codebook tree with live passage counts, and the codebook edits (add, rename, delete, merge). */
public final class CodebookViewModel {
    private final ProjectContext context;
    private final ObservableList<CodebookNode> roots = FXCollections.observableArrayList();
    private final ObjectProperty<CodebookNode> selected = new SimpleObjectProperty<>();
    private Codebook codebook = Codebook.empty();

    private final Runnable reload;

    public CodebookViewModel(ProjectContext context) {
        this.context = context;
        this.reload = context.coalesced(wb -> {
            Codebook book = wb.codebook().current();
            return new Loaded(book, CodebookTree.of(book, counts(wb)));
        }, loaded -> {
            codebook = loaded.book();
            roots.setAll(loaded.roots());
        });
        context.workbenchProperty().addListener((o, was, now) -> {
            selected.set(null);
            roots.clear();
            refresh();
        });
        context.onEvent(e -> {
            if (e != ProjectEvent.DOCUMENTS) {
                refresh();
            }
        });
    }

    public void refresh() {
        reload.run();
    }

    private static Map<Long, Integer> counts(Workbench wb) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Segment s : VisiblePassages.of(wb)) {
            counts.merge(s.codeId(), 1, Integer::sum);
        }
        return counts;
    }

    /** Asks for a name and adds a code to the selected frame (or beside the selected code). */
    public void addCode() {
        CodebookNode at = selected.get();
        Long frameId = null;
        if (at != null && at.kind() == CodebookNode.Kind.FRAME) {
            frameId = at.id();
        } else if (at != null && at.kind() == CodebookNode.Kind.CODE) {
            frameId = codebook.code(at.id()).map(Code::frameId).orElse(null);
        }
        Long frame = frameId;
        String color = frame == null ? null : codebook.frame(frame).map(f -> f.color()).orElse(null);
        context.dialogs().askText("Add code", "Name of the new code:", "")
                .filter(name -> !name.isBlank())
                .ifPresent(name -> context.write(wb -> wb.codebook().addCode(name.strip(), frame, null, color, null)));
    }

    /** Asks for a new name of the selected code or scenario. */
    public void rename() {
        CodebookNode node = selected.get();
        if (node == null || !node.isCodable()) {
            return;
        }
        context.dialogs().askText("Rename", "New name for '" + node.name() + "':", node.name())
                .filter(name -> !name.isBlank() && !name.strip().equals(node.name()))
                .ifPresent(name -> rename(node, name.strip()));
    }

    void rename(CodebookNode node, String name) {
        Optional<Code> code = codebook.code(node.id());
        if (node.kind() == CodebookNode.Kind.SCENARIO && code.isPresent()) {
            long scenarioId = code.get().scenarioId();
            context.write(wb -> wb.codebook().renameScenario(scenarioId, name));
        } else {
            code.ifPresent(c -> update(c, name, c.frameId(), c.shortcut()));
        }
    }

    /** Deletes the selected code after the user confirms, naming how many passages go with it. */
    public void delete() {
        CodebookNode node = selected.get();
        if (node == null || node.kind() != CodebookNode.Kind.CODE) {
            return;
        }
        context.read(wb -> wb.codebook().passageCount(node.id()), count -> {
            if (context.dialogs().confirm("Delete code", "Delete '" + node.name() + "' and its " + count
                    + " coded passage(s)? You can undo this.")) {
                context.write(wb -> wb.codebook().deleteCode(node.id()));
            }
        });
    }

    /** Merges the selected code into another the user picks, after confirming the passages that move. */
    public void merge() {
        CodebookNode node = selected.get();
        if (node == null || node.kind() != CodebookNode.Kind.CODE) {
            return;
        }
        List<CodeChoice> targets = codebook.codes().stream()
                .filter(c -> c.id() != node.id() && !c.isScenarioCode())
                .map(CodeChoice::new).toList();
        context.dialogs().choose("Merge code", "Merge '" + node.name() + "' into:", targets)
                .ifPresent(into -> context.read(wb -> wb.codebook().passageCount(node.id()), count -> {
                    if (context.dialogs().confirm("Merge code", "Move " + count + " passage(s) from '" + node.name()
                            + "' to '" + into.code().name() + "' and delete '" + node.name() + "'?")) {
                        context.write(wb -> wb.codebook().mergeCode(node.id(), into.code().id()));
                    }
                }));
    }

    /** Moves the selected code to another frame the user picks, as one undoable edit. */
    public void moveToFrame() {
        Optional<Code> code = selectedCode();
        if (code.isEmpty()) {
            return;
        }
        Code c = code.get();
        List<FrameChoice> frames = codebook.frames().stream()
                .filter(f -> c.frameId() == null || f.id() != c.frameId())
                .map(FrameChoice::new).toList();
        context.dialogs().choose("Move code", "Move '" + c.name() + "' to frame:", frames)
                .ifPresent(to -> update(c, c.name(), to.frame().id(), c.shortcut()));
    }

    /** Assigns the selected code a coding key 1-9 (0 or blank clears it); a key in use elsewhere is refused. */
    public void assignShortcut() {
        Optional<Code> code = selectedCode();
        if (code.isEmpty()) {
            return;
        }
        Code c = code.get();
        context.dialogs().askText("Coding key", "Key 1-9 for '" + c.name() + "' (empty for none):",
                c.shortcut() == 0 ? "" : Integer.toString(c.shortcut())).ifPresent(text -> {
                    try {
                        update(c, c.name(), c.frameId(), CodingKey.parse(text, c, codebook));
                    } catch (ParallaxException e) {
                        context.dialogs().showError("Coding key", e.getMessage());
                    }
                });
    }

    private Optional<Code> selectedCode() {
        CodebookNode node = selected.get();
        if (node == null || !node.isCodable()) {
            return Optional.empty();
        }
        return codebook.code(node.id());
    }

    private void update(Code c, String name, Long frameId, int shortcut) {
        context.write(wb -> wb.codebook().updateCode(new Code(c.id(), c.parentId(), frameId, c.scenarioId(), name,
                c.color(), c.definition(), shortcut, c.position())));
    }

    public void addScenario() {
        context.dialogs().askText("Add scenario", "Name of the new scenario:", "")
                .filter(name -> !name.isBlank())
                .ifPresent(name -> context.write(wb -> wb.codebook().addScenario(name.strip(), null)));
    }

    public ObservableList<CodebookNode> roots() {
        return roots;
    }

    public ObjectProperty<CodebookNode> selectedProperty() {
        return selected;
    }

    public Codebook codebook() {
        return codebook;
    }

    private record Loaded(Codebook book, List<CodebookNode> roots) {
    }

    /** A frame offered in a choice dialog, shown by name. */
    public record FrameChoice(Frame frame) {
        @Override
        public String toString() {
            return frame.name();
        }
    }

    /** A code offered in a choice dialog, shown by name. */
    public record CodeChoice(Code code) {
        @Override
        public String toString() {
            return code.name();
        }
    }
}
