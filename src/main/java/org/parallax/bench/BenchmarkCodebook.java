package org.parallax.bench;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.CodebookDefinition.ScenarioDefinition;

/**
 * The benchmark's codebook: indicator codes split over the frames Realism and Constructivism, and
 * scenarios named after Table 1's and then numbered; each indicator expects one scenario.
 */
public final class BenchmarkCodebook {
    private static final String[] SCENARIOS = {"Partnership schemes / joint exercise", "Institutionalized dialogue",
        "Disbanding of institutional interaction"};

    private BenchmarkCodebook() {
    }

    public static CodebookDefinition definition(int codes, int scenarios) {
        List<String> scenarioNames = scenarioNames(scenarios);
        List<CodeDefinition> realism = new ArrayList<>();
        List<CodeDefinition> constructivism = new ArrayList<>();
        for (int i = 0; i < codes; i++) {
            String expected = scenarioNames.get(i % scenarioNames.size());
            boolean realist = i % 2 == 0;
            CodeDefinition code = new CodeDefinition((realist ? "Realist indicator " : "Constructivist indicator ")
                    + (i / 2 + 1), realist ? "#1f77b4" : "#ff7f0e", "Synthetic benchmark indicator", 0,
                    List.of(expected), List.of());
            (realist ? realism : constructivism).add(code);
        }
        List<ScenarioDefinition> scenarioDefinitions = scenarioNames.stream()
                .map(name -> new ScenarioDefinition(name, "")).toList();
        return new CodebookDefinition("Benchmark", List.of(
                new FrameDefinition("Realism", "Confrontation", "#1f77b4", realism),
                new FrameDefinition("Constructivism", "Cooperation", "#ff7f0e", constructivism)),
                scenarioDefinitions);
    }

    public static List<String> scenarioNames(int scenarios) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < scenarios; i++) {
            names.add(i < SCENARIOS.length ? SCENARIOS[i] : "Scenario " + (i + 1));
        }
        return names;
    }
}
