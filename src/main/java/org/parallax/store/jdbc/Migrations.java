package org.parallax.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.store.StoreException;

/**
 * Forward-only schema migrations, one list for every dialect. Migration N is {@code VN__*.sql} in the dialect's
 * folder under {@code org/parallax/store/migrations/} and moves the schema version from N-1 to N inside one
 * transaction.
 */
public final class Migrations {
    static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__saved_searches.sql", "V3__frame_guide.sql",
            "V4__memos.sql", "V5__process_tracing.sql", "V6__assistant.sql", "V7__versions.sql",
            "V8__memo_checksums.sql", "V9__segments_index.sql", "V10__passage_references.sql",
            "V11__row_checksums.sql", "V12__clean_names.sql", "V13__word_counts.sql",
            "V14__passage_times.sql", "V15__segment_packs.sql", "V16__file_generation.sql",
            "V17__saved_search_savers.sql", "V18__content_saves.sql", "V19__rejections_per_coder.sql",
            "V20__code_ids_kept.sql", "V21__passage_and_document_ids_kept.sql");
    /**
     * Work a script cannot do in SQL, run after it in its transaction: SHA-256 and CRC-32, which SQL lacks, the
     * cleaning of names as {@code model.Names} does it, the counting of words as {@code model.WordCount} does it, and
     * the passages' times read as the stores read them.
     */
    private static final Map<String, SqlWork<?>> AFTER = Map.of(
            "V8__memo_checksums.sql", JdbcMemoStore::fillChecksums,
            "V11__row_checksums.sql", RowChecks::sealAll,
            "V12__clean_names.sql", StoredNames::cleanAll,
            "V13__word_counts.sql", StoredWordCounts::countAll,
            "V14__passage_times.sql", StoredPassageTimes::convertAll,
            "V17__saved_search_savers.sql", SavedSearchSavers::sealAnew,
            "V18__content_saves.sql", ContentSavesColumn::addWhenMissing,
            "V19__rejections_per_coder.sql", RejectionCoders::moveAndSeal);

    /**
     * Told the schema version found before the first step, then each schema version once its step is committed; a test
     * stops the upgrade there to kill it.
     */
    static volatile IntConsumer stepSaved = version -> { };

    /** A dollar quote's delimiter: {@code $$} or {@code $tag$}. */
    private static final Pattern DOLLAR_QUOTE = Pattern.compile("\\$[A-Za-z_]*\\$");

    private Migrations() {
    }

    /** The schema version this Parallax writes. */
    public static int latest() {
        return SCRIPTS.size();
    }

    /** The script names, in order; every dialect has one script of each name. */
    public static List<String> scripts() {
        return SCRIPTS;
    }

    /** Brings the schema up to {@link #latest()}; refuses a project written by a newer Parallax. */
    public static void migrate(Connection connection, Dialect dialect, String projectName) throws SQLException {
        migrate(connection, dialect, projectName, c -> null, c -> null);
    }

    /**
     * Brings the schema up to {@link #latest()} as {@link #migrate(Connection, Dialect, String)} does, running
     * {@code withFirst} in the first step's transaction and {@code withLast} in the last step's (the same one when a
     * single step is missing): what they write is saved with those steps or not at all.
     */
    public static void migrate(Connection connection, Dialect dialect, String projectName, SqlWork<?> withFirst,
                               SqlWork<?> withLast) throws SQLException {
        int current = dialect.schemaVersion(connection);
        if (current > latest()) {
            throw newerSchema(projectName, current);
        }
        stepSaved.accept(current);
        for (int next = current + 1; next <= latest(); next++) {
            List<SqlWork<?>> with = new ArrayList<>();
            if (next == current + 1) {
                with.add(withFirst);
            }
            if (next == latest()) {
                with.add(withLast);
            }
            apply(connection, dialect, next, with);
            stepSaved.accept(next);
        }
    }

    public static StoreException newerSchema(String projectName, int found) {
        return new StoreException(projectName + ": project was written by a newer Parallax (schema "
                + found + ", this version reads up to " + latest() + "): update Parallax to open it");
    }

    private static void apply(Connection connection, Dialect dialect, int version, List<SqlWork<?>> with)
            throws SQLException {
        String script = load(dialect.migrationFolder() + "/" + SCRIPTS.get(version - 1));
        connection.setAutoCommit(false);
        try (var st = connection.createStatement()) {
            for (String statement : splitStatements(script)) {
                st.executeUpdate(statement);
            }
            SqlWork<?> after = AFTER.get(SCRIPTS.get(version - 1));
            if (after != null) {
                after.run(connection);
            }
            for (SqlWork<?> work : with) {
                work.run(connection);
            }
            dialect.setSchemaVersion(connection, version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            // SQLite may already have rolled back (a full disk does): then rolling back and ending the transaction
            // fail too ("no transaction is active"), and must not hide the failure that says what went wrong.
            try {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException ending) {
                e.addSuppressed(ending);
            }
            throw e;
        }
        connection.setAutoCommit(true);
    }

    /**
     * Splits on semicolons at line ends, except inside dollar-quoted text ({@code $body$ … $body$}, PostgreSQL's
     * function bodies and DO blocks, whose own statements end lines with ';'); whole-line comments outside such
     * text are dropped. The scripts hold no string literal with a ';' at a line end.
     */
    public static List<String> splitStatements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        String openQuote = null;
        for (String line : script.split("\n", -1)) {
            if (openQuote == null && line.stripLeading().startsWith("--")) {
                continue;
            }
            Matcher quote = DOLLAR_QUOTE.matcher(line);
            while (quote.find()) {
                if (openQuote == null) {
                    openQuote = quote.group();
                } else if (openQuote.equals(quote.group())) {
                    openQuote = null;
                }
            }
            statement.append(line).append('\n');
            if (openQuote == null && line.stripTrailing().endsWith(";")) {
                add(statements, statement.substring(0, statement.lastIndexOf(";")));
                statement.setLength(0);
            }
        }
        add(statements, statement.toString());
        return statements;
    }

    private static void add(List<String> statements, String statement) {
        String stripped = statement.strip();
        if (!stripped.isEmpty()) {
            statements.add(stripped);
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/org/parallax/store/migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + name, e);
        }
    }
}
