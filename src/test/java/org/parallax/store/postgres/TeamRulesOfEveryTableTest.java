package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.NeedsTestServer;

/**
 * team_access.sql wrote each table's row-level rules out table by table, and a table could miss them: the rejected
 * suggestions held each coder's rows with no rules at all, so any coder's psql deleted the others'. Every table now
 * gets its rules from one helper (member_rules), and the setup refuses to finish, naming the table, when a table that
 * holds one member's rows (an owner column) or takes a coder's writes has no coder's rules.
 */
@NeedsTestServer
class TeamRulesOfEveryTableTest {
    private static final List<String> CODER_RULES = List.of("coder_adds", "coder_changes", "coder_removes",
            "coder_sees", "lead_all", "reader_all");
    private static SpeechProject speech;

    @BeforeAll
    static void setUp() throws SQLException {
        speech = SpeechProject.create("everytable");
    }

    @Test
    void everyTableWithAnOwnerColumnHasACodersRulesOnTheServer() throws SQLException {
        try (Connection admin = speech.admin()) {
            List<String> owned = names(admin, "SELECT DISTINCT table_name FROM information_schema.columns WHERE "
                    + "table_schema = '" + speech.project() + "' AND column_name IN ('coder_id', 'author_id', "
                    + "'saved_by') UNION SELECT conrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND "
                    + "confrelid = to_regclass('" + speech.project() + ".coders') ORDER BY 1");
            assertThat(owned).contains("segments", "memos", "saved_searches", "assistant_rejections");
            for (String table : owned) {
                assertThat(names(admin, "SELECT policyname FROM pg_policies WHERE schemaname = '" + speech.project()
                        + "' AND tablename = '" + table + "' ORDER BY 1")).as(table)
                        .containsExactlyElementsOf(CODER_RULES);
            }
        }
    }

    @Test
    void aNewTableOfOneMembersRowsWithoutRulesStopsTheSetupNamingIt() throws SQLException {
        String notes = "CREATE TABLE field_notes (id BIGINT PRIMARY KEY, coder_id BIGINT)";
        assertThatThrownBy(() -> setUpAgainAfter(notes)).hasMessageContaining("without a coder's row-level rules")
                .hasMessageContaining("field_notes");
        assertThatThrownBy(() -> setUpAgainAfter("CREATE TABLE scratch (id BIGINT PRIMARY KEY)", "GRANT INSERT ON "
                + "scratch TO " + TeamNames.quote(TeamNames.group(speech.project(), "coder"))))
                .hasMessageContaining("without a coder's row-level rules").hasMessageContaining("scratch");
        assertThat(setUpAgainAfter(notes, "SELECT member_rules('field_notes', 'true', 'coder_id = "
                + speech.project() + ".session_coder_id()')")).as("the helper run for it")
                .containsExactlyElementsOf(CODER_RULES);
    }

    /**
     * The guard knew a member's rows by three column names only: a table keeping each coder's rows under a column
     * called otherwise (kept_by) went through the setup without rules, every coder's psql writing every coder's rows.
     * It now also follows the schema's foreign keys to the coders.
     */
    @Test
    void aNewTableReferringToTheCodersUnderAnotherColumnNameStopsTheSetupNamingIt() throws SQLException {
        String diary = "CREATE TABLE field_diary (id BIGINT PRIMARY KEY, kept_by BIGINT REFERENCES coders(id), "
                + "entry TEXT)";
        assertThatThrownBy(() -> setUpAgainAfter(diary)).hasMessageContaining("without a coder's row-level rules")
                .hasMessageContaining("field_diary");
        assertThat(setUpAgainAfter(diary, "SELECT member_rules('field_diary', 'true', 'kept_by = "
                + speech.project() + ".session_coder_id()')")).as("its rules made, the setup finishes (no field_notes meanwhile)")
                .isEmpty();
    }

    /** Runs {@code statements}, then the rules again, in a transaction rolled back; field_notes' rules if any. */
    private static List<String> setUpAgainAfter(String... statements) throws SQLException {
        try (Connection admin = speech.admin()) {
            admin.setAutoCommit(false);
            try {
                for (String statement : statements) {
                    admin.createStatement().execute(statement);
                }
                TeamRules.apply(admin, speech.project());
                return names(admin, "SELECT policyname FROM pg_policies WHERE tablename = 'field_notes' AND "
                        + "schemaname = '" + speech.project() + "' ORDER BY 1");
            } finally {
                admin.rollback();
            }
        }
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
