package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Evidence;
import org.parallax.model.HypothesisSet;
import org.parallax.model.ParallaxException;
import org.parallax.model.TeamRole;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.OutsideDamage;
import org.parallax.testutil.TestProjects;
import org.parallax.testutil.TestServer;

/**
 * Rows of process tracing, saved searches, code guides' anchors, the assistant's records and coders whose values no
 * longer match the checksum written with them (changed by another tool, a flipped bit): an edit of such a row wrote
 * its checksum anew, and so did an action that only met it (a hypothesis added beside it, an anchor or rejection made
 * again, a team member added again), so that the check no longer named the damage. An edit is refused, saying why;
 * a row only met keeps its damage for the check to name.
 */
class DamagedRowOfEveryTableTest {
    private static final String SET = org.parallax.analysis.tracing.StudyHypotheses.TEMPLATE.name();

    @TempDir
    Path dir;

    @BothBackends
    void editsOfDamagedRowsAreRefusedAndRowsOnlyMetKeepTheirDamageForTheCheck(Backend backend) throws Exception {
        Workbench wb = backend.table1(dir);
        long document = TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt",
                "NATO and Russia met in Rome. Sanctions were named."));
        Code code = wb.codebook().current().codes().get(0);
        long first = wb.coding().code(document, 0, 4, code.id(), null).id();
        long second = wb.coding().code(document, 9, 15, code.id(), null).id();
        wb.codebook().addAnchor(code.id(), first);
        HypothesisSet set = wb.tracing().installStudyTemplate();
        long h1 = set.hypotheses().get(0).id();
        long rival = wb.tracing().addHypothesis("Rivals", "R1", "A first rival", 0.3, false).id();
        wb.tracing().addHypothesis("Rivals", "R2", "A second rival", 0.3, false);
        Evidence item = wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(first), null,
                Map.of("H1", "very likely", "H2", "unlikely", "Other", "0.5"), null, null, "a note", null));
        long event = wb.tracing().addEvent(LocalDate.parse("2014-03-18"), "Annexation", "Crimea").id();
        wb.search().save("sanctions", "sanction*");
        Suggestion suggestion = new Suggestion(document, 29, 38, code.id(), code.name(), 0.8);
        wb.assistant().reject(suggestion);
        String rejecter = wb.activeCoder().name();
        String location = wb.location();
        wb.close();
        if (backend == Backend.SQLITE) {
            takeTheDailyBackup(location);
        } else {
            backend.open(location, "second").close();
        }

        OutsideDamage.run(location, "UPDATE hypotheses SET statement = 'changed outside Parallax' WHERE id = " + h1,
                "UPDATE hypotheses SET statement = 'changed outside Parallax' WHERE id = " + rival,
                "UPDATE evidence SET note = 'changed outside Parallax' WHERE id = " + item.id(),
                "UPDATE saved_searches SET created = '2001-01-01T00:00:00Z' WHERE name = 'sanctions'",
                "UPDATE code_anchors SET segment_id = " + second + " WHERE segment_id = " + first,
                "UPDATE assistant_rejections SET created = '2001-01-01T00:00:00Z'",
                "UPDATE causal_events SET description = 'changed outside Parallax' WHERE id = " + event,
                "UPDATE coders SET row_crc = row_crc + 1 WHERE name = 'second'");

        try (Workbench open = Workbench.open(location, Backend.PASSWORD::toCharArray)) {
            refused(() -> open.tracing().editHypothesis(SET, "H1", null, "A statement of mine", null),
                    "Hypothesis “H1”");
            refused(() -> open.tracing().editEvidence(new EvidenceEdit(SET, item.id(), Map.of(), null, null, false,
                    "my note", null)), "Evidence item " + item.id());
            refused(() -> open.search().save("sanctions", "embargo*"), "Saved search “sanctions”");

            open.tracing().addHypothesis("Rivals", "R3", "A third rival", 0.2, false);
            open.codebook().addAnchor(code.id(), second);
            open.assistant().reject(suggestion);
            open.tracing().addEvent(LocalDate.parse("2015-02-12"), "Minsk II", null);
            if (backend == Backend.POSTGRESQL) {
                Team.addUser(TestServer.asLogin(location, TestServer.adminUser(TestServer.adminUrl())), null,
                        "second", TeamRole.LEAD, Backend.PASSWORD.toCharArray(), null);
            }

            assertThat(open.tracing().set(SET).hypotheses()).extracting(h -> h.statement()).contains(
                    "changed outside Parallax").doesNotContain("A statement of mine");
            assertThat(open.search().saved()).extracting(s -> s.query()).containsExactly("sanction*");
            List<String> named = open.check().contentHashes().stream().map(CheckFinding::where).toList();
            assertThat(named).contains("hypotheses row " + h1, "hypotheses row " + rival, "evidence row " + item.id(),
                    "causal events row " + event,
                    "the anchor example of code “" + code.name() + "” (passage " + second
                            + " in document “report”, “Russia”)",
                    "a rejected suggestion of code “" + code.name() + "” in document “report” (coder “" + rejecter
                            + "”)");
            assertThat(named).filteredOn(w -> w.startsWith("saved searches row ")).hasSize(1);
            if (backend == Backend.POSTGRESQL) {
                assertThat(named).filteredOn(w -> w.startsWith("coder ") && w.endsWith("“second”")).hasSize(1);
            }
        }
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable edit, String row) {
        assertThatThrownBy(edit).isInstanceOf(ParallaxException.class)
                .hasMessageContaining(row + ": its values no longer match the checksum written with them")
                .hasMessageContaining("your change was not saved");
    }

    /** As in {@link DamagedRowEditTest}: after the day's first open, opening checks nothing before writing. */
    private static void takeTheDailyBackup(String file) {
        try (Workbench wb = Workbench.open(Path.of(file))) {
            assertThat(Backups.list(Path.of(file))).isNotEmpty();
        }
    }
}
