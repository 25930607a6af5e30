package org.parallax.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A test that stops its server stops a cluster of its own: the shared test server, which other builds on the machine
 * use at the same moment, keeps answering while it is down.
 */
@OwnTestServer
class OwnClusterTest {
    @Test
    void haltingTheClassesServerLeavesTheSharedServerAnswering() throws Exception {
        String own = TestServer.freshDatabase();
        String shared = System.getenv(TestServer.URL_VARIABLE);
        assertThat(own).doesNotStartWith(shared.substring(0, shared.lastIndexOf('/')));

        TestServer.halt();
        try {
            assertThatThrownBy(() -> answer(own)).isInstanceOf(SQLException.class);
            // Before, halt() stopped the shared server itself: this query failed, as did every other build's tests.
            assertThat(answer(shared)).isEqualTo(1);
        } finally {
            TestServer.restart();
        }
        assertThat(answer(own)).isEqualTo(1);
    }

    private static int answer(String url) throws SQLException {
        try (Connection c = TestServer.plainSession(url, TestServer.adminUser(url), null);
                ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
