package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.jdbc.Dialect;
import org.parallax.store.jdbc.JdbcCodebookStore;
import org.parallax.store.jdbc.JdbcSession;
import org.parallax.store.jdbc.SqlWork;

/**
 * A bulk import's codes go into a project one level of their tree at a time, each level in a few statements: a
 * REFI-QDA codebook of 50,000 codes was inserted code by code, five statements each, and took 34 s. Counted here are
 * the statements run through a real SQLite project's connection.
 */
class CodeBatchInsertTest {
    @TempDir
    Path dir;
    private Database db;
    private final AtomicInteger executed = new AtomicInteger();
    private JdbcCodebookStore store;

    @BeforeEach
    void createProject() {
        db = Database.create(dir.resolve("p.parallax"));
        store = new JdbcCodebookStore(new CountingSession(db, executed));
    }

    @AfterEach
    void closeProject() {
        db.close();
    }

    @Test
    void aLevelOfTwoThousandCodesGoesInWithAsFewStatementsAsALevelOfTen() {
        List<Code> top = store.insertCodesAt(codes("Frame code", 10, i -> null, 0));
        executed.set(0);
        List<Code> children = store.insertCodesAt(codes("Sub-code", 2_000, i -> top.get(i % 10).id(), 10));
        int forTwoThousand = executed.getAndSet(0);
        store.insertCodesAt(codes("Another", 10, i -> top.get(0).id(), 2_010));
        int forTen = executed.get();

        assertThat(forTwoThousand).as("statements for 2,000 codes").isLessThanOrEqualTo(forTen + 8);
        assertThat(children).hasSize(2_000).extracting(Code::id).doesNotHaveDuplicates();
        List<Code> stored = store.load().codes();
        assertThat(stored).hasSize(2_020);
        for (int i = 0; i < 2_000; i++) {
            Code child = children.get(i);
            assertThat(child.name()).isEqualTo("Sub-code " + i);
            assertThat(stored).contains(child);
            assertThat(child.parentId()).isEqualTo(top.get(i % 10).id());
            assertThat(child.position()).isEqualTo(10 + i);
        }
        db.close();
        try (ProjectStore project = ProjectStores.open(new ProjectFile(dir.resolve("p.parallax")))) {
            assertThat(project.damagedRows()).isEmpty();
        }
    }

    @Test
    void aNameTakenHereOrTwiceInTheBatchStoresNoneOfIt() {
        store.insertCodesAt(codes("Power", 1, i -> null, 0));
        List<Code> clashing = new ArrayList<>(codes("Fresh", 600, i -> null, 1));
        clashing.add(codes("Power", 1, i -> null, 700).get(0));
        List<Code> twice = new ArrayList<>(codes("Fresh", 600, i -> null, 1));
        twice.add(codes("Fresh", 1, i -> null, 800).get(0));

        assertThatThrownBy(() -> store.insertCodesAt(clashing)).isInstanceOf(ParallaxException.class)
                .hasMessage("A code named 'Power 0' already exists");
        assertThatThrownBy(() -> store.insertCodesAt(twice)).isInstanceOf(ParallaxException.class)
                .hasMessage("A code named 'Fresh 0' already exists");
        assertThat(store.load().codes()).extracting(Code::name).containsExactly("Power 0");
    }

    private static List<Code> codes(String name, int count, java.util.function.IntFunction<Long> parent, int from) {
        List<Code> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Code(0, parent.apply(i), null, null, name + " " + i, "#ff7f0e", "Said of " + i, 0, from + i,
                    null, null));
        }
        return out;
    }

    /** The project's own session, its connection counting each statement the database runs. */
    private record CountingSession(JdbcSession db, AtomicInteger executed) implements JdbcSession {
        @Override
        public <T> T write(SqlWork<T> work) {
            return db.write(c -> work.run(counting(c)));
        }

        @Override
        public <T> T read(SqlWork<T> work) {
            return db.read(c -> work.run(counting(c)));
        }

        @Override
        public Dialect dialect() {
            return db.dialect();
        }

        @Override
        public String actor() {
            return db.actor();
        }

        private Connection counting(Connection c) {
            return proxy(Connection.class, c, (result, method) -> result instanceof Statement s
                    ? proxy(method.getReturnType().asSubclass(Statement.class), s, (r, m) -> {
                        if (m.getName().startsWith("execute")) {
                            executed.incrementAndGet();
                        }
                        return r;
                    }) : result);
        }

        private interface After {
            Object apply(Object result, java.lang.reflect.Method method);
        }

        private static <T> T proxy(Class<T> type, Object target, After after) {
            InvocationHandler handler = (self, method, args) -> {
                try {
                    return after.apply(method.invoke(target, args), method);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return type.cast(Proxy.newProxyInstance(CodeBatchInsertTest.class.getClassLoader(), new Class<?>[] {type},
                    handler));
        }
    }
}
