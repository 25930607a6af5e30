package org.parallax.io.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.parallax.io.refi.ExchangeProject.Variable;
import org.w3c.dom.Element;
import org.parallax.model.Counted;

/**
 * A project's cases (REFI-QDA's Cases: a participant, a site, an organisation, with variable values and the
 * sources that belong to it) as what Parallax has for them, attributes of documents. QualCoder and NVivo keep a
 * participant's age or role on the case, not on the transcript; left out, a researcher lost every such value
 * and with it the filters by them. A source in a case gets the attribute {@value #CASE} (the names of its cases)
 * and each of its cases' values that it does not carry itself; the source's own value wins.
 */
final class CaseAttributes {
    /** The attribute that names a document's cases. */
    static final String CASE = "case";

    private record Case(String name, Map<String, Variable> values) {
    }

    private final Map<String, List<Case>> bySource = new HashMap<>();
    private final List<String> problems;

    CaseAttributes(List<String> problems) {
        this.problems = problems;
    }

    /**
     * Reads the Cases part; {@code values} reads an element's variable values (by variable name) as a source's
     * are read, given the label its problems name.
     */
    void read(Element cases, BiFunction<Element, String, Map<String, Variable>> values) {
        int descriptions = 0;
        for (Element c : Dom.children(cases, "Case")) {
            String name = Optional.ofNullable(Dom.attr(c, "name")).map(String::strip).filter(n -> !n.isEmpty())
                    .orElse(Dom.attr(c, "guid"));
            String label = "Case '" + name + "'";
            List<String> sources = Dom.refs(c, "SourceRef");
            int selections = Dom.children(c, "SelectionRef").size();
            if (selections > 0) {
                problems.add(label + ": " + Counted.of(selections, "selection") + " as members not imported (Parallax "
                        + "gives a case's values to whole documents)");
            }
            if (sources.isEmpty()) {
                if (selections == 0) {
                    problems.add(label + " names no source; its values not imported");
                }
                continue;
            }
            String description = Dom.childText(c, "Description");
            if (description != null && !description.isBlank()) {
                descriptions++;
            }
            Case read = new Case(name, values.apply(c, label));
            for (String source : new LinkedHashSet<>(sources)) {
                bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(read);
            }
        }
        if (descriptions > 0) {
            problems.add(descriptions + (descriptions == 1 ? " case description" : " case descriptions")
                    + " not imported (the cases' names and values are, as attributes of their documents)");
        }
    }

    /**
     * The variables of source {@code guid} with those of its cases added: {@value #CASE} naming the cases, and each
     * case value the source does not carry; values of several cases that differ are joined with "; ".
     */
    Map<String, Variable> withCases(String guid, Map<String, Variable> own, String label) {
        List<Case> cases = bySource.getOrDefault(guid, List.of());
        if (cases.isEmpty()) {
            return own;
        }
        Map<String, Variable> out = new LinkedHashMap<>(own);
        Map<String, Set<String>> added = new LinkedHashMap<>();
        added.put(CASE, new LinkedHashSet<>());
        for (Case c : cases) {
            added.get(CASE).add(c.name());
            c.values().forEach((name, value) -> added.computeIfAbsent(name, k -> new LinkedHashSet<>())
                    .add(value.value()));
        }
        for (Map.Entry<String, Set<String>> e : added.entrySet()) {
            if (own.containsKey(e.getKey())) {
                continue;
            }
            boolean date = e.getValue().size() == 1 && cases.stream().map(c -> c.values().get(e.getKey()))
                    .anyMatch(v -> v != null && v.date());
            if (e.getValue().size() > 1 && !e.getKey().equals(CASE)) {
                problems.add(label + ": its cases give '" + e.getKey() + "' several values; kept as \""
                        + String.join("; ", e.getValue()) + "\"");
            }
            out.put(e.getKey(), new Variable(String.join("; ", e.getValue()), date));
        }
        return out;
    }
}
