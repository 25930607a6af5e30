package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts in words, one wording for screens, reports and the command line. */
class CountedTest {

    @Test
    void oneIsSingularAndEverythingElsePlural() {
        assertThat(Counted.of(1, "passage")).isEqualTo("1 passage");
        assertThat(Counted.of(0, "memo")).isEqualTo("0 memos");
        assertThat(Counted.of(12, "coded passage")).isEqualTo("12 coded passages");
    }

    @Test
    void thousandsAreGroupedWithCommasWhateverTheLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(Counted.of(999, "file")).isEqualTo("999 files");
            assertThat(Counted.of(1_000, "file")).isEqualTo("1,000 files");
            assertThat(Counted.of(200_230, "passage")).isEqualTo("200,230 passages");
            assertThat(Counted.of(3_000_000_230L, "passage")).isEqualTo("3,000,000,230 passages");
            assertThat(Counted.grouped(-1_234_567)).isEqualTo("-1,234,567");
            assertThat(Counted.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
        } finally {
            Locale.setDefault(before);
        }
    }
}
