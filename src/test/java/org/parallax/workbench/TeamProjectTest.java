package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Matrix;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * The workbench on a team project: members open it by URL as their own logins, code in their own layers, and
 * many of them at once lose nothing (the concurrency proof).
 */
@NeedsTestServer
class TeamProjectTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    @Test
    void aCoderCodesInTheirOwnLayerAndSeesOnlyItInBlindMode() throws Exception {
        String project = TestServer.freshProjectName("layers");
        String url = team.publish(project);
        String coder = project + "_cora";
        String reader = project + "_rex";
        Team.addUser(url, null, coder, TeamRole.CODER, "cora-pw".toCharArray(), null);
        Team.addUser(url, null, reader, TeamRole.READER, "rex-pw".toCharArray(), null);
        try (Workbench lead = Workbench.open(url, null)) {
            lead.setBlindMode(true);
        }
        try (Workbench cora = Workbench.open(TestServer.asLogin(url, coder), "cora-pw"::toCharArray)) {
            assertThat(cora.activeCoder().name()).isEqualTo(coder);
            assertThat(cora.coding().segments()).isEmpty();
            assertThat(cora.analysis().table1().total().segments()).isZero();
            Document doc = cora.documents().list().get(0);
            Code code = cora.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst()
                    .orElseThrow();
            Segment mine = cora.coding().code(doc.id(), 0, 5, code.id(), "first try");
            assertThat(mine.coderId()).isEqualTo(cora.activeCoder().id());
            assertThat(cora.coding().segments()).extracting(Segment::id).containsExactly(mine.id());
            assertThat(cora.analysis().table1().total().segments()).isEqualTo(1);
            // Even asking for every coder's passages returns what the server lets this login read.
            assertThat(cora.analysis().table1(true).total().segments()).isEqualTo(1);

            assertThatThrownBy(() -> cora.codebook().updateCode(new Code(code.id(), code.parentId(), code.frameId(),
                    code.scenarioId(), "Renamed by a coder", code.color(), code.definition(), code.shortcut(),
                    code.position(), code.inclusion(), code.exclusion())))
                    .isInstanceOf(ParallaxException.class).hasMessageContaining("your role");
            assertThatThrownBy(() -> cora.setActiveCoder("analyst")).hasMessageContaining("code as your login");
            assertThatThrownBy(() -> cora.coding().code(doc.id(), 10, 20, code.id(), "analyst", null))
                    .hasMessageContaining("your role");
        }
        try (Workbench lead = Workbench.open(url, null)) {
            assertThat(lead.coding().segments()).hasSize(72);
            assertThat(lead.codebook().current().codes().get(0).name()).isNotEqualTo("Renamed by a coder");
        }
        try (Workbench rex = Workbench.open(TestServer.asLogin(url, reader), "rex-pw"::toCharArray)) {
            assertThat(rex.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("your role in this team project is reader"));
            assertThat(rex.coding().segments()).hasSize(72);
            Document doc = rex.documents().list().get(0);
            assertThatThrownBy(() -> rex.coding().code(doc.id(), 0, 5, rex.codebook().current().codes().get(0).id(),
                    null)).hasMessageContaining("reading only");
        }
    }

    /**
     * 8 coders × 500 codings while 2 leads edit the codebook and one edits document metadata: exactly 4,000
     * new passages, every edit applied or refused in words, and Table 1 equals a recount in the database.
     */
    @Test
    void eightCodersAndThreeEditorsAtOnceLoseNothing() throws Exception {
        String project = TestServer.freshProjectName("busy");
        String url = team.publish(project);
        int coders = 8;
        int codings = 500;
        for (int i = 0; i < coders; i++) {
            Team.addUser(url, null, project + "_c" + i, TeamRole.CODER, ("pw" + i).toCharArray(), null);
        }
        for (String editor : List.of("e0", "e1", "m0")) {
            Team.addUser(url, null, project + "_" + editor, TeamRole.LEAD, "lead-pw".toCharArray(), null);
        }
        List<Document> documents;
        List<Code> codes;
        try (Workbench lead = Workbench.open(url, null)) {
            documents = lead.documents().list();
            codes = lead.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(coders + 3);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> userErrors = new ConcurrentLinkedQueue<>();
        AtomicInteger editsApplied = new AtomicInteger();
        List<Future<Integer>> coding = new ArrayList<>();
        for (int i = 0; i < coders; i++) {
            String login = project + "_c" + i;
            String password = "pw" + i;
            coding.add(pool.submit(() -> {
                try (Workbench wb = Workbench.open(TestServer.asLogin(url, login), password::toCharArray)) {
                    start.await();
                    int done = 0;
                    for (int k = 0; k < codings; k++) {
                        Document doc = documents.get(k % documents.size());
                        int from = (k / documents.size()) * 2;
                        wb.coding().code(doc.id(), from, from + 1, codes.get(k % codes.size()).id(), null);
                        done++;
                    }
                    return done;
                }
            }));
        }
        List<Future<Integer>> editing = new ArrayList<>();
        for (String editor : List.of("e0", "e1")) {
            editing.add(pool.submit(() -> {
                try (Workbench wb = Workbench.open(TestServer.asLogin(url, project + "_" + editor), "lead-pw"::toCharArray)) {
                    start.await();
                    for (int k = 0; k < 40; k++) {
                        Code code = wb.codebook().current().codes().get(k % 3);
                        try {
                            wb.codebook().updateCode(new Code(code.id(), code.parentId(), code.frameId(),
                                    code.scenarioId(), code.name(), code.color(), editor + " edit " + k,
                                    code.shortcut(), code.position(), code.inclusion(), code.exclusion()));
                            editsApplied.incrementAndGet();
                        } catch (ParallaxException e) {
                            userErrors.add(e.getMessage());
                        }
                    }
                    return 0;
                }
            }));
        }
        editing.add(pool.submit(() -> {
            try (Workbench wb = Workbench.open(TestServer.asLogin(url, project + "_m0"), "lead-pw"::toCharArray)) {
                start.await();
                for (int k = 0; k < 40; k++) {
                    Document doc = wb.documents().list().get(k % 5);
                    try {
                        DocumentMeta m = doc.meta();
                        wb.documents().updateMeta(doc.id(), new DocumentMeta(m.title() + " ·", m.date(), m.type(),
                                m.actor(), m.language(), m.scenario(), m.attributes()));
                        editsApplied.incrementAndGet();
                    } catch (ParallaxException e) {
                        userErrors.add(e.getMessage());
                    }
                }
                return 0;
            }
        }));
        start.countDown();
        int coded = 0;
        for (Future<Integer> f : coding) {
            coded += f.get(10, TimeUnit.MINUTES);
        }
        for (Future<Integer> f : editing) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(coded).isEqualTo(coders * codings);
        // No serialization failure, deadlock or database error reaches a user: an edit is applied, or refused
        // because someone changed the same thing first, in words.
        assertThat(userErrors).allSatisfy(m -> assertThat(m).contains("changed by"));
        assertThat(editsApplied.get()).isPositive();
        assertThat(editsApplied.get() + userErrors.size()).isEqualTo(120);

        Map<Long, Integer> recount = new TreeMap<>();
        try (Connection admin = TestServer.plainSession(team.database(), TestServer.adminUser(team.database()), null)) {
            ResultSet rs = admin.createStatement().executeQuery("SELECT count(*) FROM " + project + ".segments s "
                    + "JOIN " + project + ".coders c ON c.id = s.coder_id WHERE c.name LIKE '" + project + "\\_c%'");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(coders * codings);
            rs = admin.createStatement().executeQuery("SELECT code_id, count(*) FROM " + project + ".segments "
                    + "GROUP BY code_id");
            while (rs.next()) {
                recount.put(rs.getLong(1), rs.getInt(2));
            }
        }
        try (Workbench lead = Workbench.open(url, null)) {
            assertThat(lead.coding().segments()).hasSize(71 + coders * codings);
            Matrix table1 = lead.analysis().table1(true);
            for (int row = 0; row < table1.rows().size(); row++) {
                Matrix.Row r = table1.rows().get(row);
                if (r.kind() == Matrix.RowKind.CODE) {
                    assertThat(table1.rowTotal(row).segments()).as(r.label())
                            .isEqualTo(recount.getOrDefault(r.id(), 0));
                }
            }
        }
    }


}
