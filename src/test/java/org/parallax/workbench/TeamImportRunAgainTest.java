package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testutil.HeldWrites.awaitWaitingForALock;
import static org.parallax.testutil.HeldWrites.begin;
import static org.parallax.testutil.HeldWrites.update;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;

/**
 * A REFI-QDA import on a team server that the server makes run again from its start (another member saved a
 * hypothesis set of the same name while the import wrote): each run starts from nothing, so what the rolled-back run
 * read or added is not added again by the run that commits. With one import object for every run, the evidence's
 * passages were read twice from the file and each item rested twice on each passage.
 */
@NeedsTestServer
class TeamImportRunAgainTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void anImportRunAgainAfterAnotherMembersSaveDoublesNothing() throws Exception {
        Path qdpx = team.dir().resolve("study.qdpx");
        int documents;
        int passages;
        int codes;
        try (Workbench source = Workbench.open(team.sample("study.parallax"))) {
            long passage = source.coding().segments().get(0).id();
            source.tracing().addHypothesis("Enlargement", "Security", null, 0.6, false);
            source.tracing().addHypothesis("Enlargement", "Other", null, null, true);
            source.tracing().addHypothesis("Identity", "Status", null, 0.5, false);
            source.tracing().addHypothesis("Identity", "Other", null, null, true);
            source.tracing().addEvidence(new EvidenceRequest("Identity", List.of(passage), null,
                    Map.of("Status", "0.8", "Other", "0.3"), "a slight remembered in Moscow", null, null, null));
            source.exchange().exportQdpx(qdpx);
            documents = source.documents().list().size();
            passages = source.coding().segments().size();
            codes = source.codebook().current().codes().size();
        }
        String url = team.freshProject("importagain");
        Cli init = Cli.parallax("team", "init", url);
        assertThat(init.exit()).as(init.err()).isZero();
        String database = url.substring(0, url.indexOf('?'));
        String project = url.substring(url.indexOf("?project=") + "?project=".length());

        try (Workbench lead = Workbench.open(url, null); Connection member = TestServer.projectSession(database,
                project)) {
            begin(member);
            update(member, "INSERT INTO hypothesis_sets(name, created) VALUES ('Enlargement', '2026-12-06T08:00:00Z')");
            CompletableFuture<ExchangeReport> importing = CompletableFuture.supplyAsync(() -> lead.exchange()
                    .importQdpx(qdpx));
            awaitWaitingForALock(database, project, "INSERT INTO hypothesis_sets%");
            member.commit();
            ExchangeReport report = importing.get(120, TimeUnit.SECONDS);

            assertThat(report.documentsAdded()).hasSize(documents);
            assertThat(report.segmentsAdded()).isEqualTo(passages);
            assertThat(report.hypothesisSetsAdded()).isEqualTo(1);
            assertThat(report.evidenceAdded()).isEqualTo(1);
            assertThat(report.problems()).doesNotHaveDuplicates()
                    .contains("Hypothesis set 'Enlargement' is already in the project: it and its evidence are kept "
                            + "as they are here");
            assertThat(lead.tracing().evidence("Identity")).singleElement()
                    .satisfies(e -> assertThat(e.passages()).as("the item rests once on its passage").hasSize(1));
        }
        assertThat(TestServer.count(database, project, "SELECT count(*) FROM documents")).isEqualTo(documents);
        assertThat(TestServer.count(database, project, "SELECT count(*) FROM segments")).isEqualTo(passages);
        assertThat(TestServer.count(database, project, "SELECT count(*) FROM codes")).isEqualTo(codes);
        assertThat(TestServer.count(database, project, "SELECT count(*) FROM evidence_passages")).isEqualTo(1);
        assertThat(TestServer.count(database, project, "SELECT count(*) FROM hypotheses")).isEqualTo(2);
    }
}
