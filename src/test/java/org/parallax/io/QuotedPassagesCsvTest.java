package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;

/** The passages sheet: read by quotation, and refused in one clear line when broken (cases found by fuzzing). */
class QuotedPassagesCsvTest {
    private static final String HEADER = "file,code,quote,coder,memo\n";

    @TempDir
    Path dir;

    @Test
    void readsQuotedPassagesWithTheirSheetLines() throws Exception {
        Path csv = Files.writeString(dir.resolve("passages.csv"), HEADER
                + "munich.txt,Balance of power,\"a unipolar world, one centre of power\",analyst,\n");
        assertThat(QuotedPassagesCsv.read(csv)).singleElement().satisfies(p -> {
            assertThat(p.quote()).isEqualTo("a unipolar world, one centre of power");
            assertThat(p.memo()).isNull();
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void unclosedQuoteIsOneClearLineNamingTheFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("passages.csv"), HEADER
                + "munich.txt,Balance of power,\"a unipolar world,analyst,\n");
        assertThatThrownBy(() -> QuotedPassagesCsv.read(csv)).isInstanceOf(ParallaxException.class)
                .hasMessageStartingWith("passages.csv: cannot read passages (")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\n"));
    }

    @Test
    void textAfterAClosingQuoteIsOneClearLineNamingTheFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("passages.csv"), HEADER
                + "munich.txt,Balance of power,\"a unipolar world\" indeed,analyst,\n");
        assertThatThrownBy(() -> QuotedPassagesCsv.read(csv)).isInstanceOf(ParallaxException.class)
                .hasMessageStartingWith("passages.csv: cannot read passages (")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\n"));
    }

    @Test
    void sheetThatIsNotUtf8SaysSo() throws Exception {
        Path csv = Files.write(dir.resolve("passages.csv"), (HEADER + "мюнхен.txt,Balance of power,мир,analyst,\n")
                .getBytes(Charset.forName("windows-1251")));
        assertThatThrownBy(() -> QuotedPassagesCsv.read(csv)).isInstanceOf(ParallaxException.class)
                .hasMessage("passages.csv: cannot read passages (not UTF-8 text)");
    }
}
