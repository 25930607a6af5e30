package org.parallax.workbench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Now as a session dates what it stores: this machine's clock, and on a team project the server's, so a member whose
 * clock is a day off neither dates passages and memos a day off nor orders them wrongly. How far the server is ahead is
 * read once, not per date (no round trip per date), and read again when it may have changed: after a lost connection
 * came back (the server restarted, perhaps on another clock) and after this machine's clock jumped (set by hand or by
 * the network, a laptop woken from sleep), which a long session or an open window otherwise dated wrongly till closed.
 */
final class ServerTime {
    /** Under a second is the round trip and ordinary drift: not worth moving this machine's dates. */
    private static final Duration NOTICED = Duration.ofSeconds(1);

    /** The offset as read, with this machine's clock and its steady counter at that moment, to see a jump since. */
    private record Reading(Duration serverAhead, Instant local, long nanos) {
    }

    private final Supplier<Optional<Instant>> serverClock;
    private volatile Clock clock = Clock.systemUTC();
    private volatile Reading reading;
    private volatile boolean reconnected;

    ServerTime(Supplier<Optional<Instant>> serverClock) {
        this.serverClock = serverClock;
        this.reading = read();
    }

    /** Now, to the millisecond (as dates are stored). */
    Instant now() {
        Reading last = reading;
        Instant local = Instant.now(clock);
        if (reconnected || jumped(last, local)) {
            last = read();
            reading = last;
            local = Instant.now(clock);
        }
        return local.plus(last.serverAhead()).truncatedTo(ChronoUnit.MILLIS);
    }

    void useClock(Clock clock) {
        this.clock = clock;
        reading = read();
    }

    /** The connection to the server was lost and is back: the server may keep another time now. */
    void reconnected() {
        reconnected = true;
    }

    /** Whether this machine's clock moved other than the steady counter since the offset was read. */
    private static boolean jumped(Reading last, Instant local) {
        Duration onClock = Duration.between(last.local(), local);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - last.nanos());
        return onClock.minus(elapsed).abs().compareTo(NOTICED) >= 0;
    }

    private Reading read() {
        reconnected = false;
        long nanos = System.nanoTime();
        Instant before = Instant.now(clock);
        Optional<Instant> server;
        try {
            server = serverClock.get();
        } catch (RuntimeException e) {
            System.getLogger(ServerTime.class.getName()).log(System.Logger.Level.DEBUG, "server clock not read", e);
            server = Optional.empty();
        }
        Instant local = before.plus(Duration.between(before, Instant.now(clock)).dividedBy(2));
        Duration ahead = server.map(at -> Duration.between(local, at)).orElse(Duration.ZERO);
        return new Reading(ahead.abs().compareTo(NOTICED) < 0 ? Duration.ZERO : ahead, before, nanos);
    }
}
