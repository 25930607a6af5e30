package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.workbench.Disagreement.Kind;
import org.parallax.workbench.Disagreement.Side;

class ComparisonTest {
    @TempDir
    static Path dir;
    private static Path sample;

    @BeforeAll
    static void buildSample() {
        sample = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), sample);
    }

    @BothBackends
    void disagreementsAgreeWithPracticeOnEachSharedDocument(Backend backend) {
        try (Workbench wb = backend.from(sample)) {
            CoderComparison all = wb.comparison().compare("analyst", "second-coder", null);
            int matched = 0;
            int unmatched = 0;
            int shared = 0;
            for (Document d : wb.documents().list()) {
                PracticeReport practice = wb.practice().compare(d.id(), "analyst", "second-coder");
                CoderComparison one = wb.comparison().compare("analyst", "second-coder", d.id());
                boolean bothCoded = practice.matched().size() + practice.missed().size() > 0
                        && practice.matched().size() + practice.extra().size() > 0;
                if (!bothCoded) {
                    assertThat(one.disagreements()).isEmpty();
                    assertThat(one.documents()).isZero();
                    continue;
                }
                assertThat(one.matched()).isEqualTo(practice.matched().size());
                assertThat(one.count(Kind.ONLY_A) + one.count(Kind.ONLY_B) + 2 * one.count(Kind.DIFFERENT_CODE))
                        .isEqualTo(practice.extra().size() + practice.missed().size());
                shared++;
                matched += one.matched();
                unmatched += practice.extra().size() + practice.missed().size();
            }
            assertThat(shared).isEqualTo(3);
            assertThat(all.documents()).isEqualTo(3);
            assertThat(all.matched()).isEqualTo(matched).isPositive();
            assertThat(all.disagreements()).isNotEmpty();
            assertThat(all.count(Kind.ONLY_A) + all.count(Kind.ONLY_B) + 2 * all.count(Kind.DIFFERENT_CODE))
                    .isEqualTo(unmatched);
            assertThat(all.count(Kind.ONLY_B)).isPositive();
            double kappa = wb.analysis().agreement(List.of("analyst", "second-coder"),
                    all.disagreements().stream().map(Disagreement::documentId).distinct().toList(),
                    AgreementUnit.CHARACTER, null, false).lines().stream()
                    .filter(l -> l.code().equals(AgreementReport.ALL_CODES) && l.statistic().equals("kappa"))
                    .findFirst().orElseThrow().value();
            assertThat(all.kappa()).isEqualTo(kappa).isBetween(0.0, 1.0);
        }
    }

    @BothBackends
    void eachDisagreementCarriesTheTextAndCodeOfItsSides(Backend backend) {
        try (Workbench wb = backend.from(sample)) {
            CoderComparison all = wb.comparison().compare("analyst", "second-coder", null);
            for (Disagreement d : all.disagreements()) {
                String text = wb.documents().text(d.documentId());
                for (Side side : Side.values()) {
                    Disagreement.Passage p = d.side(side);
                    if (p != null) {
                        assertThat(p.text()).isEqualTo(text.substring(p.segment().start(), p.segment().end()));
                        assertThat(wb.codebook().code(p.code()).id()).isEqualTo(p.segment().codeId());
                    }
                }
                assertThat(d.kind() == Kind.ONLY_A).isEqualTo(d.b() == null);
                assertThat(d.kind() == Kind.ONLY_B).isEqualTo(d.a() == null);
            }
        }
    }

    @BothBackends
    void acceptingASideWritesConsensusOnlyAndUndoRemovesIt(Backend backend) {
        try (Workbench wb = backend.from(sample)) {
            Disagreement onlyB = wb.comparison().compare("analyst", "second-coder", null).disagreements().stream()
                    .filter(d -> d.kind() == Kind.ONLY_B).findFirst().orElseThrow();
            List<Segment> before = wb.coding().segments();

            assertThat(wb.comparison().accept(onlyB, Side.A)).isEmpty();
            Segment consensus = wb.comparison().accept(onlyB, Side.B).orElseThrow();

            long consensusId = wb.analysis().coderIds(List.of(Comparison.CONSENSUS)).iterator().next();
            Segment chosen = onlyB.b().segment();
            assertThat(consensus.coderId()).isEqualTo(consensusId);
            assertThat(List.of(consensus.documentId(), (long) consensus.start(), (long) consensus.end(),
                    consensus.codeId())).containsExactly(chosen.documentId(), (long) chosen.start(),
                    (long) chosen.end(), chosen.codeId());
            assertThat(wb.coding().segments()).hasSize(before.size() + 1).containsAll(before);
            assertThat(wb.comparison().accept(onlyB, Side.B)).isEmpty();
            assertThat(wb.comparison().compare("analyst", "second-coder", null).disagreements())
                    .filteredOn(Disagreement::resolved).singleElement()
                    .satisfies(d -> assertThat(d.b().segment()).isEqualTo(chosen));

            assertThat(wb.history().undo()).isPresent();
            assertThat(wb.coding().segments()).containsExactlyInAnyOrderElementsOf(before);
            assertThat(wb.comparison().compare("analyst", "second-coder", null).disagreements())
                    .noneMatch(Disagreement::resolved);
        }
    }

    @BothBackends
    void writingConsensusCodesTheConsensusLayerDirectly(Backend backend) {
        try (Workbench wb = backend.from(sample)) {
            Document doc = wb.documents().list().get(0);
            long code = wb.codebook().code("Balance of power").id();
            Segment written = wb.comparison().writeConsensus(doc.id(), 0, 10, code);
            assertThat(wb.analysis().coderIds(List.of(Comparison.CONSENSUS))).containsExactly(written.coderId());
            assertThatThrownBy(() -> wb.comparison().writeConsensus(doc.id(), 0, 10, code))
                    .hasMessageContaining("already holds");
            wb.history().undo();
            assertThat(wb.coding().segments()).doesNotContain(written);
        }
    }

    @BothBackends
    void unknownOrIdenticalCodersAreRejectedByName(Backend backend) {
        try (Workbench wb = backend.from(sample)) {
            assertThatThrownBy(() -> wb.comparison().compare("nobody", "analyst", null))
                    .hasMessageContaining("No coder named 'nobody'").hasMessageContaining("second-coder");
            assertThatThrownBy(() -> wb.comparison().compare("analyst", "analyst", null))
                    .hasMessageContaining("Both coders are 'analyst'");
        }
    }
}
