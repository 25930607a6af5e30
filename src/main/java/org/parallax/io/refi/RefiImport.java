package org.parallax.io.refi;

import java.util.List;

/** What a REFI-QDA reader found: the project in plain data and every problem met (never dropped silently). */
public record RefiImport(ExchangeProject project, List<String> problems) {
    public RefiImport {
        problems = List.copyOf(problems);
    }
}
