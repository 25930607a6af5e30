package org.parallax.ui.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.DiskFullException;
import org.parallax.model.Segment;
import org.parallax.ui.common.ErrorMessages;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.VisiblePassages;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/**
 * The open document: its text, its coded passages cut into highlight runs, the user's selection, and the
 * coding actions on it (code the selection, remove, recode, memo).
 */
public final class DocumentViewModel {
    private final ProjectContext context;
    private final ObjectProperty<OpenDocument> document = new SimpleObjectProperty<>();
    private final ObjectProperty<TextRange> selection = new SimpleObjectProperty<>(new TextRange(0, 0));
    private EvidenceHandler evidenceHandler = (d, s, e, id, label) -> { };
    private final ObjectProperty<TextRange> reveal = new SimpleObjectProperty<>();
    private final IntegerProperty firstShown = new SimpleIntegerProperty();
    private final ObjectProperty<TextRange> top = new SimpleObjectProperty<>();
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(true);
    private final ObjectProperty<FrameLens> lens = new SimpleObjectProperty<>(FrameLens.ALL);
    private final ObjectProperty<SearchMarks> searchMarks = new SimpleObjectProperty<>(SearchMarks.NONE);
    private final ObjectProperty<SuggestionMarks> suggestionMarks = new SimpleObjectProperty<>(SuggestionMarks.NONE);
    private SuggestionKeys suggestionKeys = SuggestionKeys.NONE;
    /**
     * The document last asked for, or -1: a read of another one finishing after it (the reload a save of the
     * details left behind) is not shown over it.
     */
    private long requested = -1;

    public DocumentViewModel(ProjectContext context) {
        this.context = context;
        context.onEvent(e -> {
            if (e != ProjectEvent.DOCUMENTS) {
                reloadPassages();
            } else if (e == ProjectEvent.DOCUMENTS && document.get() != null) {
                reloadOpen(document.get().id());
            }
        });
        lens.addListener((o, was, now) -> reloadPassages());
    }

    /** Loads a document's text and passages in the background; {@code then} runs once it is shown. */
    public void show(long documentId, Runnable then) {
        requested = documentId;
        context.read(wb -> {
            String title = wb.documents().require(documentId).title();
            String text = wb.documents().text(documentId);
            Codebook book = wb.codebook().current();
            List<Segment> passages = lensed(passagesOf(wb, documentId), book);
            return OpenDocument.of(documentId, title, text, passages, book).withProvenance(provenance(wb, passages));
        }, loaded -> {
            if (loaded.id() != requested) {
                return;
            }
            // Re-reading the open document (its details changed, views reloaded) keeps the selection, as the text
            // view keeps it on screen: reset, a number key coded nothing under a selection still shown.
            OpenDocument before = document.get();
            if (before == null || before.id() != loaded.id() || !before.text().equals(loaded.text())) {
                selection.set(new TextRange(0, 0));
            }
            document.set(loaded);
            then.run();
        });
    }

    /**
     * Reads the open document again after a change to the documents (its title may have changed); a document
     * removed meanwhile is shown no longer, where reading it again failed with "No document with id …".
     */
    private void reloadOpen(long documentId) {
        context.read(wb -> wb.documents().get(documentId).isPresent(), present -> {
            OpenDocument open = document.get();
            if (requested != documentId) {
                return;
            }
            if (present) {
                show(documentId);
            } else if (open != null && open.id() == documentId) {
                clear();
            }
        });
    }

    public void show(long documentId) {
        show(documentId, () -> {
        });
    }

    /** Opens a document showing it from the stored {@code offset} on: where it was read when last open. */
    public void showFrom(long documentId, int offset) {
        show(documentId, () -> top.set(new TextRange(offset, offset)));
    }

    /** Shows no document, e.g. when the project closes. */
    public void clear() {
        requested = -1;
        document.set(null);
    }

    /** Opens a document if needed, then selects and scrolls to {@code [start, end)}. */
    public void reveal(long documentId, int start, int end) {
        // Cleared first, so the same range asked again (undo, redo, undo) is shown again, in this document or another.
        Runnable select = () -> {
            reveal.set(null);
            reveal.set(new TextRange(start, end));
        };
        OpenDocument open = document.get();
        if (open != null && open.id() == documentId) {
            select.run();
        } else {
            show(documentId, select);
        }
    }

    /**
     * Selects the open document's next passage after the selection or caret ({@code forward}), or the one before it,
     * and scrolls to it: the keyboard reads and works through a transcript passage by passage (its memo, its code, its
     * context menu), where only a click could reach a passage. False, changing nothing, when there is none that way.
     */
    public boolean stepToPassage(boolean forward) {
        OpenDocument open = document.get();
        if (open == null) {
            return false;
        }
        TextRange at = selection.get() == null ? new TextRange(0, 0) : selection.get();
        Optional<Segment> next = PassageSteps.from(open.passages(), at, forward);
        next.ifPresent(s -> {
            reveal.set(null);
            reveal.set(new TextRange(s.start(), s.end()));
        });
        return next.isPresent();
    }

    private void reloadPassages() {
        OpenDocument open = document.get();
        if (open == null) {
            return;
        }
        context.read(wb -> {
                    Codebook book = wb.codebook().current();
                    List<Segment> passages = lensed(passagesOf(wb, open.id()), book);
                    return open.withPassages(passages, book).withProvenance(provenance(wb, passages));
                },
                updated -> {
                    if (document.get() != null && document.get().id() == updated.id()) {
                        document.set(updated);
                    }
                });
    }

    /** The provenance line of each passage the assistant suggested, for the passage's details. */
    private static Map<Long, String> provenance(Workbench wb, List<Segment> passages) {
        Map<Long, String> out = new HashMap<>();
        wb.coding().provenance(passages.stream().map(Segment::id).toList())
                .forEach((id, p) -> out.put(id, p.describe()));
        return out;
    }

    /** A document's visible passages from the workbench's memory, in text order: no database round trip. */
    static List<Segment> passagesOf(Workbench wb, long documentId) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : VisiblePassages.of(wb)) {
            if (s.documentId() == documentId) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(Segment::start).thenComparingLong(Segment::id));
        return out;
    }

    private List<Segment> lensed(List<Segment> passages, Codebook book) {
        FrameLens current = lens.get();
        return current == null ? passages : current.filter(passages, book);
    }

    /** Codes the current selection (snapped to words if asked) with a code; does nothing without a selection. */
    public boolean codeSelection(long codeId) {
        return code(selection.get(), codeId);
    }

    /**
     * Codes {@code range} of the open document (snapped to words if asked) with a code, as a selection of it in
     * another view of the text (the split lens view's) asks; does nothing without a range.
     */
    public boolean code(TextRange range, long codeId) {
        OpenDocument open = document.get();
        if (open == null || range == null || range.isEmpty()) {
            return false;
        }
        int start = range.start();
        int end = range.end();
        if (snapToWords.get()) {
            int[] snapped = WordSnap.snap(open.text(), start, end);
            start = snapped[0];
            end = snapped[1];
        }
        int s = start;
        int e = end;
        // The caret moves past the coded passage, so a second click on a code does not code it twice.
        context.act(wb -> codeOrSayWhatToDo(wb, open.id(), s, e, codeId), saved -> reveal.set(new TextRange(e, e)));
        return true;
    }

    /**
     * A coding a full disk refused said only that nothing was saved: the researcher is told what to do, and that the
     * selection (left as it was, the caret moving on only once a passage is coded) waits to be coded again.
     */
    private static Segment codeOrSayWhatToDo(Workbench wb, long documentId, int start, int end, long codeId) {
        try {
            return wb.coding().code(documentId, start, end, codeId, null);
        } catch (RuntimeException refused) {
            if (!DiskFullException.causedBy(refused)) {
                throw refused;
            }
            throw new DiskFullException(ErrorMessages.of(refused) + "; free some space on the disk, then code the "
                    + "passage again: the selection is kept", refused);
        }
    }

    /** Codes the selection with the code whose shortcut is {@code digit} (1-9), if there is one. */
    public boolean codeWithShortcut(int digit) {
        OpenDocument open = document.get();
        if (open == null) {
            return false;
        }
        Optional<Code> code = open.codebook().codeOfKey(digit);
        return code.isPresent() && codeSelection(code.get().id());
    }

    /** Whether a code of the open document's codebook has key {@code digit}. */
    public boolean hasCodeOfKey(int digit) {
        OpenDocument open = document.get();
        return open != null && open.codebook().codeOfKey(digit).isPresent();
    }

    /** The passages covering {@code offset}, innermost (latest starting) first. */
    public List<Segment> passagesAt(int offset) {
        OpenDocument open = document.get();
        if (open == null) {
            return List.of();
        }
        List<Segment> out = new ArrayList<>();
        for (Segment s : open.passages()) {
            if (s.start() <= offset && offset < s.end()) {
                out.add(0, s);
            }
        }
        return out;
    }

    /** The names of the codes at {@code offset}, each passage memo there below its code, for the hover tooltip. */
    public List<String> codeNamesAt(int offset) {
        OpenDocument open = document.get();
        if (open == null) {
            return List.of();
        }
        HighlightRun run = HighlightRuns.at(open.runs(), offset);
        if (run == null) {
            return List.of();
        }
        Map<Long, Code> codes = open.codebook().codesById();
        List<String> lines = new ArrayList<>();
        for (long id : run.codeIds()) {
            lines.add(codes.containsKey(id) ? codes.get(id).name() : "?");
            for (Segment s : open.passages()) {
                if (s.codeId() == id && run.segmentIds().contains(s.id())) {
                    if (s.memo() != null) {
                        lines.add("  Memo: " + MemoPreview.of(s.memo()));
                    }
                    if (open.provenance().containsKey(s.id())) {
                        lines.add("  " + open.provenance().get(s.id()));
                    }
                }
            }
        }
        return lines;
    }

    public void remove(Segment passage) {
        context.write(wb -> wb.coding().uncode(passage.id()));
    }

    public void changeCode(Segment passage, long codeId) {
        context.write(wb -> wb.coding().changeCode(passage.id(), codeId));
    }

    public void editMemo(Segment passage, String memo) {
        context.write(wb -> wb.coding().setMemo(passage.id(), memo));
    }

    /** Where "Use as evidence…" sends a passage or selection: document, start, end, passage id or null, label. */
    @FunctionalInterface
    public interface EvidenceHandler {
        void use(long documentId, int start, int end, Long segmentId, String label);
    }

    public void setEvidenceHandler(EvidenceHandler handler) {
        this.evidenceHandler = handler;
    }

    /** Offers a coded passage as evidence (process tracing). */
    public void useAsEvidence(Segment passage) {
        OpenDocument open = document.get();
        if (open == null) {
            return;
        }
        Code code = open.codebook().codesById().get(passage.codeId());
        evidenceHandler.use(open.id(), passage.start(), passage.end(), passage.id(), (code == null ? "?"
                : code.name()) + " in " + open.title() + " [" + passage.start() + ", " + passage.end() + ")");
    }

    /** Offers the current selection (snapped to words if asked) as evidence; false without a selection. */
    public boolean useSelectionAsEvidence() {
        return useAsEvidence(selection.get());
    }

    /** Offers {@code range} of the open document (snapped to words if asked) as evidence; false without a range. */
    public boolean useAsEvidence(TextRange range) {
        OpenDocument open = document.get();
        if (open == null || range == null || range.isEmpty()) {
            return false;
        }
        int[] span = snapToWords.get() ? WordSnap.snap(open.text(), range.start(), range.end())
                : new int[] {range.start(), range.end()};
        evidenceHandler.use(open.id(), span[0], span[1], null, "selection in " + open.title() + " [" + span[0]
                + ", " + span[1] + ")");
        return true;
    }

    /** Codes that a passage can be given instead of its own. */
    public List<Code> otherCodes(Segment passage) {
        OpenDocument open = document.get();
        Codebook book = open == null ? Codebook.empty() : open.codebook();
        return book.codes().stream().filter(c -> c.id() != passage.codeId()).toList();
    }

    public ObjectProperty<OpenDocument> documentProperty() {
        return document;
    }

    public ObjectProperty<TextRange> selectionProperty() {
        return selection;
    }

    /** A range the view should select and scroll to (an empty one only places the caret); set anew each time. */
    public ObjectProperty<TextRange> revealProperty() {
        return reveal;
    }

    /** The stored offset of the first character the view shows of the open document; the view sets it as it scrolls. */
    public IntegerProperty firstShownProperty() {
        return firstShown;
    }

    /** A place the view should show at its top (from {@link #showFrom}); set anew each time. */
    public ObjectProperty<TextRange> topProperty() {
        return top;
    }

    /** Search hits marked in the text, set while a search result is being read, NONE otherwise. */
    public ObjectProperty<SearchMarks> searchMarksProperty() {
        return searchMarks;
    }

    /** The assistant's suggestions marked in the open document, NONE while suggestions are off. */
    public ObjectProperty<SuggestionMarks> suggestionMarksProperty() {
        return suggestionMarks;
    }

    /** Where the suggestion keys (A/Enter, R, N/Tab) go while the text has the focus. */
    public void setSuggestionKeys(SuggestionKeys keys) {
        this.suggestionKeys = keys == null ? SuggestionKeys.NONE : keys;
    }

    /** A suggestion key pressed in the text; false when no suggestion of the open document takes it. */
    public boolean suggestionKey(SuggestionKeys.Action action) {
        OpenDocument open = document.get();
        SuggestionMarks marks = suggestionMarks.get();
        return open != null && marks.documentId() == open.id() && !marks.isEmpty() && suggestionKeys.act(action);
    }

    /** The frame whose passages the text shows ({@link FrameLens#ALL} for every passage). */
    public ObjectProperty<FrameLens> lensProperty() {
        return lens;
    }

    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }
}
