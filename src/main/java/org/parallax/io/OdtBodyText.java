package org.parallax.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an OpenDocument text's body (content.xml) as LibreOffice shows it, made as the .docx import makes it:
 * headings, paragraphs, list items and table cells in document order, each a paragraph ({@link ParagraphText}); a
 * text box's paragraphs after the paragraph that anchors it; a note's mark in brackets where it stands and its text
 * after its paragraph ("… [1: the note]"). Tracked changes read as accepted (the record of deletions is left out);
 * hidden text ({@code text:display="none"} styles, hidden sections, paragraphs and text fields) is left out and
 * counted. Read as a stream with explicit stacks, so nesting costs no call depth.
 */
final class OdtBodyText {
    private static final String TEXT = OdtStyles.TEXT;
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    /** Not part of the text shown: the record of tracked changes, declarations, list labels, index templates. */
    private static final Set<String> TEXT_LEFT_OUT = Set.of("tracked-changes", "sequence-decls", "variable-decls",
            "user-field-decls", "dde-connection-decls", "number", "ruby-text");
    /** Comments, forms, images (and their descriptions) are not the document's text, as in the .docx import. */
    private static final Set<String> OFFICE_LEFT_OUT = Set.of("annotation", "annotation-end", "forms");
    private static final Set<String> DRAW_LEFT_OUT = Set.of("image", "object", "object-ole");

    private enum Kind { PARAGRAPH, CITATION, NOTE, NOTE_BODY, BOX, OTHER }

    private final OdtStyles styles;
    private final ExtractionBudget budget;
    private final ParagraphText text = new ParagraphText();
    private final Deque<Kind> open = new ArrayDeque<>();
    private final Deque<Paragraph> paragraphs = new ArrayDeque<>();
    /** Where finished paragraphs go while a note's body or a text box is read; the body's text when empty. */
    private final Deque<List<String>> sinks = new ArrayDeque<>();
    private final Deque<Note> notes = new ArrayDeque<>();
    private int skipDepth;
    private boolean skippingHidden;
    private long hiddenChars;

    OdtBodyText(OdtStyles styles, ExtractionBudget budget) {
        this.styles = styles;
        this.budget = budget;
    }

    /** Reads content.xml to its end. */
    void read(XMLStreamReader in) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            budget.tick();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> start(in);
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        characters(in.getText());
                default -> {
                    // Comments and processing instructions are not text.
                }
            }
        }
    }

    String text() {
        return text.toString();
    }

    /** Characters of hidden text left out. */
    long hiddenChars() {
        return hiddenChars;
    }

    private void start(XMLStreamReader in) throws XMLStreamException {
        if (skipDepth > 0) {
            skipDepth++;
            return;
        }
        String ns = in.getNamespaceURI();
        String name = in.getLocalName();
        if (OFFICE.equals(ns) && "automatic-styles".equals(name)) {
            styles.read(in, budget);
            return;
        }
        if (leftOut(ns, name) || hidden(in, ns, name)) {
            skipDepth = 1;
            skippingHidden = !leftOut(ns, name);
            return;
        }
        Kind kind = Kind.OTHER;
        if (TEXT.equals(ns)) {
            kind = textElement(in, name);
        } else if (DRAW.equals(ns) && "text-box".equals(name)) {
            sinks.push(new ArrayList<>());
            kind = Kind.BOX;
        }
        open.push(kind);
    }

    private Kind textElement(XMLStreamReader in, String name) {
        switch (name) {
            case "p", "h" -> {
                paragraphs.push(new Paragraph());
                return Kind.PARAGRAPH;
            }
            case "note-citation" -> {
                paragraphs.push(new Paragraph());
                return Kind.CITATION;
            }
            case "note" -> {
                notes.push(new Note());
                return Kind.NOTE;
            }
            case "note-body" -> {
                sinks.push(new ArrayList<>());
                return Kind.NOTE_BODY;
            }
            case "s" -> inline(" ", count(in.getAttributeValue(TEXT, "c")));
            case "tab" -> inline("\t", 1);
            case "line-break" -> inline("\n", 1);
            case "hidden-paragraph" -> {
                if ("true".equals(in.getAttributeValue(TEXT, "is-hidden")) && !paragraphs.isEmpty()) {
                    paragraphs.peek().hidden = true;
                }
            }
            default -> {
                // Spans, links, sections, lists, fields: their text is read where it stands.
            }
        }
        return Kind.OTHER;
    }

    private void end() {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        switch (open.pop()) {
            case PARAGRAPH -> finish(paragraphs.pop());
            case CITATION -> notes.peek().mark = paragraphs.pop().text.toString().strip();
            case NOTE_BODY -> notes.peek().paragraphs = sinks.pop();
            case NOTE -> attach(notes.pop());
            case BOX -> {
                List<String> box = sinks.pop();
                if (paragraphs.isEmpty()) {
                    box.forEach(this::deliver);
                } else {
                    paragraphs.peek().boxes.addAll(box);
                }
            }
            case OTHER -> {
                // Nothing was opened for it.
            }
        }
    }

    private void characters(String chars) {
        if (skipDepth > 0) {
            if (skippingHidden && !chars.isBlank()) {
                hiddenChars += chars.strip().length();
            }
            return;
        }
        if (paragraphs.isEmpty()) {
            return;
        }
        budget.addChars(chars.length());
        Paragraph paragraph = paragraphs.peek();
        int from = 0;
        for (int i = 0; i <= chars.length(); i++) {
            if (i == chars.length() || isXmlSpace(chars.charAt(i))) {
                if (i > from) {
                    paragraph.append(chars.substring(from, i));
                }
                if (i < chars.length()) {
                    paragraph.whitespace();
                }
                from = i + 1;
            }
        }
    }

    /** {@code count} copies of {@code s}, charged before they are made: {@code <text:s text:c="2000000000"/>}. */
    private void inline(String s, long count) {
        if (paragraphs.isEmpty() || count <= 0) {
            return;
        }
        budget.addChars(count);
        paragraphs.peek().append(s.repeat((int) count));
    }

    private void finish(Paragraph paragraph) {
        if (paragraph.pendingSpace) {
            // LibreOffice writes a paragraph's one trailing space as a plain space, and reads it back as one.
            paragraph.text.append(' ');
        }
        String line = paragraph.text + String.join("", paragraph.notes);
        if (paragraph.hidden) {
            hiddenChars += line.strip().length() + paragraph.boxes.stream().mapToLong(String::length).sum();
            return;
        }
        deliver(line);
        paragraph.boxes.forEach(this::deliver);
    }

    /** A note's mark where it stands, its text after the paragraph, as the .docx import places footnotes. */
    private void attach(Note note) {
        String body = String.join("\n", note.paragraphs);
        if (paragraphs.isEmpty()) {
            deliver(body);
            return;
        }
        Paragraph paragraph = paragraphs.peek();
        paragraph.append("[" + note.mark + "]");
        paragraph.notes.add(" [" + note.mark + ": " + body + "]");
    }

    private void deliver(String paragraph) {
        if (paragraph.isBlank()) {
            return;
        }
        if (sinks.isEmpty()) {
            text.add(paragraph);
        } else {
            sinks.peek().add(paragraph);
        }
    }

    private static boolean leftOut(String ns, String name) {
        return TEXT.equals(ns) && (TEXT_LEFT_OUT.contains(name) || name.endsWith("-source"))
                || OFFICE.equals(ns) && OFFICE_LEFT_OUT.contains(name)
                || DRAW.equals(ns) && DRAW_LEFT_OUT.contains(name)
                || SVG.equals(ns) && ("title".equals(name) || "desc".equals(name));
    }

    private boolean hidden(XMLStreamReader in, String ns, String name) {
        if (!TEXT.equals(ns)) {
            return false;
        }
        return switch (name) {
            case "p", "h", "span" -> styles.hidden(in.getAttributeValue(TEXT, "style-name"));
            case "hidden-text" -> "true".equals(in.getAttributeValue(TEXT, "is-hidden"));
            case "section" -> "none".equals(in.getAttributeValue(TEXT, "display"));
            default -> false;
        };
    }

    private static long count(String c) {
        if (c == null) {
            return 1;
        }
        try {
            return Long.parseLong(c.strip());
        } catch (NumberFormatException notANumber) {
            return c.strip().matches("\\d+") ? Long.MAX_VALUE : 1;
        }
    }

    /** White space in ODF's sense, which a paragraph collapses to one space (ODF 1.2, 6.1.2). */
    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A paragraph being read: its text so far, its notes' texts and its text boxes' paragraphs. */
    private static final class Paragraph {
        final StringBuilder text = new StringBuilder();
        final List<String> notes = new ArrayList<>();
        final List<String> boxes = new ArrayList<>();
        boolean pendingSpace;
        boolean hidden;

        void append(String s) {
            if (pendingSpace) {
                text.append(' ');
                pendingSpace = false;
            }
            text.append(s);
        }

        /** White space in the XML: one space before what follows or at the end, none at the paragraph's start. */
        void whitespace() {
            if (!text.isEmpty()) {
                pendingSpace = true;
            }
        }
    }

    private static final class Note {
        String mark = "";
        List<String> paragraphs = List.of();
    }
}
