package org.parallax.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to say of a sheet (.csv, .tsv) given to the import as a document. Other programs export their codebooks and
 * their coded passages as sheets (Taguette's codebook.csv, QualCoder's and MAXQDA's coded segments), and the import
 * said only "unsupported file type '.csv'", which told a researcher neither what Parallax does with such a file nor
 * where it goes. The header says which it is, in the English words of the programs' exports; a sheet of coded
 * passages whose header is in another language is told by the shape of its rows ({@link SheetShape}).
 */
final class SheetGivenAsDocument {
    private static final Set<String> CODE_COLUMNS = Set.of("tag", "code", "codename", "code name", "name");
    private static final Set<String> TEXT_COLUMNS = Set.of("text", "coded text", "codedtext", "content", "quote",
            "quotation", "segment", "coded segment", "selected text", "seltext");
    private static final Set<String> DOCUMENT_COLUMNS = Set.of("file", "filename", "file name", "document",
            "document name", "source", "document group", "file/case");

    private SheetGivenAsDocument() {
    }

    /** Whether {@code extension} (lower case, without the dot) is a sheet's. */
    static boolean isSheet(String extension) {
        return extension.equals("csv") || extension.equals("tsv");
    }

    /** The one-line reason for {@code file}, a sheet, from its header. */
    static ImportException refusal(Path file) {
        String header = FirstLine.of(file);
        List<String> cells = Arrays.stream(header.split("[,;\t]")).map(SheetGivenAsDocument::cell).toList();
        List<String> columns = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        String shown = cells.stream().filter(c -> !c.isEmpty()).limit(6).collect(Collectors.joining(", "));
        String name = String.valueOf(file.getFileName());
        if (columns.stream().anyMatch(CODE_COLUMNS::contains) && columns.stream().anyMatch(TEXT_COLUMNS::contains)) {
            return codedPassages(file, shown);
        }
        if (columns.stream().anyMatch(CODE_COLUMNS::contains)
                && columns.stream().noneMatch(DOCUMENT_COLUMNS::contains)) {
            return new ImportException(file, "a codebook sheet (" + shown + "), not a document: bring its codes "
                    + "in with parallax codebook import PROJECT " + name);
        }
        // A header in words not listed above (another language's) is told by the shape of its rows.
        if (SheetShape.codedPassages(file, header)) {
            return codedPassages(file, shown);
        }
        return new ImportException(file, "a sheet (" + (shown.isEmpty() ? "no columns" : shown) + "), not a "
                + "document (supported: " + DocumentReader.SUPPORTED + "); a sheet of document details is given "
                + "with parallax import PROJECT FILES --metadata " + name);
    }

    private static ImportException codedPassages(Path file, String shown) {
        return new ImportException(file, "a sheet of coded passages (" + shown + "), not a document: Parallax "
                + "takes another program's coding from its REFI-QDA project export (.qdpx; in QualCoder Project → "
                + "Export → REFI-QDA Project export) with its documents, or from Taguette's highlights sheet "
                + "(id, document, tag, content)");
    }

    /** A header cell as written, without the quotes a CSV writer may put round it. */
    private static String cell(String written) {
        String plain = written.strip();
        if (plain.length() >= 2 && plain.startsWith("\"") && plain.endsWith("\"")) {
            plain = plain.substring(1, plain.length() - 1).strip();
        }
        return plain;
    }
}
