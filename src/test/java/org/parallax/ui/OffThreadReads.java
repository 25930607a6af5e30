package org.parallax.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reads of the window a robot test makes on the test thread. Such a read walks lists the FX thread may be
 * rebuilding at that moment (a table's rows, a chart's series) and fails at random on a busy machine. A read counts
 * as made on the FX thread inside a call that runs it there ({@code waitUntil}, {@code read}, {@code copy},
 * {@code FxThread.call}, {@code robot.interact}, …) or in a method whose every use is such a place.
 */
final class OffThreadReads {
    /**
     * Reads of nodes, controls, charts, the texts' styles and scroll places, the view-models' lists, and the values
     * of properties ({@code statusProperty().get()}), which the FX thread sets as the window changes.
     */
    private static final Pattern READ = Pattern.compile("\\.(getItems|getChildren|getChildrenUnmodifiable|lookup"
            + "|lookupAll|getData|getText|isDisabled|isVisible|getSelectionModel|isSelected|getValue|isFocused"
            + "|getTabs|getStyleOfChar|getSelectedText|getSelection|getCaretPosition|queryAs|queryAll|queryAllAs"
            + "|query|tryQuery|getRoot|getColumns|rows|roots|columns|getStyleAtPosition|getParagraphs"
            + "|getCurrentParagraph|getCaretColumn|getAnchor|getEstimatedScrollY|getEstimatedScrollX"
            + "|getTotalHeightEstimate|getFont|isShowing|getFocusOwner|\\w+Property\\(\\)\\.get)\\(");
    /** Calls that run what they are given on the FX thread. */
    private static final Set<String> ON_FX = Set.of("call", "find", "interact", "waitUntil", "settled", "read",
            "copy", "asyncFx", "runLater", "listedDocument");
    /** Methods that run on the FX thread: RobotWindow opens the window there. */
    private static final Set<String> FX_METHODS = Set.of("open");
    private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "try");

    private final String code;

    private OffThreadReads(String source) {
        this.code = blankCommentsAndLiterals(source);
    }

    /** "line: .getItems(" for each read of the window the source makes on the test thread. */
    static List<String> in(String source) {
        return new OffThreadReads(source).find();
    }

    private List<String> find() {
        List<Read> reads = new ArrayList<>();
        Matcher m = READ.matcher(code);
        while (m.find()) {
            reads.add(new Read(m.start(), m.group(1), context(m.start())));
        }
        Set<String> onFx = new HashSet<>(FX_METHODS);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Read read : reads) {
                String method = read.where().method();
                if (method != null && !onFx.contains(method) && everyUseOnFx(method, onFx)) {
                    onFx.add(method);
                    grew = true;
                }
            }
        }
        List<String> offThread = new ArrayList<>();
        for (Read read : reads) {
            if (!read.where().onFx(onFx)) {
                offThread.add(line(read.at()) + ": ." + read.name() + "(");
            }
        }
        return offThread;
    }

    private boolean everyUseOnFx(String method, Set<String> onFx) {
        Matcher use = Pattern.compile("(?<![\\w.])" + method + "\\s*\\(|::" + method + "\\b").matcher(code);
        boolean used = false;
        while (use.find()) {
            if (isDeclaration(use)) {
                continue;
            }
            used = true;
            Context where = context(use.start());
            if (!method.equals(where.method()) && !where.onFx(onFx)) {
                return false;
            }
        }
        return used;
    }

    private boolean isDeclaration(Matcher use) {
        if (use.group().startsWith("::")) {
            return false;
        }
        int after = closing(use.end());
        return code.substring(after).matches("(?s)\\s*(throws[\\w\\s,.]+)?\\{.*");
    }

    private int closing(int from) {
        int depth = 1;
        int i = from;
        while (depth > 0 && i < code.length()) {
            char c = code.charAt(i++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return i;
    }

    /** The calls around a position, innermost first, and the method it stands in. */
    private Context context(int at) {
        List<String> calls = new ArrayList<>();
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')' || c == '}') {
                depth++;
            } else if ((c == '(' || c == '{') && depth > 0) {
                depth--;
            } else if (c == '(') {
                calls.add(nameBefore(i));
            } else if (c == '{') {
                String method = methodOpenedAt(i);
                if (method != null) {
                    return new Context(calls, method);
                }
            }
        }
        return new Context(calls, null);
    }

    private String methodOpenedAt(int brace) {
        String before = code.substring(0, brace).stripTrailing();
        before = before.replaceFirst("throws[\\w\\s,.]+$", "").stripTrailing();
        if (!before.endsWith(")")) {
            return null;
        }
        int depth = 0;
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            depth += c == ')' ? 1 : c == '(' ? -1 : 0;
            if (depth == 0) {
                String name = nameBefore(i);
                return NOT_METHODS.contains(name) || name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    private String nameBefore(int paren) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        return code.substring(start, end);
    }

    private int line(int at) {
        return (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Comments and string and character literals made blank, lines and positions kept. */
    static String blankCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = literalOrCommentEnd(source, i);
            if (end == i) {
                out.append(source.charAt(i++));
            } else {
                source.substring(i, end).chars().forEach(c -> out.append(c == '\n' ? '\n' : ' '));
                i = end;
            }
        }
        return out.toString();
    }

    private static int literalOrCommentEnd(String s, int i) {
        if (s.startsWith("//", i)) {
            int end = s.indexOf('\n', i);
            return end < 0 ? s.length() : end;
        }
        if (s.startsWith("/*", i)) {
            return s.indexOf("*/", i + 2) + 2;
        }
        if (s.startsWith("\"\"\"", i)) {
            return s.indexOf("\"\"\"", i + 3) + 3;
        }
        char c = s.charAt(i);
        if (c != '"' && c != '\'') {
            return i;
        }
        int j = i + 1;
        while (s.charAt(j) != c) {
            j += s.charAt(j) == '\\' ? 2 : 1;
        }
        return j + 1;
    }

    private record Read(int at, String name, Context where) {
    }

    private record Context(List<String> calls, String method) {
        boolean onFx(Set<String> fxMethods) {
            return calls.stream().anyMatch(ON_FX::contains) || method != null && fxMethods.contains(method);
        }
    }
}
