package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.WordCount;
import org.parallax.store.ProjectStores;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * The word counts stored with the texts (schema 13) on a team server: {@code team init} counts the texts a server at
 * schema 12 already holds, and a project published to a server and pulled back carries each document's count both
 * ways.
 */
@NeedsTestServer
class TeamWordCountsTest {
    @TempDir
    Path dir;

    @Test
    void teamInitCountsTheWordsOfTheTextsTheServerHolds() throws Exception {
        SpeechProject speech = SpeechProject.create("words");
        String text = Files.readString(Path.of("src", "test", "resources", "corpus",
                "foreign_policy_concept_rf_excerpt_scrf_ru.txt"));
        try (Connection admin = speech.admin(); var st = admin.createStatement();
             var update = admin.prepareStatement("UPDATE document_texts SET text = ? WHERE document_id = ?")) {
            update.setString(1, text);
            update.setLong(2, speech.document());
            assertThat(update.executeUpdate()).isEqualTo(1);
            st.executeUpdate("ALTER TABLE documents DROP COLUMN words");
            st.executeUpdate("UPDATE schema_version SET version = 12");
        }

        ProjectStores.teamAdmin().init(speech.url(), null);

        try (Connection admin = speech.admin()) {
            assertThat(SpeechProject.value(admin, "SELECT words FROM documents WHERE id = " + speech.document()))
                    .isEqualTo(WordCount.of(text)).isGreaterThan(300);
        }
    }

    @Test
    void aPublishedProjectAndItsPulledCopyCarryEachDocumentsWordCount() throws Exception {
        Path original = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("original.parallax"));
        String database = TestServer.freshDatabase();
        String project = TestServer.freshProjectName("words");
        String url = TestServer.withProject(database, project);
        Cli publish = Cli.parallax("team", "publish", original, url);
        assertThat(publish.exit()).as(publish.err()).isZero();
        Map<Long, Long> stored = fileCounts(original);
        assertThat(stored).hasSize(15).doesNotContainValue(0L);

        Map<Long, Long> onServer = new TreeMap<>();
        try (Connection admin = TestServer.plainSession(database, TestServer.adminUser(database), null);
             var st = admin.createStatement();
             var rs = st.executeQuery("SELECT id, words FROM " + TeamNames.quote(project) + ".documents")) {
            while (rs.next()) {
                onServer.put(rs.getLong(1), rs.getLong(2));
            }
        }
        assertThat(onServer).isEqualTo(stored);

        Path copy = dir.resolve("copy.parallax");
        Cli pull = Cli.parallax("team", "pull", url, copy);
        assertThat(pull.exit()).as(pull.err()).isZero();
        assertThat(fileCounts(copy)).isEqualTo(stored);
    }

    private static Map<Long, Long> fileCounts(Path project) throws Exception {
        Map<Long, Long> counts = new TreeMap<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT d.id, d.words, t.text FROM documents d "
                     + "JOIN document_texts t ON t.document_id = d.id")) {
            while (rs.next()) {
                assertThat(rs.getLong(2)).isEqualTo(WordCount.of(rs.getString(3)));
                counts.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
