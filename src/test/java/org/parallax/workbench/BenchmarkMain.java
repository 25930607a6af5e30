package org.parallax.workbench;

import java.util.Locale;
import org.parallax.workbench.bench.BenchmarkOptions;
import org.parallax.workbench.bench.BenchmarkResult;
import org.parallax.workbench.bench.Figure;

/**
 * Runs the full benchmark by hand until the CLI's {@code bench} command exists, for docs/performance.md:
 * {@code java -Xmx256m -cp target/classes:target/test-classes:DEPS org.parallax.workbench.BenchmarkMain}.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) {
        BenchmarkOptions options = BenchmarkOptions.defaults();
        if (args.length == 3) {
            options = options.withSize(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                    Integer.parseInt(args[2]));
        }
        BenchmarkResult result = Benchmark.run(options, new TaskProgress() {
            public void update(long done, long total, String message) {
                System.err.printf(Locale.ROOT, "[%d/%d] %s%n", done, total, message);
            }

            public boolean isCancelled() {
                return false;
            }
        });
        System.out.println(result.machine());
        for (Figure f : result.figures()) {
            System.out.printf(Locale.ROOT, "%-45s %14s  %-12s %s%n", f.name(), f.valueText(), f.targetText(),
                    f.hasTarget() ? (f.met() ? "met" : "MISSED") : "");
        }
    }
}
