package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Counts a Word body's text as it streams past, before POI builds the body in memory: a 50 MB one-paragraph
 * document ran out of a 256 MiB heap in POI and was called too large for the heap, though with a larger one it then
 * met the limit on characters of text. A body part smaller than that limit in bytes cannot hold more characters and
 * is not read twice. What the import leaves out is not counted, as {@link DocxBodyText} does not count it: hidden
 * text (on the run, through its character style or its paragraph's, {@link DocxStyleVanish}), a moved passage's old
 * place ({@code w:moveFrom}) and the copy of a text box Word writes for older readers ({@code mc:Fallback}); a
 * document whose shown text fits was refused for them.
 */
final class DocxTextCount {
    private static final String W = DocxHiddenText.W;
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final ExtractionBudget budget;
    private final DocxStyleVanish styles;
    /** The local names of the open elements of Word's namespace, innermost first; others are "". */
    private final Deque<String> open = new ArrayDeque<>();
    /** The style of each open paragraph, innermost first ("" for none): a text box's paragraphs sit inside another. */
    private final Deque<String> paragraphStyles = new ArrayDeque<>();
    private final Deque<Run> runs = new ArrayDeque<>();
    private int leftOutDepth;
    private int countedTextDepth;

    private DocxTextCount(ExtractionBudget budget, DocxStyleVanish styles) {
        this.budget = budget;
        this.styles = styles;
    }

    /** Throws the limit's failure if the body shows more characters of text ({@code w:t}) than the budget allows. */
    static void check(OPCPackage pkg, ExtractionBudget budget) throws IOException, InvalidFormatException {
        PackagePart body = OpcMainPart.of(pkg);
        if (body == null || body.getSize() >= 0 && body.getSize() <= budget.limits().maxTextChars()) {
            return;
        }
        ExtractionBudget count = budget.sameClock();
        DocxStyleVanish styles = DocxStyleVanish.of(body, count);
        // Its own factory: the JDK's reuses a reader between calls, and files are read on several threads.
        XMLInputFactory factory = HardenedXml.streamFactory();
        // Counted in pieces: one text node of 50 MB is the very thing that must not be held whole.
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        try (InputStream in = body.getInputStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                new DocxTextCount(count, styles).count(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // POI reads the part next and names the damage in its own words.
        }
    }

    private void count(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                budget.tick();
                start(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml);
            } else if (countedTextDepth > 0 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA)) {
                budget.addChars(xml.getTextLength());
            }
        }
    }

    private void start(XMLStreamReader xml) {
        String name = W.equals(xml.getNamespaceURI()) ? xml.getLocalName() : "";
        if (countedTextDepth > 0) {
            countedTextDepth++;
        } else if (leftOut(xml)) {
            leftOutDepth++;
        } else if (name.equals("p")) {
            paragraphStyles.push("");
        } else if (name.equals("r")) {
            runs.push(new Run());
        } else if (name.equals("pStyle") && parentIs("pPr", "p") && !paragraphStyles.isEmpty()) {
            paragraphStyles.pop();
            paragraphStyles.push(java.util.Objects.toString(DocxStyleVanish.value(xml), ""));
        } else if (name.equals("vanish") && parentIs("rPr", "r")) {
            runs.element().vanish = DocxStyleVanish.switchedOn(xml);
        } else if (name.equals("rStyle") && parentIs("rPr", "r")) {
            runs.element().style = DocxStyleVanish.value(xml);
        } else if (name.equals("t") && leftOutDepth == 0 && !hidden()) {
            countedTextDepth = 1;
        }
        open.push(name);
    }

    private void end(XMLStreamReader xml) {
        String name = open.isEmpty() ? "" : open.pop();
        if (countedTextDepth > 0) {
            countedTextDepth--;
        } else if (leftOut(xml)) {
            leftOutDepth--;
        } else if (name.equals("p") && !paragraphStyles.isEmpty()) {
            paragraphStyles.pop();
        } else if (name.equals("r") && !runs.isEmpty()) {
            runs.pop();
        }
    }

    private static boolean leftOut(XMLStreamReader xml) {
        return W.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("moveFrom")
                || MC.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("Fallback");
    }

    /** Whether the innermost open element is {@code parent} inside {@code grandparent}. */
    private boolean parentIs(String parent, String grandparent) {
        Iterator<String> outward = open.iterator();
        return outward.hasNext() && outward.next().equals(parent) && outward.hasNext()
                && outward.next().equals(grandparent);
    }

    /** As {@link DocxHiddenText#hidden}: the run's own setting, else its character style's, else its paragraph's. */
    private boolean hidden() {
        Run run = runs.peek();
        if (run == null) {
            return false;
        }
        if (run.vanish != null) {
            return run.vanish;
        }
        Boolean styled = run.style == null ? null : styles.vanish(run.style);
        if (styled != null) {
            return styled;
        }
        String paragraphStyle = paragraphStyles.peek();
        return paragraphStyle != null && !paragraphStyle.isEmpty()
                && Boolean.TRUE.equals(styles.vanish(paragraphStyle));
    }

    /** What a run's properties say so far. */
    private static final class Run {
        private Boolean vanish;
        private String style;
    }
}
