package org.parallax.io.refi;

import java.util.List;

/**
 * What a REFI-QDA reader found: the project in plain data, every problem met (never dropped silently), and how many
 * of the sources the file names were left out (each with its problem), for the summary to count.
 */
public record RefiImport(ExchangeProject project, List<String> problems, int sourcesLeftOut) {
    public RefiImport {
        problems = List.copyOf(problems);
    }

    public RefiImport(ExchangeProject project, List<String> problems) {
        this(project, problems, 0);
    }
}
