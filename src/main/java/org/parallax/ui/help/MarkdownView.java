package org.parallax.ui.help;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Shows the Markdown the docs are written in as readable text: headings, paragraphs, lists, code blocks,
 * tables (as a grid whose cells wrap) and images; links to other pages open them, other links show their text.
 */
final class MarkdownView extends VBox {
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|!?\\[([^\\]]*)\\]\\(([^)]+)\\)");
    private static final double MAX_IMAGE_WIDTH = 900;
    private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)\\]\\(([^)]+)\\)\\s*$");
    /** A table's line under its header: cells of dashes, optionally with colons for alignment. */
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?(\\s*:?-+:?\\s*\\|)+\\s*(:?-+:?\\s*)?$");
    /** A cell boundary: a pipe that is not escaped as {@code \|} (which a cell uses to show a pipe). */
    private static final Pattern CELL_BOUNDARY = Pattern.compile("(?<!\\\\)\\|");
    /** A column's share of the page follows the characters of its longest cell, within these bounds. */
    private static final int NARROWEST_COLUMN = 6;
    private static final int WIDEST_COLUMN = 90;

    private final Consumer<String> openPage;

    MarkdownView(Consumer<String> openPage) {
        super(8);
        this.openPage = openPage;
        getStyleClass().add("help-page");
    }

    void show(String markdown) {
        getChildren().clear();
        List<String> block = new ArrayList<>();
        boolean code = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (code) {
                    getChildren().add(monospace(block));
                    block.clear();
                } else {
                    flush(block);
                }
                code = !code;
            } else if (code) {
                block.add(line);
            } else if (line.isBlank()) {
                flush(block);
            } else if (line.startsWith("#") || line.startsWith("- ") || line.startsWith("* ")
                    || line.matches("^\\d+\\. .*") || IMAGE.matcher(line).matches()) {
                flush(block);
                block.add(line);
                if (line.startsWith("#") || IMAGE.matcher(line).matches()) {
                    flush(block);
                }
            } else {
                block.add(line);
            }
        }
        flush(block);
    }

    private void flush(List<String> block) {
        if (block.isEmpty()) {
            return;
        }
        String first = block.get(0);
        Matcher image = IMAGE.matcher(first);
        if (first.startsWith("#")) {
            int level = (int) first.chars().takeWhile(c -> c == '#').count();
            TextFlow heading = inline(first.substring(level).strip());
            heading.getStyleClass().add("help-h" + Math.min(level, 3));
            getChildren().add(heading);
        } else if (image.matches()) {
            HelpPages.resource(image.group(2)).ifPresentOrElse(url -> getChildren().add(picture(url)),
                    () -> getChildren().add(inline("[" + image.group(1) + "]")));
        } else if (first.startsWith("|")) {
            getChildren().add(table(block));
        } else {
            getChildren().add(inline(String.join(first.startsWith("- ") || first.startsWith("* ")
                    || first.matches("^\\d+\\. .*") ? "\n" : " ", block).replaceAll("(?m)^[-*] ", "•  ")));
        }
        block.clear();
    }

    /** An image as wide as the page allows (at most its own width), so the text beside it still wraps. */
    private static Node picture(String url) {
        Image image = new Image(url, MAX_IMAGE_WIDTH, 0, true, true, false);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        StackPane box = new StackPane(view);
        box.setMinWidth(0);
        box.setAlignment(Pos.TOP_LEFT);
        view.fitWidthProperty().bind(Bindings.min(image.getWidth(), box.widthProperty()));
        return box;
    }

    /**
     * A Markdown table as a grid: the header row bold, each cell's inline Markdown rendered, and each column as wide
     * as its longest cell asks (within bounds), so long cells wrap inside the page instead of running past it.
     */
    private Node table(List<String> lines) {
        List<List<String>> rows = lines.stream().filter(line -> !TABLE_RULE.matcher(line).matches())
                .map(MarkdownView::cells).toList();
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-table");
        double[] weights = new double[columns];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                TextFlow cell = inline(row.get(c));
                cell.getStyleClass().add(r == 0 ? "help-table-head" : "help-table-cell");
                cell.setMinWidth(0);
                grid.add(cell, c, r);
                int wants = Math.min(WIDEST_COLUMN, Math.max(NARROWEST_COLUMN, row.get(c).length()));
                weights[c] = Math.max(weights[c], wants);
            }
        }
        double total = Arrays.stream(weights).sum();
        for (double weight : weights) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100 * weight / total);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    /** The cells of one table line, with escaped pipes shown as pipes. */
    private static List<String> cells(String line) {
        String inner = line.strip().replaceFirst("^\\|", "").replaceFirst("(?<!\\\\)\\|$", "");
        return Arrays.stream(CELL_BOUNDARY.split(inner, -1)).map(cell -> cell.strip().replace("\\|", "|")).toList();
    }

    private static Node monospace(List<String> lines) {
        Text text = new Text(String.join("\n", lines));
        text.getStyleClass().add("help-code");
        TextFlow flow = new TextFlow(text);
        flow.getStyleClass().add("help-code-block");
        return flow;
    }

    /** A paragraph with `code`, **bold** and [links](target) rendered. */
    private TextFlow inline(String text) {
        TextFlow flow = new TextFlow();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            flow.getChildren().add(new Text(text.substring(at, m.start())));
            if (m.group(1) != null) {
                Text code = new Text(m.group(1));
                code.getStyleClass().add("help-code");
                flow.getChildren().add(code);
            } else if (m.group(2) != null) {
                Text bold = new Text(m.group(2));
                bold.getStyleClass().add("help-bold");
                flow.getChildren().add(bold);
            } else {
                flow.getChildren().add(link(m.group(3), m.group(4)));
            }
            at = m.end();
        }
        flow.getChildren().add(new Text(text.substring(at)));
        return flow;
    }

    /** A link to another bundled page opens it; any other link shows its text only (nothing leaves the app). */
    private Node link(String label, String target) {
        String page = target.replaceFirst("#.*$", "").replaceFirst("^(\\./)?(docs/)?", "");
        if (HelpPages.pages().contains(page)) {
            Hyperlink link = new Hyperlink(label);
            link.setOnAction(e -> openPage.accept(page));
            return link;
        }
        return new Text(label);
    }
}
