package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.testutil.NeedsTestServer;

/**
 * Blind mode as a second coder's psql meets it, for every table whose rules admit a coder to fewer than all its rows,
 * taken from the server's own policies rather than from a list: alice codes a passage and writes its memo, a
 * document and a project memo, a rejected suggestion and the passage's provenance, and the lead makes the passage an
 * anchor example and evidence with a likelihood. bob, in a plain JDBC session, reads none of it while the project is
 * blind and all of it once blind mode is off; alice reads all of it either way.
 */
@NeedsTestServer
class BlindModeEveryTableTest {
    private static PlainMembers team;

    /** The project with alice's work in it, made once for the class. */
    private static synchronized PlainMembers team() throws SQLException {
        if (team == null) {
            PlainMembers made = PlainMembers.create("blindtables");
            try (Connection alice = made.session("alice"); Connection lena = made.session("lena")) {
                long passage = made.codePassage(alice, "alice", 10, 20);
                long aliceId = made.coderId(alice, "alice");
                run(alice, "INSERT INTO memos(kind, segment_id, text, author_id, created, modified) VALUES "
                        + "('passage', " + passage + ", 'what alice saw', " + aliceId + ", 'now', 'now')");
                run(alice, "INSERT INTO memos(kind, document_id, text, author_id, created, modified) VALUES "
                        + "('document', " + made.document() + ", 'alice on the speech', " + aliceId
                        + ", 'now', 'now')");
                run(alice, "INSERT INTO memos(kind, text, author_id, created, modified) VALUES "
                        + "('project', 'alice''s journal', " + aliceId + ", 'now', 'now')");
                run(alice, "INSERT INTO assistant_rejections(document_id, coder_id, start_offset, end_offset, code_id, "
                        + "created) VALUES (" + made.document() + ", " + aliceId + ", 30, 40, " + made.code()
                        + ", 'now')");
                run(alice, "INSERT INTO passage_provenance(segment_id, method, version, settings, confidence, "
                        + "created) VALUES (" + passage + ", 'knn', '1', '{}', 0.5, 'now')");
                run(lena, "INSERT INTO code_anchors(code_id, segment_id) VALUES (" + made.code() + ", " + passage
                        + ")");
                long set = PlainMembers.value(lena, "INSERT INTO hypothesis_sets(name, created) VALUES ('Why', "
                        + "'now') RETURNING id");
                long hypothesis = PlainMembers.value(lena, "INSERT INTO hypotheses(set_id, name, statement, prior, "
                        + "position) VALUES (" + set + ", 'H1', 'power', 0.5, 0) RETURNING id");
                long evidence = PlainMembers.value(lena, "INSERT INTO evidence(set_id, description, created) VALUES ("
                        + set + ", 'alice''s passage', 'now') RETURNING id");
                run(lena, "INSERT INTO evidence_passages(evidence_id, position, segment_id, code_id, document_id, "
                        + "content_hash, start_offset, end_offset, quote, document_title) VALUES (" + evidence
                        + ", 0, " + passage + ", " + made.code() + ", " + made.document() + ", 'h1', 10, 20, "
                        + "'xxxxxxxxxx', 'Speech')");
                run(lena, "INSERT INTO evidence_likelihoods(evidence_id, hypothesis_id, low, high) VALUES ("
                        + evidence + ", " + hypothesis + ", 0.4, 0.6)");
            }
            team = made;
        }
        return team;
    }

    /** Every table of the project whose coder's reading rule is not simply every row. */
    static List<String> tablesBlindModeNarrows() throws SQLException {
        try (Connection lena = team().session("lena")) {
            return strings(lena, "SELECT tablename FROM pg_policies WHERE schemaname = '" + team().project()
                    + "' AND policyname = 'coder_sees' AND qual <> 'true' ORDER BY 1");
        }
    }

    /**
     * Every table of the project that no rule narrows, with why blind mode need not: none holds a coder's work (their
     * passages, memos, judgements), and a coder writes none of them but those named (checked below). A table added
     * to the schema is neither until it gets rules (team_access.sql) or a line here saying why it needs none.
     */
    private static final Map<String, String> HOLDS_NO_CODERS_WORK = Map.ofEntries(
            Map.entry("settings", "the project's settings (blind mode itself, pseudonyms, id floors), written by "
                    + "leads only"),
            Map.entry("coders", "the members' names, one row each, which every member reads to tell the layers "
                    + "apart; a coder's passages and memos name their row, the row itself holds no work"),
            Map.entry("hypothesis_sets", "the lead's process tracing: sets of rival hypotheses, written by leads "
                    + "only and resting on no passage (evidence, which quotes passages, has rules)"),
            Map.entry("hypotheses", "the lead's hypotheses with their priors, written by leads only and resting on "
                    + "no passage"),
            Map.entry("causal_events", "the project's dated events, written by leads only and resting on no passage"),
            Map.entry("frames", "the codebook, written by leads only"),
            Map.entry("codes", "the codebook, written by leads only"),
            Map.entry("scenarios", "the codebook, written by leads only"),
            Map.entry("code_expectations", "the codebook, written by leads only"),
            Map.entry("documents", "the material coded, written by leads only"),
            Map.entry("document_texts", "the material coded, written by leads only"),
            Map.entry("document_attributes", "the material coded, written by leads only"),
            Map.entry("saved_searches", "the team's searches, listed and run by every member by design "
                    + "(docs/team.md, saved searches); running one in blind mode finds only what the rules let the "
                    + "coder read"),
            Map.entry("schema_version", "the schema's version, written by the owner's setup only"));
    /** Of {@link #HOLDS_NO_CODERS_WORK}, what a coder writes: their own saved searches (each saver's, by rules). */
    private static final Set<String> CODERS_WRITE = Set.of("saved_searches");

    /** Every table of the project's schema. */
    private static List<String> everyTable() throws SQLException {
        try (Connection lena = team().session("lena")) {
            return strings(lena, "SELECT relname FROM pg_class WHERE relnamespace = to_regnamespace('"
                    + team().project() + "') AND relkind IN ('r', 'p') ORDER BY 1");
        }
    }

    /** Tables whose rows a coder reads only some of, by any rule (blind mode's, or a login's own rows only). */
    private static List<String> tablesWithReadingRules() throws SQLException {
        try (Connection lena = team().session("lena")) {
            return strings(lena, "SELECT DISTINCT tablename FROM pg_policies WHERE schemaname = '" + team().project()
                    + "' AND cmd IN ('SELECT', 'ALL') AND qual <> 'true' ORDER BY 1");
        }
    }

    @Test
    void everyTableHasRulesOrHoldsNoCodersWork() throws SQLException {
        List<String> ruled = tablesWithReadingRules();
        assertThat(everyTable()).as("the schema's tables, read from the server").contains("segments", "settings",
                "coders", "causal_events");
        List<String> neither = new ArrayList<>();
        for (String table : everyTable()) {
            if (!ruled.contains(table) && !HOLDS_NO_CODERS_WORK.containsKey(table)) {
                neither.add(table);
            }
        }
        assertThat(neither).as("tables with no rules narrowing what a coder reads, and no reason here why they "
                + "need none: give each rules (team_access.sql) or a line in HOLDS_NO_CODERS_WORK").isEmpty();
        assertThat(HOLDS_NO_CODERS_WORK.keySet()).as("a table said to hold no coder's work that has rules: one or "
                + "the other").doesNotContainAnyElementsOf(ruled);
    }

    @Test
    void aCoderWritesNoneOfTheTablesSaidToHoldNoCodersWork() throws SQLException {
        PlainMembers t = team();
        List<String> tables = everyTable();
        try (Connection bob = t.session("bob")) {
            for (Map.Entry<String, String> entry : HOLDS_NO_CODERS_WORK.entrySet()) {
                String table = entry.getKey();
                if (!tables.contains(table) || CODERS_WRITE.contains(table)) {
                    continue;
                }
                for (String privilege : List.of("INSERT", "UPDATE", "DELETE")) {
                    assertThat(PlainMembers.text(bob, "SELECT has_table_privilege('" + table + "', '" + privilege
                            + "')::text")).as("a coder's " + privilege + " on " + table + " (" + entry.getValue()
                            + ")").isEqualTo("false");
                }
            }
        }
    }

    @Test
    void theTablesComeFromTheServersRules() throws SQLException {
        assertThat(tablesBlindModeNarrows()).contains("segments", "memos", "assistant_rejections", "evidence",
                "evidence_passages", "evidence_likelihoods", "passage_provenance", "code_anchors");
    }

    @ParameterizedTest
    @MethodSource("tablesBlindModeNarrows")
    void aSecondCodersPlainSessionReadsNoneOfTheFirstCodersRowsWhileBlindAndAllOnceUnblinded(String table)
            throws SQLException {
        PlainMembers t = team();
        long all;
        try (Connection lena = t.session("lena")) {
            all = count(lena, table);
        }
        assertThat(all).as("the fixture puts alice's work in " + table + ": add a row of it there").isPositive();

        t.setBlind("true");
        try (Connection bob = t.session("bob"); Connection alice = t.session("alice")) {
            assertThat(count(bob, table)).as(table + " read by bob while blind").isZero();
            assertThat(count(alice, table)).as(table + " read by alice while blind").isEqualTo(all);
        }

        t.setBlind("false");
        try (Connection bob = t.session("bob")) {
            assertThat(count(bob, table)).as(table + " read by bob once unblinded").isEqualTo(all);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        return PlainMembers.value(c, "SELECT count(*) FROM " + table);
    }

    private static void run(Connection c, String sql) throws SQLException {
        c.createStatement().execute(sql);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
