package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.store.DocumentStore;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.testutil.TestProjects;

/**
 * The streamed .qdpx export read each document's text twice, and pseudonymised it twice in a pseudonymised export:
 * once for its coded selections in project.qde, once for its own file after it. Each text is now read once for both:
 * the texts' reads are counted through the project's real document store, and the files hold the texts, pseudonymised
 * where asked.
 */
class QdpxTextsReadOnceTest {
    private static final int DOCUMENTS = 3;

    @TempDir
    Path dir;

    @Test
    void eachTextIsReadOnceForItsSelectionsAndItsFile() throws Exception {
        Path file = project();
        AtomicInteger textReads = new AtomicInteger();
        Project project = new Project(countingTextReads(ProjectStores.open(new ProjectFile(file)), textReads));
        try {
            Exchange exchange = new Exchange(project);
            exchange.exportQdpx(dir.resolve("plain.qdpx"), false);
            assertThat(textReads.get()).as("texts read by the plain export").isEqualTo(DOCUMENTS);

            textReads.set(0);
            exchange.exportQdpx(dir.resolve("pseudonymised.qdpx"), true);
            assertThat(textReads.get()).as("texts read by the pseudonymised export").isEqualTo(DOCUMENTS);
        } finally {
            LogNames.forget(project);
            project.close();
        }
        assertThat(sourceTexts(dir.resolve("plain.qdpx"))).hasSize(DOCUMENTS)
                .allSatisfy(text -> assertThat(text).contains("Speaker Sergei Volkov said"));
        assertThat(sourceTexts(dir.resolve("pseudonymised.qdpx"))).hasSize(DOCUMENTS)
                .allSatisfy(text -> assertThat(text).doesNotContain("Volkov").containsPattern("Speaker P0[0-9] said"));
    }

    private Path project() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            long code = wb.codebook().code("Balance of power").id();
            for (int i = 0; i < DOCUMENTS; i++) {
                long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview-" + i + ".txt",
                        "Interview " + i + ". Speaker Sergei Volkov said the council met " + i + " times."));
                wb.documents().updateMeta(doc, new DocumentMeta("Interview " + i, LocalDate.of(2003, 5, 1),
                        DocumentType.INTERVIEW, "Russia", "en", null, Map.of("speaker", "Sergei Volkov")));
                wb.coding().code(doc, 14, 27, code, null);
            }
            wb.exchange().markSensitive("speaker");
            return wb.file();
        }
    }

    /** {@code store} as it is, but for each text read from its documents, counted in {@code reads}. */
    private static ProjectStore countingTextReads(ProjectStore store, AtomicInteger reads) {
        DocumentStore documents = store.documents();
        DocumentStore counted = (DocumentStore) Proxy.newProxyInstance(DocumentStore.class.getClassLoader(),
                new Class<?>[] {DocumentStore.class}, (self, method, args) -> {
                    if (method.getName().equals("text")) {
                        reads.incrementAndGet();
                    }
                    return call(documents, method, args);
                });
        return (ProjectStore) Proxy.newProxyInstance(ProjectStore.class.getClassLoader(),
                new Class<?>[] {ProjectStore.class}, (self, method, args) -> method.getName().equals("documents")
                        ? counted : call(store, method, args));
    }

    private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<String> sourceTexts(Path qdpx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            for (var entry : zip.stream().filter(e -> e.getName().startsWith("sources/")).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }
}
