package org.parallax.io;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of an RTF file as Word shows it, made as the .docx import makes it (decision 26): {@code \par}, table cells
 * and page breaks end paragraphs ({@link ParagraphText}); {@code \line} and {@code \tab} are a line break and a tab;
 * {@code &#92;uN} is a UTF-16 unit whose {@code &#92;ucN} fallback bytes are skipped; {@code \'hh} and 8-bit text are read in
 * the code page of their font ({@code \fcharsetN}, {@code \cpgN}) or the document's ({@code \ansicpgN}); a footnote's
 * mark in brackets where it stands and its text after its paragraph, a text box's paragraphs ({@code \shptxt}) after
 * the paragraph that anchors it; tracked deletions ({@code \deleted}) left out,
 * as changes read as accepted; hidden text ({@code \v}) left out and counted. Destinations that are no text (font and
 * colour tables, styles, pictures, objects, headers, footers, field codes, list labels, comments, every {@code \*}
 * destination but a footnote) are skipped; {@code \info}'s {@code \title} and {@code \creatim} are
 * kept. Read token by token ({@link RtfTokenizer}) with an explicit stack of groups, at most {@value #MAX_DEPTH}
 * deep.
 */
final class RtfText {
    static final int MAX_DEPTH = 1_000;
    /**
     * The most bytes one character takes in any code page (GB18030): a larger {@code &#92;ucN} is no fallback count, and
     * skipping that many characters after each {@code &#92;u} dropped the rest of its group's text.
     */
    static final int MAX_FALLBACK = 4;
    private static final Set<String> SKIPPED = Set.of("colortbl", "stylesheet", "pict", "object", "header", "headerl",
            "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "listtext", "pntext", "pn",
            "nonshppict", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "listtable",
            "listoverridetable", "revtbl", "rsidtbl", "generator", "pgdsctbl", "filetbl", "annotation", "atnid",
            "atnauthor", "private", "userprops", "docvar", "xe", "tc", "bkmkstart", "bkmkend", "template", "sp",
            "shprslt");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("line", "\n"), Map.entry("tab", "\t"),
            Map.entry("emdash", "\u2014"), Map.entry("endash", "\u2013"), Map.entry("bullet", "\u2022"),
            Map.entry("lquote", "\u2018"), Map.entry("rquote", "\u2019"), Map.entry("ldblquote", "\u201C"),
            Map.entry("rdblquote", "\u201D"), Map.entry("emspace", "\u2003"), Map.entry("enspace", "\u2002"),
            Map.entry("qmspace", "\u2005"), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"),
            Map.entry("ltrmark", "\u200E"), Map.entry("rtlmark", "\u200F"));
    private static final Set<String> PARAGRAPH_ENDS = Set.of("par", "sect", "page", "cell", "row", "nestcell",
            "nestrow");

    /** Where a group's text goes. */
    private enum Dest { BODY, NOTE, BOX, TITLE, INFO, CREATED, FONTS, SKIP }

    private final RtfTokenizer tokens;
    private final ExtractionBudget budget;
    private final Deque<State> groups = new ArrayDeque<>();
    private State state = new State();
    private int ucSkip;
    private int docCodePage = RtfCodePages.ANSI;
    private int defaultFont = -1;
    private int fontBeingDefined = -1;
    private final Map<Integer, Integer> fontCodePages = new HashMap<>();
    private final ByteBuffer pending;
    private int pendingCodePage;
    private final ParagraphText text = new ParagraphText();
    private final StringBuilder paragraph = new StringBuilder();
    private final List<String> paragraphNotes = new ArrayList<>();
    private final StringBuilder note = new StringBuilder();
    private final StringBuilder box = new StringBuilder();
    private final List<String> boxParagraphs = new ArrayList<>();
    private final StringBuilder title = new StringBuilder();
    private final int[] created = new int[3];
    private int notes;
    private long hiddenChars;
    /** The first {@code &#92;ucN} beyond {@link #MAX_FALLBACK}, as written, read as 1. */
    private String largeFallback;
    private boolean cutShort;
    /** After {@code \*}: the destination that follows is skipped unless this reader knows it. */
    private boolean starred;

    RtfText(Path file, byte[] in, ExtractionBudget budget) {
        this.tokens = new RtfTokenizer(file, in, budget);
        this.budget = budget;
        this.pending = ByteBuffer.allocate(Math.min(in.length, 1 << 16) + 1);
    }

    /** Reads the file to the end of its outermost group. */
    RtfText read() {
        read:
        for (RtfTokenizer.Token token = tokens.next(); token != RtfTokenizer.Token.END; token = tokens.next()) {
            switch (token) {
                case OPEN -> open();
                case CLOSE -> {
                    if (!close()) {
                        break read;
                    }
                }
                case WORD -> {
                    flush();
                    word(tokens.word(), tokens.param(), tokens.hasParam());
                }
                case SYMBOL -> symbol(tokens.value());
                case BYTE -> textByte(tokens.value());
                case BINARY -> flush();
                default -> throw new IllegalStateException("unexpected " + token);
            }
        }
        cutShort = !groups.isEmpty();
        flush();
        state.dest = Dest.BODY;
        endParagraph();
        return this;
    }

    /** Whether the file ended inside a group, before the {@code }} that closes the document. */
    boolean cutShort() {
        return cutShort;
    }

    String text() {
        return text.toString();
    }

    String title() {
        return surrogatesPaired(title.toString());
    }

    /** The date {@code \creatim} gives, or null (LibreOffice writes {@code \yr0} when it has none). */
    LocalDate created() {
        try {
            return created[0] > 0 ? LocalDate.of(created[0], Math.max(1, created[1]), Math.max(1, created[2])) : null;
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The first fallback count beyond {@link #MAX_FALLBACK} as the file writes it, or null. */
    String largeFallback() {
        return largeFallback;
    }

    long hiddenChars() {
        return hiddenChars;
    }

    private void open() {
        flush();
        if (groups.size() >= MAX_DEPTH) {
            throw budget.exceeded("groups nested more than " + MAX_DEPTH + " deep");
        }
        groups.push(state);
        state = state.copy();
        ucSkip = 0;
        starred = false;
    }

    /** False when the document's own group has closed: what follows it is not part of it. */
    private boolean close() {
        flush();
        ucSkip = 0;
        if (groups.isEmpty()) {
            return false;
        }
        State outer = groups.pop();
        if (state.dest == Dest.NOTE && outer.dest != Dest.NOTE) {
            String body = surrogatesPaired(note.toString().strip());
            paragraphNotes.add(" [" + (notes > 0 ? notes : "*") + ": " + body + "]");
            note.setLength(0);
        }
        if (state.dest == Dest.BOX && outer.dest != Dest.BOX) {
            endBoxParagraph();
        }
        state = outer;
        return !groups.isEmpty();
    }

    private void symbol(int c) {
        if (ucSkip > 0 && c != '\r' && c != '\n') {
            ucSkip--;
            return;
        }
        switch (c) {
            case '\\', '{', '}' -> textByte(c);
            case '~' -> chars("\u00A0");
            case '_' -> chars("-");
            case '*' -> starred = true;
            case '\r', '\n' -> endParagraph();
            default -> {
                // \- (an optional hyphen, shown only at a line's end) and formula marks are no text.
            }
        }
    }

    private void word(String name, int param, boolean hasParam) {
        if (ucSkip > 0) {
            ucSkip--;
            return;
        }
        boolean star = starred;
        starred = false;
        if (state.dest == Dest.SKIP) {
            return;
        }
        if (SKIPPED.contains(name) || star && !"footnote".equals(name) && !"shpinst".equals(name)) {
            state.dest = Dest.SKIP;
        } else if (PARAGRAPH_ENDS.contains(name)) {
            endParagraph();
        } else if (SYMBOLS.containsKey(name)) {
            chars(SYMBOLS.get(name));
        } else {
            setting(name, param, hasParam);
        }
    }

    /** Control words that change what follows: code pages, fonts, hidden text, destinations kept. */
    private void setting(String name, int param, boolean hasParam) {
        switch (name) {
            case "u" -> {
                chars(String.valueOf((char) (param < 0 ? param + 65536 : param)));
                ucSkip = state.uc;
            }
            case "uc" -> {
                if (param > MAX_FALLBACK) {
                    largeFallback = largeFallback == null ? tokens.paramWritten() : largeFallback;
                }
                state.uc = param > MAX_FALLBACK ? 1 : Math.max(0, param);
            }
            case "ansi" -> docCodePage = RtfCodePages.ANSI;
            case "mac" -> docCodePage = 10000;
            case "pc" -> docCodePage = 437;
            case "pca" -> docCodePage = 850;
            case "ansicpg" -> docCodePage = param;
            case "deff" -> defaultFont = param;
            case "f" -> {
                if (state.dest == Dest.FONTS) {
                    fontBeingDefined = param;
                } else {
                    state.font = param;
                }
            }
            case "fcharset" -> {
                int codePage = RtfCodePages.ofFontCharset(param);
                if (state.dest == Dest.FONTS && codePage != 0) {
                    fontCodePages.put(fontBeingDefined, codePage);
                }
            }
            case "cpg" -> {
                if (state.dest == Dest.FONTS) {
                    fontCodePages.put(fontBeingDefined, param);
                }
            }
            case "v" -> state.hidden = !hasParam || param != 0;
            case "deleted" -> state.deleted = !hasParam || param != 0;
            case "plain" -> {
                state.hidden = false;
                state.deleted = false;
                state.font = -1;
            }
            case "fonttbl" -> state.dest = Dest.FONTS;
            case "info" -> state.dest = Dest.INFO;
            case "title" -> state.dest = state.dest == Dest.INFO ? Dest.TITLE : Dest.SKIP;
            case "creatim" -> state.dest = state.dest == Dest.INFO ? Dest.CREATED : Dest.SKIP;
            case "yr", "mo", "dy" -> {
                if (state.dest == Dest.CREATED) {
                    created["yr".equals(name) ? 0 : "mo".equals(name) ? 1 : 2] = param;
                }
            }
            case "footnote" -> state.dest = state.dest == Dest.BODY ? Dest.NOTE : Dest.SKIP;
            case "shptxt" -> state.dest = state.dest == Dest.BODY ? Dest.BOX : Dest.SKIP;
            case "chftn" -> {
                if (state.dest == Dest.BODY) {
                    chars("[" + ++notes + "]");
                }
            }
            default -> {
                // Formatting, layout and words this reader does not know: RTF says to ignore them.
            }
        }
    }

    private void textByte(int b) {
        if (ucSkip > 0) {
            ucSkip--;
            return;
        }
        if (!takesText()) {
            return;
        }
        int codePage = codePage();
        if (pending.position() > 0 && (codePage != pendingCodePage || !pending.hasRemaining())) {
            flush();
        }
        pendingCodePage = codePage;
        pending.put((byte) b);
    }

    /** Decodes the bytes read so far in their code page: a character of two bytes may come as two {@code \'hh}. */
    private void flush() {
        if (pending.position() == 0) {
            return;
        }
        pending.flip();
        String decoded;
        try {
            decoded = RtfCodePages.charset(pendingCodePage).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(pending).toString();
        } catch (java.nio.charset.CharacterCodingException cannotHappenWhenReplacing) {
            decoded = "\uFFFD";
        }
        pending.clear();
        chars(decoded);
    }

    private void chars(String s) {
        // Bytes still waiting for their code page come first: "caf\'e9\~" is "café" and then the space.
        flush();
        if (!takesText() || state.deleted) {
            return;
        }
        if (state.hidden && state.dest != Dest.TITLE) {
            hiddenChars += s.length();
            return;
        }
        budget.addChars(s.length());
        switch (state.dest) {
            case NOTE -> note.append(s);
            case BOX -> box.append(s);
            case TITLE -> title.append(s);
            default -> paragraph.append(s);
        }
    }

    private void endParagraph() {
        flush();
        if (state.dest == Dest.NOTE) {
            note.append('\n');
        } else if (state.dest == Dest.BOX) {
            endBoxParagraph();
        } else if (state.dest == Dest.BODY) {
            text.add(surrogatesPaired(paragraph + String.join("", paragraphNotes)));
            boxParagraphs.forEach(text::add);
            paragraph.setLength(0);
            paragraphNotes.clear();
            boxParagraphs.clear();
        }
    }

    /** A text box's paragraph, kept to follow the paragraph that anchors the box, as in the .docx import. */
    private void endBoxParagraph() {
        if (!box.isEmpty()) {
            boxParagraphs.add(surrogatesPaired(box.toString()));
            box.setLength(0);
        }
    }

    private boolean takesText() {
        return state.dest == Dest.BODY || state.dest == Dest.NOTE || state.dest == Dest.BOX || state.dest == Dest.TITLE;
    }

    private int codePage() {
        Integer font = fontCodePages.get(state.font >= 0 ? state.font : defaultFont);
        return font != null ? font : docCodePage;
    }

    /** A {@code &#92;uN} without its partner half stays no half: it becomes U+FFFD, as offsets never split a code point. */
    private static String surrogatesPaired(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** What a group inherits from the group around it and gets back when it closes. */
    private static final class State {
        Dest dest = Dest.BODY;
        int uc = 1;
        int font = -1;
        boolean hidden;
        boolean deleted;

        State copy() {
            State copy = new State();
            copy.dest = dest;
            copy.uc = uc;
            copy.font = font;
            copy.hidden = hidden;
            copy.deleted = deleted;
            return copy;
        }
    }
}
