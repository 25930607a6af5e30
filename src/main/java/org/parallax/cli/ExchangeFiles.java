package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.parallax.workbench.ExchangeReport;
import org.parallax.workbench.Workbench;

/** REFI-QDA files on the command line: recognised by extension, imported through the workbench. */
final class ExchangeFiles {
    private ExchangeFiles() {
    }

    static boolean isExchangeFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".qdpx") || name.endsWith(".qdc");
    }

    static ExchangeReport importFile(Workbench workbench, Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc")
                ? workbench.exchange().importQdc(file) : workbench.exchange().importQdpx(file);
    }

    static void print(ExchangeReport r, Path file, PrintWriter out, PrintWriter err) {
        out.println(file.getFileName() + ": " + r.documentsAdded().size() + " documents added, "
                + r.documentsMatched().size() + " matched, " + r.codesCreated() + " codes created, "
                + r.codesMatched() + " matched, " + r.segmentsAdded() + " passages added, "
                + r.segmentsAlreadyPresent() + " already present");
        long standard = r.conventions().values().stream().filter(c -> c.contains("the standard")).count();
        if (standard > 0) {
            out.println("positions: Unicode code points (the standard) in " + standard + " sources");
        }
        r.conventions().forEach((source, convention) -> {
            if (!convention.contains("the standard")) {
                out.println("positions in " + source + ": " + convention);
            }
        });
        r.problems().forEach(p -> err.println("not imported: " + p));
        out.flush();
        err.flush();
    }
}
