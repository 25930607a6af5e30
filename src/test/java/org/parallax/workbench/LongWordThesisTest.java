package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.testutil.Cli;
import org.parallax.testutil.HeapLimitedCli;
import org.parallax.testutil.WordMarkupDocx;

/**
 * A long thesis saved by Word: its XML is some five bytes a character of text, revision ids, fonts and languages
 * written out on every run. The limit on what POI holds counted 25,000,000 characters of XML text and attribute
 * values whatever the heap, so a thesis of 12,500,000 characters (63 MB of XML, 27 million such characters) was
 * refused under any heap; it is now weighed against the heap, read under 768 MiB and refused in one line under the
 * launchers' 256 MiB, before POI reads it.
 */
class LongWordThesisTest {
    private static final int CHARACTERS = 12_500_000;

    @TempDir
    Path dir;

    @Test
    void aLongThesisImportsUnderAHeapThatHoldsItsXmlAndIsRefusedInOneLineUnderOneThatDoesNot() throws Exception {
        Path thesis = WordMarkupDocx.write(dir.resolve("thesis.docx"), CHARACTERS);
        Path small = dir.resolve("small.parallax");
        assertThat(Cli.parallax("new", small).exit()).isZero();

        HeapLimitedCli.Result refused = HeapLimitedCli.run(dir, "256m", "import", small, thesis);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.errorLines()).hasSize(1).first().asString().matches("failed: thesis\\.docx: exceeds the "
                + "extraction limit \\(more than 2\\d\\.\\d MB of XML, read into memory whole, hidden and deleted "
                + "text, comments and Word's markup included: the most a Java heap of 2\\d\\d MiB holds; run it again "
                + "with a larger heap, e\\.g\\. PARALLAX_JAVA_OPTIONS=-Xmx1g\\)");

        Path large = dir.resolve("large.parallax");
        assertThat(Cli.parallax("new", large).exit()).isZero();

        HeapLimitedCli.Result read = HeapLimitedCli.run(dir, "768m", "import", large, thesis);

        assertThat(read.errorLines()).isEmpty();
        assertThat(read.exit()).isZero();
        try (Workbench wb = Workbench.open(large)) {
            List<Document> documents = wb.documents().list();
            assertThat(documents).hasSize(1);
            assertThat(documents.get(0).length()).isGreaterThan(CHARACTERS);
        }
    }
}
