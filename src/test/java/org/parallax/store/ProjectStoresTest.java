package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.store.jdbc.Migrations;

/** Opening projects through the one factory, including a file written by an earlier release. */
class ProjectStoresTest {
    @TempDir
    Path dir;

    @Test
    void aFileFromTheEarlierReleaseOpensUnchangedAndIsBroughtToTheCurrentSchema() throws Exception {
        Path copy = dir.resolve("nato-russia.parallax");
        Files.copy(Path.of("src/test/resources/older/sample-schema-3.parallax"), copy);
        try (ProjectStore store = ProjectStores.open(new ProjectFile(copy))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(store.documents().count()).isEqualTo(15);
            assertThat(store.codebook().load().codes()).hasSize(11).allMatch(c -> c.version() == 1);
            assertThat(store.documents().list()).allMatch(d -> d.version() == 1);
            List<Segment> passages = store.segments().all();
            assertThat(passages).hasSize(71);
            assertThat(store.documents().text(passages.get(0).documentId())).isNotBlank();

            Segment first = passages.get(0);
            Segment added = store.segments().insert(new Segment(0, first.documentId(), first.start(), first.end(),
                    first.codeId(), store.coders().ensure("a second coder").id(), null, Instant.now()));
            assertThat(passages).extracting(Segment::id).doesNotContain(added.id());
            assertThat(store.segments().get(added.id())).contains(added);
        }
        try (ProjectStore again = ProjectStores.openReadOnly(new ProjectFile(copy))) {
            assertThat(again.segments().count()).isEqualTo(72);
        }
    }

    @Test
    void aWriteInsideTheTransactionRunnerIsAllOrNothing() {
        try (ProjectStore store = ProjectStores.create(new ProjectFile(dir.resolve("p.parallax")))) {
            assertThatThrownBy(() -> store.write(() -> {
                store.coders().ensure("anna");
                store.settings().put("k", "v");
                throw new IllegalStateException("the action failed half way");
            })).hasMessage("the action failed half way");
            assertThat(store.coders().find("anna")).isEmpty();
            assertThat(store.settings().get("k")).isEmpty();

            String seen = store.write(() -> {
                store.coders().ensure("anna");
                return store.read(() -> store.coders().find("anna").orElseThrow().name());
            });
            assertThat(seen).isEqualTo("anna");
            assertThat(store.read(() -> store.coders().list())).hasSize(1);
        }
    }

    @Test
    void creatingWhereAProjectExistsIsRefusedInWords() throws Exception {
        Path existing = Files.writeString(dir.resolve("taken.parallax"), "x");
        assertThatThrownBy(() -> ProjectStores.create(new ProjectFile(existing)))
                .isInstanceOf(StoreException.class).hasMessageContaining("taken.parallax: already exists");
    }
}
