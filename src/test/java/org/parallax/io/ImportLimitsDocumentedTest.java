package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The limits tables of docs/import.md against the limits the readers hold files to: the table said the compression
 * ratio was checked for every entry larger than 100 KB, while only entries over 32 MB are (a repetitive document of
 * any smaller size imports), so a researcher told their file was refused as a bomb read the wrong rule.
 */
class ImportLimitsDocumentedTest {
    private static final Path DOC = Path.of("docs", "import.md");

    /** Each table row's first two cells: the limit's name and its default, as written. */
    private static Map<String, String> rows() throws Exception {
        return Files.readAllLines(DOC).stream().filter(l -> l.startsWith("| `max"))
                .map(l -> l.split("\\|"))
                .collect(Collectors.toMap(c -> c[1].strip().replace("`", ""), c -> c[2].strip() + " |" + c[3],
                        (a, b) -> a));
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }

    @Test
    void theLimitsTablesStateTheLimitsTheReadersHold() throws Exception {
        Map<String, String> rows = rows();
        ImportLimits limits = ImportLimits.defaults();
        ExtractionLimits extraction = ExtractionLimits.defaults();

        assertThat(rows.get("maxFileBytes")).startsWith(mb(limits.maxFileBytes()) + " |");
        assertThat(rows.get("maxZipEntries")).startsWith(String.format(Locale.ROOT, "%,d |", limits.maxZipEntries()));
        assertThat(rows.get("maxUnpackedBytes")).startsWith(mb(limits.maxUnpackedBytes()) + " |");
        assertThat(rows.get("maxCompressionRatio")).startsWith(Math.round(limits.maxCompressionRatio()) + " |")
                .contains("per entry larger than " + mb(ZipBombGuard.RATIO_GRACE_BYTES));
        assertThat(rows.get("maxDecodedBytes")).startsWith(mb(extraction.maxDecodedBytes()) + " |");
        assertThat(rows.get("maxFormDepth")).startsWith(extraction.maxFormDepth() + " |");
        assertThat(rows.get("maxPages")).startsWith(String.format(Locale.ROOT, "%,d |", extraction.maxPages()));
        assertThat(rows.get("maxTextChars")).startsWith(String.format(Locale.ROOT, "%,d |", extraction.maxTextChars()));
        assertThat(rows.get("maxTime")).startsWith(extraction.maxTime().toSeconds() + " s |");
    }
}
