package org.parallax.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test, or a test class, that leaves one of the product's background threads ({@code parallax-*}) running:
 * such a thread goes on writing a project or a search index while JUnit deletes the test's temporary folder
 * ("Failed to close extension context") or while the next test runs, which fails at random on a busy machine.
 * Registered for every JUnit Jupiter test through the service file and autodetection (junit-platform.properties).
 *
 * <p>Only threads that were not alive when the test (or the class) started count, so a thread a test did not start
 * never fails it; the suite runs its tests one at a time. A test's own {@code @BeforeEach}/{@code @AfterEach} run
 * inside its check, {@code @BeforeAll}/{@code @AfterAll} inside the class's. Each thread gets {@link #GRACE_SECONDS}
 * to end before it counts as leaked; a test that closes what it opened pays nothing for it.
 *
 * <p>With {@code -Dparallax.threadLeaks=report} leaks are appended to {@code target/thread-leaks.txt} instead of
 * failing, to survey a whole run at once.
 */
public final class ThreadLeakCheck implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    static final long GRACE_SECONDS = Long.getLong("parallax.threadLeaks.graceSeconds", 20);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            ThreadLeakCheck.class);
    private static final String ALIVE_BEFORE = "alive-before";
    /** Leaks a test already reported, so that its class does not report them again. */
    private static final Set<Thread> REPORTED = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(ALIVE_BEFORE, ProductThreads.now());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(ALIVE_BEFORE, ProductThreads.now());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        check(context, "test " + context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        check(context, "test class " + context.getRequiredTestClass().getName() + " (in its @BeforeAll or"
                + " @AfterAll, or a thread of one of its tests that ended only later)");
    }

    private static void check(ExtensionContext context, String who) throws InterruptedException {
        ProductThreads before = context.getStore(NAMESPACE).remove(ALIVE_BEFORE, ProductThreads.class);
        if (before == null) {
            return;
        }
        List<Thread> leaked = ProductThreads.stillAliveAfter(before.startedSince().stream()
                .filter(t -> !REPORTED.contains(t)).toList(), GRACE_SECONDS * 1000);
        if (leaked.isEmpty()) {
            return;
        }
        REPORTED.addAll(leaked);
        String message = "The " + who + " left " + leaked.size() + " background thread(s) running " + GRACE_SECONDS
                + " s after it ended; close the Workbench, MainViewModel, window or task runner that started them:\n"
                + leaked.stream().map(ProductThreads::describe).collect(Collectors.joining("\n"));
        if ("report".equals(System.getProperty("parallax.threadLeaks"))) {
            append(message);
        } else {
            throw new AssertionError(message);
        }
    }

    private static void append(String message) {
        try {
            Path report = Path.of("target", "thread-leaks.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, message + "\n\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
