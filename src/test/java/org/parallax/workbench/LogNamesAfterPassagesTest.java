package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.DocumentReader;
import org.parallax.model.Code;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.Segment;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.SettingsStore;
import org.parallax.testutil.TestProjects;

/**
 * The names the log hides were taken again after every commit of the project's own: coding one passage read the
 * settings twice (whether an attribute is sensitive, whether coders are pseudonymised; a team server's round trip
 * each) and the document list when an attribute is sensitive, for names a passage cannot change. They are taken
 * after a commit that wrote documents, coders or settings only: the settings' reads are counted through the project's
 * real settings store.
 */
class LogNamesAfterPassagesTest {
    @TempDir
    Path dir;

    @Test
    void codingPassagesReadsNoSettingsWhereAChangeOfDetailsTakesTheNamesAgain() throws Exception {
        long doc;
        long code;
        Path file;
        try (Workbench wb = TestProjects.table1(dir)) {
            doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "one.txt",
                    "Interviewer: welcome. How did the council work in the years before the summit?"));
            wb.documents().updateMeta(doc, meta("Sergei Volkov"));
            wb.exchange().markSensitive("speaker");
            wb.setActiveCoder("maria-kowalski");
            wb.pseudonymiseCoders(true);
            code = wb.codebook().code("Balance of power").id();
            file = wb.file();
        }
        AtomicInteger settingsReads = new AtomicInteger();
        Project project = new Project(countingSettingsReads(ProjectStores.open(new ProjectFile(file)),
                settingsReads));
        try {
            LogNames.take(project);
            Coding coding = new Coding(project, new Memos(project));
            coding.code(doc, 0, 5, code, null);
            int before = settingsReads.get();

            for (int start = 6; start < 40; start += 6) {
                coding.code(doc, start, start + 4, code, "a memo");
            }
            coding.codeAll(List.of(new Segment(0, doc, 50, 60, code, project.activeCoder().id(), null,
                    Instant.now())), "batch");
            assertThat(settingsReads.get()).as("settings read after coding").isEqualTo(before);
            assertThat(LogNames.hidden("said Sergei Volkov")).doesNotContain("Volkov").startsWith("said P");

            Codebooks codebook = new Codebooks(project);
            Code added = codebook.addCode("Arms control", null, null, "#336699", "Talks on limits");
            codebook.updateCode(codebook.code("Arms control").withRules("Talks on missile limits", "Trade"));
            long set = project.tracing.createSet("Rival explanations", "why the council met", Instant.now());
            project.tracing.addHypothesis(set, "Security", "The council met for security", 0.5, false);
            project.tracing.deleteSet(set);
            codebook.deleteCode(added.id());
            assertThat(settingsReads.get()).as("settings read after codebook and tracing edits").isEqualTo(before);

            new Documents(project, new DocumentReader()).updateMeta(doc, meta("Bill Okafor"));
            assertThat(settingsReads.get()).as("settings read after a change of details").isGreaterThan(before);
            assertThat(LogNames.hidden("said Bill Okafor")).doesNotContain("Okafor").startsWith("said P");
        } finally {
            LogNames.forget(project);
            project.close();
        }
    }

    /** {@code store} as it is, but for each read of a setting, counted in {@code reads}. */
    private static ProjectStore countingSettingsReads(ProjectStore store, AtomicInteger reads) {
        SettingsStore settings = store.settings();
        SettingsStore counted = proxy(SettingsStore.class, (self, method, args) -> {
            if (method.getName().equals("get")) {
                reads.incrementAndGet();
            }
            return call(settings, method, args);
        });
        return proxy(ProjectStore.class, (self, method, args) -> method.getName().equals("settings")
                ? counted : call(store, method, args));
    }

    private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static DocumentMeta meta(String speaker) {
        return new DocumentMeta("Interview", LocalDate.of(2003, 5, 1), DocumentType.INTERVIEW, "Russia", "en", null,
                Map.of("speaker", speaker));
    }
}
