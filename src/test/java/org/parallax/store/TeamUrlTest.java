package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TeamUrlTest {
    @Test
    void readsUserHostPortDatabaseAndProject() {
        TeamUrl url = TeamUrl.parse("postgresql://alice@db.example.org:6543/research?project=elite_survey");
        assertThat(url.user()).isEqualTo("alice");
        assertThat(url.host()).isEqualTo("db.example.org");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("research");
        assertThat(url.project()).isEqualTo("elite_survey");
        assertThat(url).hasToString("postgresql://alice@db.example.org:6543/research?project=elite_survey");
    }

    @Test
    void defaultsThePortAndLeavesTheUserToTheEnvironment() {
        TeamUrl url = TeamUrl.parse("postgresql://localhost/research?project=p1&sslmode=verify-full");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.userName()).isEmpty();
        assertThat(url.sslMode()).isEqualTo("verify-full");
        assertThat(TeamUrl.isTeamUrl("PostgreSQL://x/y")).isTrue();
        assertThat(TeamUrl.isTeamUrl("project.parallax")).isFalse();
    }

    @Test
    void refusesAPasswordInTheUrl() {
        assertThatThrownBy(() -> TeamUrl.parse("postgresql://alice:secret@localhost/db?project=p"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("password does not belong in the URL")
                .hasMessageContaining("PGPASSWORD")
                .hasMessageContaining("postgresql://alice:***@localhost/db?project=p")
                .hasMessageNotContaining("secret");
    }

    @Test
    void refusesAFragmentRatherThanIgnoringIt() {
        for (String url : new String[] {"postgresql://alice@localhost/db?project=p#draft",
                "postgresql://alice@localhost/db?project=p#", "postgres://localhost/db#project=p"}) {
            assertThatThrownBy(() -> TeamUrl.parse(url)).as(url)
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith(url + ": '#" + url.substring(url.indexOf('#') + 1) + "' means nothing")
                    .hasMessageContaining("remove it");
        }
    }

    @Test
    void refusesWhatItCannotUseInOneSentence() {
        assertThatThrownBy(() -> TeamUrl.parse("postgresql:///db?project=p")).hasMessageContaining("host name");
        assertThatThrownBy(() -> TeamUrl.parse("postgresql://localhost/?project=p")).hasMessageContaining("database");
        assertThatThrownBy(() -> TeamUrl.parse("postgresql://localhost/db?project=Bad-Name"))
                .hasMessageContaining("project name Bad-Name");
        assertThatThrownBy(() -> TeamUrl.parse("postgresql://localhost/db?project=pg_x"))
                .hasMessageContaining("not pg_");
        assertThatThrownBy(() -> TeamUrl.parse("postgresql://localhost/db?project=p&colour=red"))
                .hasMessageContaining("unknown setting colour");
        assertThatThrownBy(() -> TeamUrl.parse("postgresql://localhost/db?sslmode=maybe"))
                .hasMessageContaining("sslmode must be one of");
        assertThatThrownBy(() -> TeamUrl.parse("postgresql://bob%22x@localhost/db"))
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> TeamUrl.parse("postgresql://localhost/db").requireProject())
                .hasMessageContaining("name the project");
    }

    @Test
    void takesLibpqsShortSchemeAndNamesABadPortAsSuch() {
        TeamUrl url = TeamUrl.parse("postgres://alice@db.example.org:6543/research?project=p1");
        assertThat(url).hasToString("postgresql://alice@db.example.org:6543/research?project=p1");
        assertThat(TeamUrl.isTeamUrl("postgres://x/y")).isTrue();
        for (String port : new String[] {"99999", "0", "abc", "", "-1"}) {
            assertThatThrownBy(() -> TeamUrl.parse("postgresql://alice@localhost:" + port + "/db?project=p"))
                    .as(port).isInstanceOf(StoreException.class)
                    .hasMessageContaining("the port must be a number from 1 to 65535, not '" + port + "'");
        }
        assertThat(TeamUrl.parse("postgresql://alice@[::1]:6543/db?project=p").port()).isEqualTo(6543);
        assertThat(TeamUrl.parse("postgresql://alice@[::1]/db?project=p").port()).isEqualTo(5432);
    }
}
