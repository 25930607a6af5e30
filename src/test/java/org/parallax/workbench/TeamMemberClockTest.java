package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;

/**
 * A coder whose computer's clock is a day ahead, working on the team project: their passages and memos were dated
 * tomorrow, so the lead's later edit of the same memo read as older than the coder's and every list ordered by date
 * put the coder's work last. Dates on a team project now follow the server's clock.
 */
@NeedsTestServer
class TeamMemberClockTest {
    private static final Duration SLACK = Duration.ofSeconds(30);

    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aCoderWhoseClockIsADayAheadDatesTheirPassagesAndMemosByTheServersClock() throws Exception {
        String lead = team.publish("h1_clock");
        String ann = team.member(lead, "ann", "coder");
        Instant start = Instant.now();
        long document;
        long passage;
        try (Workbench coder = Workbench.open(ann, "ann pass"::toCharArray)) {
            coder.useClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(1)));
            document = coder.documents().list().get(0).id();
            passage = coder.coding().code(document, 0, 4, coder.codebook().code("Balance of power").id(), null).id();
            coder.memos().set(MemoTarget.document(document), "ann's reading");
        }
        Memo anns;
        Memo leads;
        Segment coded;
        try (Workbench lena = Workbench.open(lead, null)) {
            anns = lena.memos().memo(MemoTarget.document(document)).orElseThrow();
            leads = lena.memos().set(MemoTarget.document(document), "lena's reading, after ann's").orElseThrow();
            coded = lena.coding().segments().stream().filter(s -> s.id() == passage).findFirst().orElseThrow();
        }
        Instant end = Instant.now();

        // The test server runs on this machine, whose clock is the server's.
        assertThat(coded.created()).as("the passage's date").isBetween(start.minus(SLACK), end.plus(SLACK));
        assertThat(anns.created()).as("the memo's date").isBetween(start.minus(SLACK), end.plus(SLACK));
        assertThat(anns.modified()).isBetween(start.minus(SLACK), end.plus(SLACK));
        assertThat(leads.modified()).as("the lead's later edit is later").isAfterOrEqualTo(anns.modified());
    }
}
