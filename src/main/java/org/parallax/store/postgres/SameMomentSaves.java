package org.parallax.store.postgres;

import java.sql.SQLException;
import java.util.Optional;
import org.parallax.model.ParallaxException;
import org.parallax.store.StaleEditException;
import org.parallax.store.StoreException;
import org.parallax.store.TeamUrl;
import org.postgresql.util.PSQLException;

/**
 * Two members saving the same unique thing at the same moment (a code of the same name, the same document, the memo of
 * the same code): the later one's transaction, which could not see the other's uncommitted row, fails on the unique
 * index (SQLSTATE 23505) rather than a serialization failure. Run again, it sees the other's row and goes the way it
 * would have gone had it come a moment later (a duplicate document skipped, a memo changed meanwhile refused), so the
 * session runs it again and, when that refuses, says in one line that another member saved it a moment ago; only an
 * action that still collides after {@link #ATTEMPTS} runs gets this class's own line. Which thing it was is told by
 * the table the server names, not by its message, which a server set to another language words differently.
 */
final class SameMomentSaves {
    /** Runs of one action that collided with others' saves before its collision is reported as such. */
    static final int ATTEMPTS = 3;

    private SameMomentSaves() {
    }

    /** The table whose unique index {@code e} collided on; empty for every other failure. */
    static Optional<String> collision(SQLException e) {
        if (!"23505".equals(e.getSQLState())) {
            return Optional.empty();
        }
        String table = e instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getTable() : null;
        return Optional.of(table == null ? "" : table);
    }

    /** Whether {@code e} is the action's own refusal (not the server's or the connection's failure). */
    static boolean isRefusal(ParallaxException e) {
        return e.getClass() == ParallaxException.class || e instanceof StaleEditException;
    }

    /**
     * A refusal of the action run again after colliding on {@code table}, saying why it came: what the member saved a
     * moment ago is what the action now finds in its way.
     */
    static ParallaxException refusal(String table, ParallaxException refused) {
        String line = strip(refused.getMessage()) + ": another member " + what(table).verb() + " "
                + what(table).it() + " a moment ago, and it is now in your " + what(table).place()
                + " (nothing was changed)";
        return refused instanceof StaleEditException ? new StaleEditException(line) : new ParallaxException(line, refused);
    }

    /**
     * The line of an action that kept colliding with others' saves: nothing of it was saved. The server's detail
     * ("Key (name)=(…) already exists") stays in the log: it is the server's words, in the server's language.
     */
    static StoreException kept(TeamUrl url, String table, SQLException e) {
        Thing thing = what(table);
        return new StoreException(url + ": another member " + thing.verb() + " the same " + thing.noun()
                + " at the same moment, so this change was not saved; it is now in your " + thing.place()
                + ": look there, then try again if it is still needed", e);
    }

    private static String strip(String message) {
        String line = String.valueOf(message).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** What a row of a table is to a researcher, what saving one is called, and where it shows. */
    record Thing(String noun, String verb, String it, String place) {
    }

    static Thing what(String table) {
        return switch (table) {
            case "codes" -> new Thing("code", "added", "that code", "codebook");
            case "frames" -> new Thing("frame", "added", "that frame", "codebook");
            case "scenarios" -> new Thing("scenario", "added", "that scenario", "codebook");
            case "code_expectations" -> new Thing("expected scenario", "set", "it", "codebook");
            case "code_anchors" -> new Thing("anchor example", "marked", "it", "codebook");
            case "documents", "document_texts" -> new Thing("document", "imported", "that document",
                    "document list");
            case "document_attributes" -> new Thing("attribute", "set", "that attribute", "document list");
            case "coders" -> new Thing("coder", "added", "that coder", "list of coders");
            case "segments", "passage_provenance" -> new Thing("passage", "coded", "that passage", "passages");
            case "memos" -> new Thing("memo", "wrote", "that memo", "memos");
            case "saved_searches" -> new Thing("saved search", "saved", "that search", "saved searches");
            case "hypothesis_sets" -> new Thing("hypothesis set", "added", "that set", "process tracing");
            case "hypotheses" -> new Thing("hypothesis", "added", "that hypothesis", "process tracing");
            case "evidence_likelihoods" -> new Thing("likelihood", "set", "it", "process tracing");
            case "assistant_rejections" -> new Thing("rejected suggestion", "rejected", "that suggestion",
                    "assistant's suggestions");
            case "settings" -> new Thing("setting", "set", "that setting", "project");
            default -> new Thing("entry", "saved", "it", "project");
        };
    }
}
