package org.parallax.ui.lens;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Frame;
import org.parallax.model.Segment;
import org.parallax.ui.codebook.CodebookNode;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/** The frame guide panel: the selected frame's tenets, or the selected code's definition, rules and anchors. */
public final class GuideViewModel {
    private static final int QUOTE_LIMIT = 240;
    private final ProjectContext context;
    private final ObjectProperty<Guide> guide = new SimpleObjectProperty<>(Guide.NONE);
    private CodebookNode node;
    private Consumer<AnchorRow> opener = row -> {
    };

    public GuideViewModel(ProjectContext context) {
        this.context = context;
        context.onEvent(e -> {
            if (e != ProjectEvent.DOCUMENTS) {
                show(node);
            }
        });
    }

    /** Shows the guide of a frame or code node; other nodes (or none) show a hint. */
    public void show(CodebookNode selected) {
        node = selected;
        if (selected == null || !context.isOpen() || selected.kind() == CodebookNode.Kind.HEADING) {
            guide.set(Guide.NONE);
            return;
        }
        context.read(wb -> guideOf(wb, selected), loaded -> {
            if (node == selected) {
                guide.set(loaded);
            }
        });
    }

    static Guide guideOf(Workbench wb, CodebookNode node) {
        var book = wb.codebook().current();
        if (node.kind() == CodebookNode.Kind.FRAME) {
            return book.frame(node.id()).map(f -> frameGuide(f)).orElse(Guide.NONE);
        }
        return book.code(node.id()).map(c -> new Guide(c.name(), text(c.definition()), text(c.inclusion()),
                text(c.exclusion()), anchors(wb, c))).orElse(Guide.NONE);
    }

    private static Guide frameGuide(Frame frame) {
        return new Guide(frame.name(), text(frame.description()), "", "", List.of());
    }

    private static List<AnchorRow> anchors(Workbench wb, Code code) {
        return wb.codebook().anchors(code.id()).stream().map(s -> row(wb, s)).toList();
    }

    private static AnchorRow row(Workbench wb, Segment s) {
        Document d = wb.documents().require(s.documentId());
        String text = wb.documents().text(s.documentId());
        String quote = text.substring(Math.min(s.start(), text.length()), Math.min(s.end(), text.length()))
                .replaceAll("\\s+", " ").strip();
        if (quote.length() > QUOTE_LIMIT) {
            quote = quote.substring(0, QUOTE_LIMIT) + "…";
        }
        return new AnchorRow(d.id(), s.start(), s.end(), d.meta().title(), d.meta().date(), quote);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Opens an anchor's passage in the document view. */
    public void open(AnchorRow anchor) {
        opener.accept(anchor);
    }

    public void setOpener(Consumer<AnchorRow> opener) {
        this.opener = opener;
    }

    public ReadOnlyObjectProperty<Guide> guideProperty() {
        return guide;
    }
}
