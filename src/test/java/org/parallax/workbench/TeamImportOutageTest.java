package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.testutil.OwnTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * An import of many files into a team project stores them chunk by chunk, each chunk one server transaction. When
 * the server goes away for longer than the session waits (30 s) after some chunks were committed, the import used
 * to end in "this change was not saved (it never reached the server's commit)" with no report, although the
 * chunks before were on the server. Now the report lists exactly the documents the server holds and says the rest
 * were not imported; importing the same files again adds only the missing ones.
 */
@OwnTestServer
class TeamImportOutageTest {
    private static final int FILES = 150;
    /** Past the first chunk of 64 files, which is then committed; the second is stored at 128. */
    private static final int HALT_AFTER = 100;

    @RegisterExtension
    static final SampleTeamProjects SERVER = new SampleTeamProjects();

    @TempDir
    Path dir;

    @Test
    void theServerLostMidImportReportsExactlyTheDocumentsItHolds() throws Exception {
        String url = SERVER.publish(TestServer.freshProjectName("outage"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(Files.writeString(dir.resolve("speech" + i + ".txt"),
                    "Speech " + i + " on the balance of power."));
        }
        int before;
        ImportReport report;
        try (Workbench wb = Workbench.open(url, null)) {
            before = wb.documents().list().size();
            AtomicBoolean halted = new AtomicBoolean();
            try {
                report = wb.documents().importFiles(ImportRequest.of(files), new TaskProgress() {
                    public void update(long done, long total, String message) {
                        if (done == HALT_AFTER && halted.compareAndSet(false, true)) {
                            TestServer.halt();
                        }
                    }

                    public boolean isCancelled() {
                        return false;
                    }
                });
            } finally {
                TestServer.restart();
            }
            assertThat(halted).isTrue();
        }
        assertThat(report.imported()).hasSize(64);
        assertThat(report.failures()).singleElement().asString()
                .contains("connection to the team project's server was lost", "86 files from speech64.txt on were "
                        + "not imported", "the 64 documents reported as imported are saved")
                .doesNotContain("this change was not saved");
        assertThat(serverTitles(url)).hasSize(before + 64)
                .containsAll(report.imported().stream().map(Document::title).toList());

        try (Workbench wb = Workbench.open(url, null)) {
            ImportReport again = wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE);
            assertThat(again.imported()).hasSize(FILES - 64);
            assertThat(again.duplicates()).hasSize(64);
            assertThat(again.failures()).isEmpty();
        }
        assertThat(serverTitles(url)).hasSize(before + FILES);
    }

    private static List<String> serverTitles(String url) throws Exception {
        List<String> titles = new ArrayList<>();
        String schema = url.substring(url.indexOf("project=") + "project=".length());
        try (Connection admin = TestServer.plainSession(url, TestServer.adminUser(url), null);
                ResultSet rs = admin.createStatement().executeQuery("SELECT title FROM " + schema + ".documents")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }
}
