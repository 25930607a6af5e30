package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Segment;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * Members working at the same moment from programs of their own, each a child JVM on the real server (destroyed after
 * each test): what one does never silently undoes, doubles or re-credits the other's work.
 */
@NeedsTestServer
class TeamTwoProgramsTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    @TempDir
    Path dir;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void endChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroy();
            if (!child.waitFor(5, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Two programs of one coder (a window and a terminal) code the same span with the same code at the same moment:
     * the test holds the document's row, so both wait in their transaction and go on together.
     */
    @Test
    void theSameSpanCodedAtTheSameMomentByTwoProgramsIsStoredOnceAndTheOtherIsToldItIsAlreadyCoded() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "samespan");
        long document;
        long code;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            document = online.documents().list().get(0).id();
            code = OfflineMember.indicator(online).id();
        }
        Process first;
        Process second;
        String database = cora.leadUrl().substring(0, cora.leadUrl().indexOf('?'));
        try (Connection admin = admin(database, cora)) {
            admin.setAutoCommit(false);
            try (Statement st = admin.createStatement()) {
                st.executeQuery("SELECT id FROM documents WHERE id = " + document + " FOR UPDATE").close();
            }
            first = child("first", "cora-pw", "code", cora.url(), document, 200, 230, code);
            second = child("second", "cora-pw", "code", cora.url(), document, 200, 230, code);
            awaitWaiting(database, cora.login(), 2);
            admin.commit();
        }
        ChildProcesses.awaitExit(first, 120);
        ChildProcesses.awaitExit(second, 120);

        List<String> said = List.of(out("first"), out("second"));
        assertThat(said).as("one program stored it, the other was told in one line")
                .filteredOn(line -> line.startsWith("stored ")).hasSize(1);
        assertThat(said).filteredOn(line -> line.startsWith("refused: ")).singleElement()
                .isEqualTo("refused: This passage is already coded with that code by that coder: another program "
                        + "or window of that coder, or a lead, coded it a moment ago (nothing was changed)");
        assertThat(List.of(first.exitValue(), second.exitValue())).containsExactlyInAnyOrder(0, 1);
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segmentsOfDocument(document))
                    .filteredOn(s -> s.start() == 200 && s.end() == 230 && s.codeId() == code).hasSize(1);
        }
    }

    /** A lead's program deletes a code before a coder's program pushes passages coded offline with it. */
    @Test
    void passagesOfACodeDeletedBeforeTheCodersPushStayInTheCopyAndAreNamed() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "deletedpush");
        Code code;
        long document;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            code = OfflineMember.indicator(online);
            document = online.documents().list().get(0).id();
        }
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().code(document, 300, 320, code.id(), "cora's reading offline");
            offline.coding().code(document, 340, 360, code.id(), null);
        }

        Process lead = child("lead", null, "delete", cora.leadUrl(), code.id());
        ChildProcesses.awaitExit(lead, 120);
        assertThat(out("lead")).isEqualTo("deleted");
        Process push = child("push", "cora-pw", "push", copy, cora.url());
        ChildProcesses.awaitExit(push, 120);

        assertThat(push.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("push-out.txt")))
                .contains("code " + code.name() + " was deleted from the team codebook since the last pull or push");
        try (Workbench offline = Workbench.open(copy)) {
            assertThat(offline.coding().segmentsOfDocument(document)).as("kept in the copy")
                    .filteredOn(s -> s.codeId() == code.id()).extracting(Segment::start).contains(300, 340);
        }
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.codebook().current().code(code.id())).isEmpty();
            assertThat(online.coding().segmentsOfDocument(document)).filteredOn(s -> s.start() == 300
                    || s.start() == 340).isEmpty();
        }
    }

    /** A lead's program merges a code before a coder's program pushes passages coded offline with it. */
    @Test
    void passagesOfACodeMergedBeforeTheCodersPushAreSentUnderTheKeptCode() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "mergedpush");
        Code code;
        Code kept;
        long document;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            code = OfflineMember.indicator(online);
            kept = online.codebook().current().codes().stream().filter(c -> c.id() != code.id()
                    && !c.isScenarioCode()).findFirst().orElseThrow();
            document = online.documents().list().get(0).id();
        }
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().code(document, 300, 320, code.id(), "cora's reading offline");
        }

        Process lead = child("lead", null, "merge", cora.leadUrl(), code.id(), kept.id());
        ChildProcesses.awaitExit(lead, 120);
        assertThat(out("lead")).isEqualTo("merged");
        Process push = child("push", "cora-pw", "push", copy, cora.url());
        ChildProcesses.awaitExit(push, 120);

        assertThat(push.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("push-out.txt"))).startsWith("1 passage sent");
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            Segment sent = online.coding().segmentsOfDocument(document).stream()
                    .filter(s -> s.start() == 300 && s.end() == 320).findFirst().orElseThrow();
            assertThat(sent.codeId()).isEqualTo(kept.id());
            assertThat(online.coders().stream().filter(c -> c.id() == sent.coderId()).findFirst().orElseThrow()
                    .name()).isEqualTo(cora.login());
            assertThat(online.memos().memo(org.parallax.model.MemoTarget.passage(sent.id()))).get()
                    .satisfies(m -> assertThat(m.text()).isEqualTo("cora's reading offline"));
        }
    }

    private Process child(String name, String password, Object... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                TeamMemberChild.class.getName()));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(dir.resolve(name + "-err.txt").toFile())
                .redirectOutput(dir.resolve(name + "-out.txt").toFile());
        if (password != null) {
            builder.environment().put("PARALLAX_CHILD_PASSWORD", password);
        }
        Process child = builder.start();
        children.add(child);
        return child;
    }

    private String out(String name) throws IOException {
        return Files.readString(dir.resolve(name + "-out.txt")).strip();
    }

    private static Connection admin(String database, OfflineMember member) throws SQLException {
        String url = member.leadUrl();
        Connection c = TestServer.plainSession(database, TestServer.adminUser(database), null);
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + url.substring(url.indexOf("project=") + "project=".length()));
        }
        return c;
    }

    /** Waits until {@code sessions} sessions of {@code login} wait for a lock inside a transaction. */
    private static void awaitWaiting(String database, String login, int sessions) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try (Connection probe = TestServer.plainSession(database, TestServer.adminUser(database), null);
                 Statement st = probe.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + login
                         + "' AND wait_event_type = 'Lock'")) {
                rs.next();
                if (rs.getLong(1) >= sessions) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("both programs wait for the held document").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
