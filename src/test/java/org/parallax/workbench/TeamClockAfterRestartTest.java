package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.OwnTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;

/**
 * A coder's window stays open on the team project while the server restarts and the coder's laptop clock is set a day
 * ahead meanwhile: the session read how far the server is ahead once, when it opened, so everything coded after
 * the restart was dated tomorrow. Dates stay the server's.
 */
@NeedsTestServer
@OwnTestServer
class TeamClockAfterRestartTest {
    private static final Duration SLACK = Duration.ofSeconds(30);

    @RegisterExtension
    final TeamSample team = new TeamSample();

    /** This machine's clock, which the test sets ahead while the session is open, as a user or the network does. */
    private static final class SettableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    @Test
    void aLaptopClockSetADayAheadWhileTheServerRestartedDatesNothingTomorrow() throws Exception {
        String lead = team.publish("h1_restartclock");
        String ann = team.member(lead, "ann", "coder");
        SettableClock laptop = new SettableClock();
        Instant start = Instant.now();
        try (Workbench coder = Workbench.open(ann, "ann pass"::toCharArray)) {
            coder.useClock(laptop);
            long document = coder.documents().list().get(0).id();
            long code = coder.codebook().code("Balance of power").id();
            Segment before = coder.coding().code(document, 0, 4, code, null);

            laptop.ahead = Duration.ofDays(1);
            TestServer.restart();
            Segment after = coder.coding().code(document, 5, 9, code, null);
            Memo memo = coder.memos().set(MemoTarget.passage(after.id()), "written after the restart").orElseThrow();
            Instant end = Instant.now();

            // The test server runs on this machine, whose clock is the server's.
            assertThat(before.created()).isBetween(start.minus(SLACK), end.plus(SLACK));
            assertThat(after.created()).as("the passage coded after the restart").isBetween(start.minus(SLACK),
                    end.plus(SLACK));
            assertThat(memo.created()).as("its memo").isBetween(start.minus(SLACK), end.plus(SLACK));
        }
    }
}
