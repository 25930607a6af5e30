package org.parallax.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a file (.txt, .md, .docx, .odt, .rtf, .pdf, .html, .htm) into normalised text with a guessed title and
 * language, treating the file as hostile. Stateless after construction, so safe to share between threads.
 */
public final class DocumentReader {
    private static final System.Logger LOG = System.getLogger(DocumentReader.class.getName());
    private static final Map<String, String> FORMATS = Map.of(
            "txt", "txt", "md", "md", "docx", "docx", "odt", "odt", "rtf", "rtf", "pdf", "pdf", "html", "html", "htm", "html");
    public static final String SUPPORTED = ".txt, .md, .docx, .odt, .rtf, .pdf, .html, .htm";
    /**
     * The attribute that keeps a DOCX's, ODT's, RTF's or PDF's creation date. It is when the file was made (a PDF
     * printed today of a 2002 speech says today), so, as in NVivo and MAXQDA, it is not the document's date.
     */
    static final String FILE_CREATED = "file created";

    private final ImportLimits limits;
    private final ExtractionLimits extraction;
    // Made on first use: creating them loads POI, PDFBox and jsoup, which a command that imports nothing
    // (or only text) never needs.
    private DocxExtractor docx;
    private OdtExtractor odt;
    private PdfExtractor pdf;
    private HtmlExtractor html;

    public DocumentReader(ImportLimits limits, ExtractionLimits extraction) {
        this.limits = limits;
        this.extraction = extraction;
    }

    public DocumentReader(ImportLimits limits) {
        this(limits, ExtractionLimits.defaults());
    }

    public DocumentReader() {
        this(ImportLimits.defaults());
    }

    /** True if the file's extension is one this reader handles. */
    public static boolean isSupported(Path file) {
        return FORMATS.containsKey(extension(file));
    }

    /**
     * Reads {@code file}; every failure is an {@link ImportException} naming the file and the reason.
     */
    public ImportedText read(Path file) {
        checkExists(file);
        String format = formatOf(file);
        checkSize(file, limits);
        if (format.equals("html")) {
            checkHtmlSize(file);
        }
        ExtractionBudget budget = ExtractionBudget.start(file, extraction);
        Extraction extraction;
        try {
            extraction = extract(file, format, budget);
        } catch (ImportException e) {
            throw e;
        } catch (StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, "Stack overflow reading " + file + " (nested too deeply)");
            throw budget.tooDeep();
        } catch (RuntimeException e) {
            // Parsers fail on hostile input in unplanned ways; the researcher still gets one clear line.
            LOG.log(System.Logger.Level.WARNING, "Unexpected failure reading " + file, e);
            throw new ImportException(file, "damaged " + format.toUpperCase(Locale.ROOT) + " file ("
                    + Causes.brief(e) + ")", e);
        }
        String text = TextNormalizer.normalize(extraction.text());
        if (!showsAnything(text)) {
            throw new ImportException(file, "contains no text");
        }
        String language = LanguageGuess.of(text);
        String title = TitleGuess.choose(extraction.declaredTitle(), file, language);
        LocalDate declared = extraction.declaredDate();
        String name = String.valueOf(file.getFileName());
        LocalDate date = declared != null ? declared : IsoDates.leading(name);
        return new ImportedText(text, title, language, format, date, attributes(extraction),
                UndecodedFileName.noted(file, title, extraction.warnings()),
                declared != null ? null : IsoDates.leadingPrecision(name));
    }

    /**
     * Whether any character of {@code text} shows: a document of no-break, em or ideographic spaces, zero-width
     * spaces and direction marks (an HTML page of {@code &nbsp;}, a form exported empty) has nothing to read or code,
     * though {@link String#isBlank} takes such spaces for text.
     */
    private static boolean showsAnything(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT);
    }

    private static Map<String, String> attributes(Extraction extraction) {
        if (extraction.fileCreated() == null || extraction.attributes().containsKey(FILE_CREATED)) {
            return extraction.attributes();
        }
        Map<String, String> attributes = new java.util.LinkedHashMap<>(extraction.attributes());
        attributes.put(FILE_CREATED, extraction.fileCreated().toString());
        return attributes;
    }

    /**
     * A text or Markdown file's characters charged as another format's extracted text is: a 52 MB text of one
     * paragraph, within the file limit, was imported and then ran the search index's thread out of the launchers'
     * heap, a stack trace on the console; like a document of any other format it is refused at the text limit.
     */
    private static DecodedText charged(ExtractionBudget budget, DecodedText decoded) {
        budget.addChars(decoded.text().length());
        return decoded;
    }

    /**
     * Reads the file once ({@link FileSnapshot}): every extractor parses that one version in memory, the zip formats
     * too, so an import writes nothing to the temporary folder.
     */
    private Extraction extract(Path file, String format, ExtractionBudget budget) {
        byte[] bytes = FileSnapshot.read(file, limits.maxFileBytes());
        try {
            return extract(file, format, bytes, budget);
        } catch (ImportException e) {
            // A file under another format's name fails that format's reader; what it is says more than how it failed.
            throw format.equals("txt") || format.equals("md") ? e
                    : MisnamedFile.refusal(file, bytes, format).orElseThrow(() -> e);
        }
    }

    private Extraction extract(Path file, String format, byte[] bytes, ExtractionBudget budget) {
        return switch (format) {
            case "docx" -> docx().extract(file, bytes, budget);
            case "odt" -> odt().extract(file, bytes, budget);
            case "txt" -> Extraction.of(charged(budget, TextFileDecoder.decode(file, bytes)));
            case "md" -> MarkdownExtractor.extract(file, charged(budget, TextFileDecoder.decode(file, bytes)), budget);
            case "rtf" -> RtfExtractor.extract(file, bytes, budget);
            case "pdf" -> pdf().extract(file, bytes, budget);
            case "html" -> html().extract(file, bytes, budget);
            default -> throw new IllegalStateException("No extractor for " + format);
        };
    }

    private synchronized DocxExtractor docx() {
        if (docx == null) {
            docx = new DocxExtractor(limits);
        }
        return docx;
    }

    private synchronized OdtExtractor odt() {
        if (odt == null) {
            odt = new OdtExtractor(limits);
        }
        return odt;
    }

    private synchronized PdfExtractor pdf() {
        if (pdf == null) {
            pdf = new PdfExtractor();
        }
        return pdf;
    }

    private synchronized HtmlExtractor html() {
        if (html == null) {
            html = new HtmlExtractor();
        }
        return html;
    }

    private static String formatOf(Path file) {
        String extension = extension(file);
        String format = FORMATS.get(extension);
        if (format == null && QualCoderProject.isDatabase(file)) {
            throw new ImportException(file, "the database of " + QualCoderProject.HOW_TO_MOVE);
        }
        if (format == null && SheetGivenAsDocument.isSheet(extension) && java.nio.file.Files.isRegularFile(file)) {
            throw SheetGivenAsDocument.refusal(file);
        }
        if (format == null) {
            throw new ImportException(file, extension.isEmpty()
                    ? "unsupported file type (no extension; supported: " + SUPPORTED + ")"
                    : "unsupported file type '." + extension + "' (supported: " + SUPPORTED + ")");
        }
        return format;
    }

    private static void checkExists(Path file) {
        if (Files.isDirectory(file)) {
            throw new ImportException(file, "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            if (Files.isSymbolicLink(file)) {
                throw new ImportException(file, "is a symbolic link to nothing: " + linkTarget(file)
                        + " is missing, or the links lead round in a loop");
            }
            if (file.toString().indexOf('\uFFFD') >= 0) {
                // Bytes of the name that are not valid in the system's encoding arrive as U+FFFD: no such file exists.
                throw new ImportException(file, "file not found: its name holds bytes that are not valid in this "
                        + "system's character encoding (shown as \uFFFD), so it cannot be opened by that name; rename "
                        + "the file and import it again");
            }
            throw new ImportException(file, "file not found (" + file.toAbsolutePath() + ")");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException(file, "cannot read file (not a regular, readable file)");
        }
    }

    private static String linkTarget(Path link) {
        try {
            return "its target " + Files.readSymbolicLink(link);
        } catch (IOException e) {
            return "its target";
        }
    }

    /** Refuses a file that is empty or larger than {@code limits} allow, in one line. */
    static void checkSize(Path file, ImportLimits limits) {
        long size = sizeOf(file);
        if (size == 0) {
            throw new ImportException(file, "file is empty (0 bytes)");
        }
        checkLimit(file, size, limits);
    }

    private static void checkHtmlSize(Path file) {
        long size = sizeOf(file);
        if (size > HtmlExtractor.PAGE_BYTES) {
            throw new ImportException(file, "file is " + Sizes.format(size) + ", larger than the import limit of "
                    + Sizes.format(HtmlExtractor.PAGE_BYTES) + " for HTML pages (a page being read takes many times its "
                    + "size in memory); save it as a .txt file to import its text");
        }
    }

    /** Refuses a file larger than the limit before it is read; an empty one is its reader's to name. */
    static void checkNotTooLarge(Path file, ImportLimits limits) {
        checkLimit(file, sizeOf(file), limits);
    }

    private static void checkLimit(Path file, long size, ImportLimits limits) {
        if (size > limits.maxFileBytes()) {
            throw new ImportException(file, "file is " + Sizes.format(size) + ", larger than the import limit of "
                    + Sizes.format(limits.maxFileBytes()));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read file (" + Causes.brief(e) + ")", e);
        }
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
