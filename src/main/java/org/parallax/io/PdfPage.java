package org.parallax.io;

import java.util.List;

/**
 * The text of one PDF page as PDFBox lays it out: {@code number} counts the file's pages from 1, each
 * paragraph is the list of its printed lines (stripped, none empty), top of the page first.
 */
record PdfPage(int number, List<List<String>> paragraphs) {
    PdfPage {
        paragraphs = paragraphs.stream().map(List::copyOf).filter(p -> !p.isEmpty()).toList();
    }

    /** All lines of the page in reading order. */
    List<String> lines() {
        return paragraphs.stream().flatMap(List::stream).toList();
    }
}
