package org.parallax.ui.codebook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Code;
import org.parallax.model.Names;
import org.parallax.model.Codebook;
import org.parallax.model.Counted;
import org.parallax.model.Frame;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.passages.PassageRows;
import org.parallax.workbench.LeadsOnly;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/**
 * The codebook tree with live passage counts and a filter, and the codebook edits: entry forms for codes,
 * frames and scenarios, rename, move (menu or drag), merge and delete, each an undoable workbench edit.
 */
public final class CodebookViewModel {
    private final ProjectContext context;
    private final ObservableList<CodebookNode> roots = FXCollections.observableArrayList();
    private final ObjectProperty<CodebookNode> selected = new SimpleObjectProperty<>();
    /** Every entry selected, the one in {@link #selected} among them: Move to frame… acts on all their codes. */
    private final ObservableList<CodebookNode> chosen = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private Codebook codebook = Codebook.empty();
    private List<CodebookNode> unfiltered = List.of();
    private Consumer<EntryForm> presenter = form -> {
    };

    private final Runnable reload;
    /** A code or frame the user has just made: selected once the reloaded tree holds it, so its guide shows. */
    private CodebookNode.Kind madeKind;
    private long madeId;

    public CodebookViewModel(ProjectContext context) {
        this.context = context;
        this.reload = context.coalesced(wb -> {
            Codebook book = wb.codebook().current();
            return new Loaded(book, CodebookTree.of(book, counts(wb)));
        }, loaded -> {
            codebook = loaded.book();
            unfiltered = loaded.roots();
            if (madeKind != null) {
                find(unfiltered, madeKind, madeId).ifPresent(selected::set);
                madeKind = null;
            }
            roots.setAll(CodebookTree.filter(unfiltered, filter.get()));
        });
        filter.addListener((o, was, now) -> roots.setAll(CodebookTree.filter(unfiltered, now)));
        context.workbenchProperty().addListener((o, was, now) -> {
            selected.set(null);
            chosen.clear();
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
        for (Segment s : wb.analysis().countedPassages()) {
            counts.merge(s.codeId(), 1, Integer::sum);
        }
        return counts;
    }

    /** Shows entry forms to the user: the view opens a dialog whose OK saves the form. */
    public void setFormPresenter(Consumer<EntryForm> presenter) {
        this.presenter = presenter;
    }

    /** Opens the form of a new code, placed in the selected frame or beside the selected code. */
    public void addCode() {
        if (!context.allows(LeadsOnly.CODEBOOK, "Add code")) {
            return;
        }
        CodebookNode at = selected.get();
        EntryForm.Place where = new EntryForm.Place("No frame", null, null);
        if (at != null && at.kind() == CodebookNode.Kind.FRAME) {
            where = EntryForm.places(codebook, null).stream().filter(p -> p.parentId() == null
                    && Long.valueOf(at.id()).equals(p.frameId())).findFirst().orElse(where);
        } else if (at != null && at.kind() == CodebookNode.Kind.CODE) {
            Code beside = codebook.code(at.id()).orElse(null);
            if (beside != null) {
                where = EntryForm.places(codebook, null).stream().filter(p -> beside.parentId() == null
                        ? p.parentId() == null && Objects.equals(p.frameId(), beside.frameId())
                        : beside.parentId().equals(p.parentId())).findFirst().orElse(where);
            }
        }
        presenter.accept(selectWhenMade(EntryForm.newCode(context, codebook, where), CodebookNode.Kind.CODE));
    }

    public void addFrame() {
        if (!context.allows(LeadsOnly.CODEBOOK, "Add frame")) {
            return;
        }
        presenter.accept(selectWhenMade(EntryForm.newFrame(context, codebook), CodebookNode.Kind.FRAME));
    }

    /** The reload after the save may already have run: one more, after it, carries the selection. */
    private EntryForm selectWhenMade(EntryForm form, CodebookNode.Kind kind) {
        form.onCreated(id -> {
            madeKind = kind;
            madeId = id;
            refresh();
        });
        return form;
    }

    private static Optional<CodebookNode> find(List<CodebookNode> nodes, CodebookNode.Kind kind, long id) {
        for (CodebookNode node : nodes) {
            if (node.kind() == kind && node.id() == id) {
                return Optional.of(node);
            }
            Optional<CodebookNode> inside = find(node.children(), kind, id);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    /** Opens the form of the selected code, frame or scenario. */
    public void edit() {
        CodebookNode node = selected.get();
        if (!chosen(node != null && node.kind() != CodebookNode.Kind.HEADING, "Edit",
                "a code, a frame or a scenario")) {
            return;
        }
        Codebook book = codebook;
        switch (node.kind()) {
            case FRAME -> book.frame(node.id()).ifPresent(f -> presenter.accept(EntryForm.editFrame(context, book, f)));
            case SCENARIO -> book.code(node.id()).map(Code::scenarioId).flatMap(book::scenario)
                    .ifPresent(sc -> presenter.accept(EntryForm.editScenario(context, book, sc)));
            case CODE -> book.code(node.id()).ifPresent(c -> context.read(wb -> anchorChoices(wb, c.id()),
                    passages -> presenter.accept(EntryForm.editCode(context, book, c, passages))));
            default -> {
            }
        }
    }

    /** A code's passages, its anchor examples ticked, for the code form. */
    private static List<AnchorChoice> anchorChoices(Workbench wb, long codeId) {
        Set<Long> anchored = new HashSet<>();
        wb.codebook().anchors(codeId).forEach(s -> anchored.add(s.id()));
        return PassageRows.load(wb, wb.coding().segmentsOfCode(codeId)).stream()
                .map(r -> new AnchorChoice(r.segment().id(), r.listed(),
                        anchored.contains(r.segment().id())))
                .toList();
    }

    /**
     * Moves a code onto a frame (top level), under another code, or to "Other codes", as one undoable edit;
     * the view calls it when a code is dragged onto another entry.
     */
    public void move(long codeId, CodebookNode target) {
        if (target == null || (target.kind() == CodebookNode.Kind.CODE && target.id() == codeId)) {
            return;
        }
        switch (target.kind()) {
            case FRAME -> context.write(wb -> wb.codebook().moveCode(codeId, target.id(), null));
            case CODE -> context.write(wb -> wb.codebook().moveCode(codeId, null, target.id()));
            case HEADING -> {
                if (target.name().equals(CodebookTree.OTHER_CODES)) {
                    context.write(wb -> wb.codebook().moveCode(codeId, null, null));
                }
            }
            default -> {
            }
        }
    }

    /** Whether a dragged code may be dropped on {@code target}. */
    public boolean canMove(long codeId, CodebookNode target) {
        if (target == null || codebook.code(codeId).map(Code::isScenarioCode).orElse(true)) {
            return false;
        }
        return switch (target.kind()) {
            case FRAME -> true;
            case CODE -> target.id() != codeId && EntryForm.places(codebook, codebook.code(codeId).get()).stream()
                    .anyMatch(p -> Long.valueOf(target.id()).equals(p.parentId()));
            case HEADING -> target.name().equals(CodebookTree.OTHER_CODES);
            default -> false;
        };
    }

    /** Asks for a new name of the selected code or scenario. */
    public void rename() {
        CodebookNode node = selected.get();
        if (!chosen(node != null && node.isCodable(), "Rename", "a code or a scenario")
                || !context.allows(LeadsOnly.CODEBOOK, "Rename")) {
            return;
        }
        askNewName(node, "New name for '" + node.name() + "':", node.name());
    }

    /**
     * Asks for a code's new name; a name another code has is asked again with what was typed kept and the way to
     * combine the two named (the refusal closed the dialog, and the name had to be typed again).
     */
    private void askNewName(CodebookNode node, String prompt, String initial) {
        context.dialogs().askText("Rename", prompt, initial)
                .filter(name -> !name.isBlank() && !name.strip().equals(node.name()))
                .ifPresent(name -> {
                    String wanted = Names.clean(name);
                    boolean taken = node.kind() == CodebookNode.Kind.CODE && codebook.codeNamed(wanted)
                            .filter(other -> other.id() != node.id()).isPresent();
                    if (taken) {
                        askNewName(node, "A code named '" + wanted + "' already exists. Another name for '"
                                + node.name() + "' (or cancel, and use Merge into… to make the two one code):", name);
                    } else {
                        rename(node, name.strip());
                    }
                });
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

    /**
     * Deletes the selected code, frame or scenario after the user confirms, naming what goes with it (a frame's codes
     * stay, in no frame).
     */
    public void delete() {
        CodebookNode node = selected.get();
        if (!chosen(node != null && node.kind() != CodebookNode.Kind.HEADING, "Delete", "a code, a frame or a scenario")
                || !context.allows(LeadsOnly.CODEBOOK, "Delete")) {
            return;
        }
        switch (node.kind()) {
            case FRAME -> deleteFrame(node);
            case SCENARIO -> codebook.code(node.id()).map(Code::scenarioId).ifPresent(id -> deleteScenario(node, id));
            default -> deleteCode(node);
        }
    }

    private void deleteCode(CodebookNode node) {
        context.read(wb -> List.of(wb.codebook().passageCount(node.id()), wb.codebook().hiddenPassageCount(node.id())),
                counts -> {
                    int count = counts.get(0);
                    // Its memo, its passages' memos and its anchor examples go with it: the researcher must know
                    // before, and of the passages blind mode hides too, which go as well.
                    if (context.dialogs().confirm("Delete code", "Delete '" + node.name() + "' and its "
                            + Counted.of(count, "coded passage") + hidden(counts.get(1)) + "? Its memo, the memos on "
                            + "those passages and its anchor examples go too. Edit → Undo (Ctrl+Z) brings them all "
                            + "back.")) {
                        context.write(wb -> wb.codebook().deleteCode(node.id(), count));
                    }
                });
    }

    /** A frame's codes and their passages are kept, in no frame: the question says how many, so none is a surprise. */
    private void deleteFrame(CodebookNode node) {
        context.read(wb -> {
            List<Code> codes = wb.codebook().current().frame(node.id()).map(f -> wb.codebook().current().codesOf(f))
                    .orElse(List.of());
            return List.of(codes.size(), codes.stream().mapToInt(c -> wb.codebook().passageCount(c.id())).sum());
        }, counts -> {
            String held = counts.get(0) == 0 ? " It holds no codes." : " Its " + Counted.of(counts.get(0), "code")
                    + (counts.get(0) == 1 ? " and its " : " and their ") + Counted.of(counts.get(1), "coded passage")
                    + " stay, under "
                    + CodebookTree.OTHER_CODES + ", and Table 1 loses its row.";
            if (context.dialogs().confirm("Delete frame", "Delete the frame '" + node.name() + "'?" + held
                    + " Edit → Undo (Ctrl+Z) brings it back as it was.")) {
                context.write(wb -> wb.codebook().deleteFrame(node.id()));
            }
        });
    }

    private void deleteScenario(CodebookNode node, long scenarioId) {
        context.read(wb -> List.of(wb.codebook().passageCount(node.id()), wb.codebook().documentCount(scenarioId)),
                counts -> {
                    int count = counts.get(0);
                    if (context.dialogs().confirm("Delete scenario", "Delete the scenario '" + node.name() + "', its "
                            + "column of Table 1 and its " + Counted.of(count, "coded passage") + "?"
                            + (counts.get(1) == 0 ? "" : " " + Counted.of(counts.get(1), "document") + " in it will "
                            + "have no scenario.") + " Edit → Undo (Ctrl+Z) brings them all back.")) {
                        context.write(wb -> wb.codebook().deleteScenario(scenarioId, count));
                    }
                });
    }

    /** The passages of a code to delete that blind mode hides from the user, said in the question; "" for none. */
    private static String hidden(int passages) {
        return passages == 0 ? "" : ", " + (passages == 1 ? "one of them another coder's" : passages + " of them "
                + "other coders'") + ", which blind mode hides from you";
    }

    /** Merges the selected code into another the user picks, after confirming the passages that move. */
    public void merge() {
        CodebookNode node = selected.get();
        if (!chosen(node != null && node.kind() == CodebookNode.Kind.CODE, "Merge into", "a code")
                || !context.allows(LeadsOnly.CODEBOOK, "Merge code")) {
            return;
        }
        // Codes of every frame are listed, each with its frame: two frames may name a code alike. Only a code of
        // the same frame is chosen at first, so a quick Enter never merges across frames.
        Long frame = codebook.code(node.id()).map(Code::frameId).orElse(null);
        List<CodeChoice> targets = codebook.codes().stream()
                .filter(c -> c.id() != node.id() && !c.isScenarioCode())
                .map(c -> new CodeChoice(c, c.frameId() == null ? null
                        : codebook.frame(c.frameId()).map(Frame::name).orElse(null)))
                .toList();
        CodeChoice sameFrame = frame == null ? null : targets.stream()
                .filter(t -> frame.equals(t.code().frameId())).findFirst().orElse(null);
        context.dialogs().choose("Merge code", "Merge '" + node.name() + "' into:", targets, sameFrame)
                .ifPresent(into -> context.read(wb -> wb.codebook().passageCount(node.id()), count -> {
                    if (context.dialogs().confirm("Merge code", "Move " + Counted.of(count, "passage") + " from '"
                            + node.name()
                            + "' to '" + into.code().name() + "' and delete '" + node.name() + "'?")) {
                        context.write(wb -> wb.codebook().mergeCode(node.id(), into.code().id(), count));
                    }
                }));
    }

    /**
     * Moves the selected codes (one, or many picked with Ctrl or Shift) to a frame the user picks, each to its top
     * level with its sub-codes under it, as one undoable edit.
     */
    public void moveToFrame() {
        List<Code> codes = chosenCodes();
        if (!chosen(!codes.isEmpty(), "Move to frame", "a code") || !context.allows(LeadsOnly.CODEBOOK, "Move code")) {
            return;
        }
        Long only = codes.size() == 1 ? codes.get(0).frameId() : null;
        List<FrameChoice> frames = codebook.frames().stream().filter(f -> only == null || f.id() != only)
                .map(FrameChoice::new).toList();
        List<Long> ids = codes.stream().map(Code::id).toList();
        context.dialogs().choose("Move code", "Move " + (codes.size() == 1 ? "'" + codes.get(0).name() + "'"
                : codes.size() + " codes") + " to frame:", frames)
                .ifPresent(to -> context.write(wb -> wb.codebook().moveCodes(ids, to.frame().id())));
    }

    /** The codes among the selected entries (scenarios' codes stay with their scenario), in the tree's order. */
    private List<Code> chosenCodes() {
        List<CodebookNode> nodes = chosen.isEmpty() && selected.get() != null ? List.of(selected.get()) : chosen;
        return nodes.stream().filter(n -> n.kind() == CodebookNode.Kind.CODE).map(n -> codebook.code(n.id()))
                .flatMap(Optional::stream).filter(c -> !c.isScenarioCode()).toList();
    }

    /** Assigns the selected code a coding key 1-9 (0 or blank clears it); a key in use elsewhere is refused. */
    public void assignShortcut() {
        Optional<Code> code = selectedCode();
        if (!chosen(code.isPresent(), "Coding key", "a code or a scenario")
                || !context.allows(LeadsOnly.CODEBOOK, "Coding key")) {
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

    /**
     * Whether the selection fits a command; if not, says what to select. The Codebook menu and the panel's buttons
     * are greyed out only while nothing is selected: with a frame selected, Delete code is told what to select, as
     * the codebook's keys (Delete, F2) are, since a command that silently did nothing left a new user guessing.
     */
    private boolean chosen(boolean fits, String command, String what) {
        if (!fits) {
            context.dialogs().showInformation(command, command + ": first select " + what
                    + " in the Codebook panel on the right.");
        }
        return fits;
    }

    private Optional<Code> selectedCode() {
        CodebookNode node = selected.get();
        if (node == null || !node.isCodable()) {
            return Optional.empty();
        }
        return codebook.code(node.id());
    }

    /**
     * Renames, moves or re-keys code {@code c} as the view shows it. The change goes over what is stored now, so
     * details changed elsewhere meanwhile are kept; when the detail changed here was itself changed elsewhere
     * since the view loaded, the change is made against the version shown, which the store refuses naming who.
     */
    private void update(Code c, String name, Long frameId, int shortcut) {
        context.write(wb -> {
            Code stored = wb.codebook().current().code(c.id())
                    .orElseThrow(() -> EntryForm.deletedMeanwhile("Code", c.name()));
            boolean renamed = !name.equals(c.name());
            boolean moved = !Objects.equals(frameId, c.frameId());
            boolean rekeyed = shortcut != c.shortcut();
            boolean clash = renamed && !stored.name().equals(c.name())
                    || moved && !Objects.equals(stored.frameId(), c.frameId())
                    || rekeyed && stored.shortcut() != c.shortcut();
            Code changed = new Code(c.id(), moved ? c.parentId() : stored.parentId(),
                    moved ? frameId : stored.frameId(), stored.scenarioId(), renamed ? name : stored.name(), stored.color(), stored.definition(),
                    rekeyed ? shortcut : stored.shortcut(), stored.position(), null, null,
                    clash ? c.version() : stored.version());
            wb.codebook().updateCode(changed);
        });
    }

    public void addScenario() {
        if (!context.allows(LeadsOnly.CODEBOOK, "Add scenario")) {
            return;
        }
        presenter.accept(EntryForm.newScenario(context, codebook));
    }

    /** The text the tree is filtered by: entries whose name contains it, with their frames and parents. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<CodebookNode> roots() {
        return roots;
    }

    public ObjectProperty<CodebookNode> selectedProperty() {
        return selected;
    }

    /** The entries selected in the tree (Ctrl- or Shift-click picks more than one). */
    public ObservableList<CodebookNode> chosen() {
        return chosen;
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
    /** A code offered as a merge target, shown as "frame › code" ({@code frame} null for a code in none). */
    public record CodeChoice(Code code, String frame) {
        @Override
        public String toString() {
            return frame == null ? code.name() : frame + " › " + code.name();
        }
    }
}
