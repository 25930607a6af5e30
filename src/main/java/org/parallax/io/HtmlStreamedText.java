package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * The visible text of a page whose jsoup tree would not fit the heap ({@link HtmlHeldTree}), read a part at a time
 * to the text the tree gives. A transcript marked up word by word, a million {@code <b>word</b>} in 10.6 MB, was refused
 * for a tree of some 230 MB; jsoup's {@link StreamParser} hands over each element as it closes, whose text is taken
 * and which is then taken out of the tree ({@link HtmlStreamedPass}), so what is held is the elements still open and
 * the text. Elements that are never closed stay open to the end: a page of more of them than the heap holds is
 * refused in one line while it is read ({@link HtmlHeldElements}). A page marking one main content is read twice,
 * whole and then that content alone.
 */
final class HtmlStreamedText {
    private final Path file;
    private final ExtractionBudget budget;
    private final HtmlHeldTree.Count count;
    private final long heapBytes;

    HtmlStreamedText(Path file, ExtractionBudget budget, HtmlHeldTree.Count count, long heapBytes) {
        this.file = file;
        this.budget = budget;
        this.count = count;
        this.heapBytes = heapBytes;
    }

    /** Reads the page from {@code source}: its main content alone when {@code mainAlone} and it marks one. */
    HtmlExtractor.PageText read(HtmlExtractor.PageSource source, boolean mainAlone) throws IOException {
        HtmlNumericReferences references = new HtmlNumericReferences();
        HtmlStreamedPass whole = pass(source, references, false);
        HtmlExtractor.Visible text = HtmlExtractor.checked(whole.filter(), references, file);
        boolean mainOnly = false;
        if (mainAlone && whole.outermostMarked() == 1) {
            HtmlNumericReferences again = new HtmlNumericReferences();
            HtmlStreamedPass main = pass(source, again, true);
            HtmlExtractor.Visible mainText = HtmlExtractor.checked(main.filter(), again, file);
            if (!mainText.text().isBlank()) {
                text = mainText;
                references = again;
                mainOnly = true;
            }
        }
        return new HtmlExtractor.PageText(text.text(), text.zeroBytes(), whole.title(), mainOnly,
                whole.taguetteHighlights(), source.warnings(), references);
    }

    private HtmlStreamedPass pass(HtmlExtractor.PageSource source, HtmlNumericReferences references, boolean mainOnly)
            throws IOException {
        HtmlHeldElements held = new HtmlHeldElements(source.open(references), allowedElements(), budget,
                this::refusal);
        HtmlStreamedPass pass = new HtmlStreamedPass(new VisibleTextFilter(budget), mainOnly, held);
        try (StreamParser parser = new StreamParser(Parser.htmlParser())) {
            parser.parse(held, "");
            pass.run(parser);
        }
        budget.checkTime();
        return pass;
    }

    /** The elements that may be open at once: the heap's share less what the text taken takes. */
    private long allowedElements() {
        long forText = Math.min(count.textBytes(), Long.MAX_VALUE / 8) * HtmlHeldTree.BYTES_PER_TEXT_BYTE;
        return Math.max(0, HtmlHeldTree.allowed(heapBytes) - forText) / HtmlHeldTree.BYTES_PER_ELEMENT;
    }

    private ImportException refusal() {
        return budget.exceeded(String.format(Locale.ROOT, "%,d HTML elements in %s, more than %,d of them open at "
                + "once, which are held in memory until they close: more than a Java heap of %d MiB holds; run it "
                + "again with a larger heap, e.g. PARALLAX_JAVA_OPTIONS=-Xmx1g", count.elements(),
                Sizes.format(count.bytes()), allowedElements(), heapBytes >> 20));
    }
}
