package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeFrequenciesTest {

    @Test
    void countsSegmentsDocumentsAndCharactersPerCodeInCodebookOrder() {
        List<CodeFrequency> frequencies = CodeFrequencies.compute(Table1Fixture.CODEBOOK, Table1Fixture.SEGMENTS);

        assertThat(frequencies).containsExactly(
                new CodeFrequency(101, "Balance of power", 3, 2, 190),
                new CodeFrequency(102, "Perception of threatening behavior", 2, 2, 125),
                new CodeFrequency(103, "Actions that are threatening to vital interests of either party", 1, 1, 100),
                new CodeFrequency(201, "Convergence of norms", 3, 3, 230),
                new CodeFrequency(202, "Divergence in norms and values", 2, 2, 150),
                new CodeFrequency(301, "Partnership schemes / joint exercise", 2, 2, 400),
                new CodeFrequency(302, "Institutionalized dialogue", 2, 2, 540),
                new CodeFrequency(303, "Disbanding of institutional interaction", 1, 1, 100),
                new CodeFrequency(401, "Quote", 1, 1, 20));
    }

    @Test
    void unusedCodesHaveZeroFrequency() {
        assertThat(CodeFrequencies.compute(Table1Fixture.CODEBOOK, List.of()))
                .hasSize(9)
                .allSatisfy(f -> assertThat(f.segments() + f.documents() + f.characters()).isZero());
    }
}
