package org.parallax.bench;

import java.nio.file.Path;
import java.util.List;
import org.parallax.workbench.CodebookMerge;
import org.parallax.workbench.Workbench;

/**
 * Times merging a large codebook file into a new project, and merging it again (every code then matched by name
 * and kept as the project has it): the path of `parallax codebook import` and File → Import codebook.
 */
final class CodebookImportFigures {
    static final String IMPORT = "Codebook import, 10,000 codes (new project)";
    static final String REIMPORT = "Codebook import again (10,000 codes matched by name)";
    static final String ADDED = "Codes added by the codebook import";
    private static final int CODES = 10_000;

    private CodebookImportFigures() {
    }

    static List<Figure> measure(Path folder) {
        Path json = folder.resolve("large-codebook.json");
        try (Workbench source = Workbench.create(folder.resolve("codebook-source.parallax"),
                BenchmarkCodebook.definition(CODES, 5))) {
            source.codebook().exportJson(json);
        }
        try (Workbench workbench = Workbench.create(folder.resolve("codebook-import.parallax"), null)) {
            CodebookMerge[] first = new CodebookMerge[1];
            double seconds = Timings.seconds(() -> first[0] = workbench.codebook().importJson(json));
            double again = Timings.seconds(() -> workbench.codebook().importJson(json));
            return List.of(Figure.atMost(IMPORT, seconds, "s", 2), Figure.info(REIMPORT, again, "s"),
                    Figure.info(ADDED, first[0].codesAdded().size(), "codes"));
        }
    }
}
