package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Team;
import org.parallax.workbench.Workbench;

/**
 * `team push`: a coder pulls a copy, works offline while the lead changes things on the server, and pushes back.
 * New passages and memos arrive once (a second push sends nothing), what changed on the server since the last pull
 * or push is not overwritten, and each item not sent is one line naming it.
 */
@NeedsTestServer
class TeamPushCliTest {
    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";
    private static String database;

    @TempDir
    Path dir;
    private String previousPasswordFile;

    @BeforeAll
    static void server() {
        database = TestServer.freshDatabase();
    }

    @BeforeEach
    void rememberPasswordFile() {
        previousPasswordFile = System.getProperty(PASSWORD_FILE);
    }

    @AfterEach
    void restorePasswordFile() {
        if (previousPasswordFile == null) {
            System.clearProperty(PASSWORD_FILE);
        } else {
            System.setProperty(PASSWORD_FILE, previousPasswordFile);
        }
    }

    @Test
    void aCodersOfflineWorkArrivesOnceAndWhatChangedOnTheServerIsNotOverwritten() throws Exception {
        String project = TestServer.freshProjectName("push");
        String url = publishSample(project);
        String cora = project + "_cora";
        Team.addUser(url, null, cora, TeamRole.CODER, "cora-pw".toCharArray(), null);
        passwordFile(cora, "cora-pw");
        String coraUrl = TestServer.asLogin(url, cora);

        long removedLater;
        long firstDocument;
        try (Workbench online = Workbench.open(coraUrl, null)) {
            firstDocument = online.documents().list().get(0).id();
            Code code = indicator(online);
            removedLater = online.coding().code(firstDocument, 0, 10, code.id(), null).id();
            online.memos().set(MemoTarget.document(firstDocument), "cora's first note");
        }

        Path copy = dir.resolve("cora.parallax");
        Cli pull = Cli.parallax("team", "pull", coraUrl, copy);
        assertThat(pull.exit()).as(pull.err()).isZero();
        // A push with nothing left behind succeeds plainly.
        Cli untouched = Cli.parallax("team", "push", copy, coraUrl);
        assertThat(untouched.exit()).as(untouched.err()).isZero();
        assertThat(untouched.err()).isBlank();

        List<String> offline = new ArrayList<>();
        try (Workbench wb = Workbench.open(copy)) {
            assertThat(wb.activeCoder().name()).as("the copy codes as the login that pulled it").isEqualTo(cora);
            Code code = indicator(wb);
            for (Document d : wb.documents().list().subList(0, 3)) {
                Segment s = wb.coding().code(d.id(), 20, 40, code.id(), null);
                offline.add(d.contentHash());
                if (offline.size() == 1) {
                    wb.memos().set(MemoTarget.passage(s.id()), "offline passage memo");
                }
            }
            Code invented = wb.codebook().addCode("Invented offline", null, null, null, null);
            wb.coding().code(firstDocument, 50, 60, invented.id(), null);
            wb.memos().set(MemoTarget.document(firstDocument), "cora's note, rewritten offline");
        }

        // Meanwhile on the server: the lead removes one of cora's pulled passages and rewrites her memo.
        try (Workbench lead = Workbench.open(url, null)) {
            lead.coding().uncode(removedLater);
            lead.memos().set(MemoTarget.document(firstDocument), "lead rewrote this");
        }

        Cli push = Cli.parallax("team", "push", copy, coraUrl);
        // Three items were not sent: a script must see that the push was partial.
        assertThat(push.exit()).as(push.err()).isEqualTo(1);
        assertThat(push.out()).contains("3 passages sent", "1 memo sent").doesNotContain("not pulled");
        assertThat(push.err().lines()).as(push.err()).containsExactlyInAnyOrder(
                "not sent: code Invented offline is not in the team codebook (a lead adds it, then push again): "
                        + "1 passage not sent",
                "not sent: passage \"" + title(copy, firstDocument) + "\" 0–10 (" + indicatorName(copy)
                        + ") of " + cora + " was removed or recoded on the server since the last pull or push "
                        + "(not sent again)",
                "not sent: memo on document \"" + title(copy, firstDocument) + "\" was changed on the server "
                        + "since the last pull or push (your text is still in cora.parallax, not sent)");

        assertThat(coraPassages(project, cora)).hasSize(3);
        assertThat(passageMemos(project)).containsExactly("offline passage memo");
        assertThat(documentMemo(project, firstDocument)).isEqualTo("lead rewrote this");

        Cli again = Cli.parallax("team", "push", copy, coraUrl);
        // The same three are still not sent, and still said; the memo sent is recorded in the copy as the server's.
        assertThat(again.exit()).as(again.err()).isEqualTo(1);
        assertThat(again.out()).contains("0 passages sent (74 already on the server), 0 memos sent (0 already there)");
        assertThat(coraPassages(project, cora)).hasSize(3);
        assertThat(passageMemos(project)).containsExactly("offline passage memo");
    }

    @Test
    void aFileNotPulledFromTheProjectIsMergedByContentAndItsStrangersAreNamed() throws Exception {
        String project = TestServer.freshProjectName("pushfile");
        String url = publishSample(project);
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("own.parallax"));
        try (Workbench wb = Workbench.open(file)) {
            wb.setActiveCoder("analyst");
            Document first = wb.documents().list().get(0);
            wb.coding().code(first.id(), 3, 9, indicator(wb).id(), null);
            Code made = wb.codebook().addCode("Made by the lead offline", null, null, null, null);
            wb.coding().code(first.id(), 11, 19, made.id(), null);
            Path stranger = dir.resolve("stranger.txt");
            Files.writeString(stranger, "A document the team project has never seen.");
            long id = wb.documents().importFiles(ImportRequest.of(List.of(stranger)), TaskProgress.NONE).imported()
                    .get(0).id();
            wb.coding().code(id, 0, 10, indicator(wb).id(), null);
        }
        Cli push = Cli.parallax("team", "push", file, url);
        assertThat(push.exit()).as(push.err()).isEqualTo(1);
        assertThat(push.out()).contains("2 passages sent", "codes added to the team codebook: Made by the lead offline",
                "was not pulled from this team project");
        assertThat(push.err().lines()).containsExactly("not sent: document " + strangerTitle(file) + " (stranger.txt) "
                + "is not in the team project: 1 passage not sent");
        Cli again = Cli.parallax("team", "push", file, url);
        assertThat(again.out()).contains("0 passages sent");
        assertThat(again.err()).doesNotContain("Made by the lead offline");

        Cli notAProject = Cli.parallax("team", "push", dir.resolve("absent.parallax"), url);
        assertThat(notAProject.exit()).isEqualTo(1);
        assertThat(notAProject.err()).contains("absent.parallax").doesNotContain("Exception");
    }

    private static String publishSample(String project) throws Exception {
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"),
                Files.createTempDirectory("push").resolve("sample.parallax"));
        String url = TestServer.withProject(database, project);
        Cli publish = Cli.parallax("team", "publish", file, url);
        assertThat(publish.exit()).as(publish.err()).isZero();
        return url;
    }

    private void passwordFile(String login, String password) throws Exception {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, "*:*:*:" + login + ":" + password + "\n");
        System.setProperty(PASSWORD_FILE, file.toString());
    }


    private static Code indicator(Workbench wb) {
        return wb.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst().orElseThrow();
    }

    private static String indicatorName(Path copy) {
        try (Workbench wb = Workbench.openReadOnly(copy)) {
            return indicator(wb).name();
        }
    }

    private static String strangerTitle(Path file) {
        try (Workbench wb = Workbench.openReadOnly(file)) {
            List<Document> docs = wb.documents().list();
            return docs.get(docs.size() - 1).title();
        }
    }

    private static String title(Path copy, long documentId) {
        try (Workbench wb = Workbench.openReadOnly(copy)) {
            return wb.documents().list().stream().filter(d -> d.id() == documentId).findFirst().orElseThrow().title();
        }
    }

    private static List<String> coraPassages(String project, String cora) throws Exception {
        return strings("SELECT d.content_hash || ':' || s.start_offset || '-' || s.end_offset FROM " + project
                + ".segments s JOIN " + project + ".documents d ON d.id = s.document_id JOIN " + project
                + ".coders c ON c.id = s.coder_id WHERE c.name = '" + cora + "'");
    }

    private static List<String> passageMemos(String project) throws Exception {
        return strings("SELECT text FROM " + project + ".memos WHERE kind = 'passage' AND text = 'offline passage memo'");
    }

    private static String documentMemo(String project, long documentId) throws Exception {
        return strings("SELECT text FROM " + project + ".memos WHERE document_id = " + documentId).get(0);
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection admin = TestServer.plainSession(database, TestServer.adminUser(database), null);
                ResultSet rs = admin.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
