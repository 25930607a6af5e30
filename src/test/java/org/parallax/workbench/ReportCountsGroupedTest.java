package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every count in a merge's or a REFI-QDA import's summary is written the same way, large ones grouped by thousands. */
class ReportCountsGroupedTest {

    @Test
    void aMergeSummaryGroupsThePassagesAlreadyPresentAsItGroupsThoseAdded() {
        MergeReport report = new MergeReport(2_718, 4_110, List.of("ana"), List.of(), List.of(), 0, "other.parallax");

        assertThat(report.summary().get(0)).isEqualTo("2,718 passages added (4,110 already present) for ana");
    }

    @Test
    void anExchangeSummaryGroupsEveryCount() {
        List<String> matched = Collections.nCopies(1_200, "doc");
        ExchangeReport report = new ExchangeReport(List.of("a"), matched, 1, 1_500, 12_000, 30_000, 1_001, 2_002, 0,
                Map.of(), List.of());

        assertThat(report.summary("study.qdpx")).startsWith(
                "study.qdpx: 1 document added, 1,200 matched, 1 code created, 1,500 matched, 12,000 passages added, "
                        + "30,000 already present",
                "process tracing: 1,001 hypothesis sets and 2,002 evidence items added");
    }
}
