package org.parallax.store.postgres;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.parallax.store.TeamUrl;

/**
 * The one line a window shows about reaching its team server, made from what the session and its listening
 * connection find: which server, since when it cannot be reached, what still works and that it is tried again;
 * empty once it answers. Each finding used to be its own sentence (and each view that failed its own dialog), so an
 * outage read as many problems; a sentence already said is not said again.
 */
final class ServerReach {
    /** The server is back but refuses the password this window holds: waiting would not help. */
    static final String REFUSED = "Connection to the server lost — the server now refuses this login's password "
            + "(changed since the project was opened?); reopen the project";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final String server;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private String said = "";
    private Instant since;
    private boolean silent;
    /** Whether the line says the login was taken out of the project. */
    private boolean removed;
    /** When the session last gave up reconnecting; null while it waits for the server or reaches it. */
    private Instant givenUpAt;
    /** Whether a listening connection tries the server every second, so the window need not wait for an action. */
    private volatile boolean retried;

    ServerReach(TeamUrl url) {
        this.server = url.hostForUrl() + ":" + url.port();
    }

    void listen(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** From now on the server is tried every second by the listening connection. */
    void retriedEverySecond() {
        retried = true;
    }

    /** The connection was closed or refused: the server is down or restarting. */
    synchronized void lost() {
        begin(Instant.now());
        say(retried ? "trying again every second…" : "the next action tries again");
    }

    /** The server stopped answering at {@code lastAnswer}, with the connection still open: a network cut. */
    synchronized void silent(Instant lastAnswer) {
        begin(lastAnswer);
        silent = true;
        say(retried ? "trying again every second…" : "the next action tries again");
    }

    /** An action (or a view) waits for the server and tries it again. */
    synchronized void trying(int attempt) {
        begin(Instant.now());
        say("trying again (try " + attempt + ")…");
    }

    /** The session stopped trying for a view that waited: the next action waits for the server again. */
    synchronized void gaveUp() {
        begin(Instant.now());
        say(retried ? "trying again every second…" : "the next action tries again");
    }

    /**
     * The session waited out a whole reconnection for an action: from now on actions are refused at once, and a
     * probe tries the server every second, until the server is {@link #back()}.
     */
    synchronized void givenUpOn() {
        givenUpAt = Instant.now();
        begin(givenUpAt);
        say("trying again every second…");
    }

    /** Whether the session gave up on the server and nothing has reached it since. */
    synchronized boolean givenUp() {
        return givenUpAt != null;
    }

    /** The clock time the session gave up on the server, for a line refusing an action meanwhile. */
    synchronized String givenUpClock() {
        return givenUpAt == null ? "" : clock(givenUpAt);
    }

    /** The listening connection got an answer: a line saying the server does not answer is out of date. */
    synchronized void answered() {
        if (silent) {
            back();
        }
    }

    /**
     * The listening connection found the login taken out of the project (team remove-user) while the window is open:
     * said at once, where the window went on saying "you are coder" until an action was refused.
     */
    synchronized void removed(String refusal) {
        removed = true;
        tell(refusal + "; what is shown stays readable, nothing can be changed");
    }

    /** The login is a member (again): a line saying it was taken out is out of date. */
    synchronized void member() {
        if (removed) {
            removed = false;
            tell("");
        }
    }

    synchronized void refused() {
        // Waiting would not help, so nothing is refused for the outage any more: an action meets the refusal itself.
        givenUpAt = null;
        tell(REFUSED);
    }

    /** The server answers again. */
    synchronized void back() {
        since = null;
        silent = false;
        givenUpAt = null;
        tell("");
    }

    private void begin(Instant at) {
        if (since == null || at.isBefore(since)) {
            since = at;
        }
    }

    private void say(String retrying) {
        tell("Team server " + server + (silent ? " does not answer" : " cannot be reached") + " since "
                + clock(since) + (silent ? " (the network to it cut, or the server stuck)" : "")
                + ": what is shown stays readable and Table 1, Analysis and Timeline still count it; "
                + (givenUpAt == null ? "a change waits up to " + PostgresSession.RECONNECT_ATTEMPTS + " s for the server"
                        : "given up on at " + clock(givenUpAt) + " after " + PostgresSession.RECONNECT_ATTEMPTS
                        + " s, a change is refused at once until it answers") + "; " + retrying);
    }

    private static String clock(Instant at) {
        return LocalTime.ofInstant(at, ZoneId.systemDefault()).truncatedTo(ChronoUnit.MINUTES).format(CLOCK);
    }

    private void tell(String sentence) {
        if (sentence.equals(said)) {
            return;
        }
        said = sentence;
        listeners.forEach(l -> l.accept(sentence));
    }
}
