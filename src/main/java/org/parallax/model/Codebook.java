package org.parallax.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A snapshot of a project's codebook with ids: frames and scenarios in display order, all codes,
 * and the expectation mapping (indicator code id to the scenario ids its frame expects it in).
 */
public record Codebook(List<Frame> frames, List<Scenario> scenarios, List<Code> codes,
                       Map<Long, Set<Long>> expectations) {

    public Codebook {
        frames = List.copyOf(frames);
        scenarios = List.copyOf(scenarios);
        codes = List.copyOf(codes);
        expectations = Map.copyOf(expectations);
    }

    public static Codebook empty() {
        return new Codebook(List.of(), List.of(), List.of(), Map.of());
    }

    public Map<Long, Code> codesById() {
        return codes.stream().collect(Collectors.toMap(Code::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Optional<Code> code(long id) {
        return codes.stream().filter(c -> c.id() == id).findFirst();
    }

    public Optional<Code> codeNamed(String name) {
        return codes.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Frame> frame(long id) {
        return frames.stream().filter(f -> f.id() == id).findFirst();
    }

    public Optional<Scenario> scenario(long id) {
        return scenarios.stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<Scenario> scenarioNamed(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * The code a coding key (1-9) codes: the first in codebook order that holds it. Keys are kept unique when
     * written, but a project written by an earlier release can hold one key on several codes.
     */
    public Optional<Code> codeOfKey(int key) {
        return key == 0 ? Optional.empty() : codes.stream().filter(c -> c.shortcut() == key).findFirst();
    }

    /** Each coding key held by more than one code, with those codes in codebook order. */
    public Map<Integer, List<Code>> keyClashes() {
        Map<Integer, List<Code>> byKey = codes.stream().filter(c -> c.shortcut() != 0)
                .collect(Collectors.groupingBy(Code::shortcut, java.util.TreeMap::new, Collectors.toList()));
        byKey.values().removeIf(holders -> holders.size() < 2);
        return byKey;
    }

    /** Indicator codes of one frame, in codebook order. */
    public List<Code> codesOf(Frame frame) {
        return codes.stream().filter(c -> c.frameId() != null && c.frameId() == frame.id()).toList();
    }

    /**
     * Every code in the order the codebook pane lists it: each frame's codes in frame order, a sub-code after its
     * parent; then the codes of no frame; then the scenarios' codes in scenario order. Lists of codes to choose from
     * follow it, so a code is found where the researcher sees it in the pane.
     */
    public List<Code> inPaneOrder() {
        Set<Code> ordered = new LinkedHashSet<>();
        for (Frame frame : frames) {
            nested(codesOf(frame), ordered);
        }
        nested(codes.stream().filter(c -> c.frameId() == null && !c.isScenarioCode()).toList(), ordered);
        for (Scenario scenario : scenarios) {
            codes.stream().filter(c -> Objects.equals(c.scenarioId(), scenario.id())).forEach(ordered::add);
        }
        // A code the pane has no place for (its frame gone from a damaged file) is still there to choose, last.
        ordered.addAll(codes);
        return new ArrayList<>(ordered);
    }

    /** Adds {@code group}'s top-level codes, each followed at once by its sub-codes (depth first). */
    private static void nested(List<Code> group, Set<Code> into) {
        for (Code code : group) {
            boolean topLevel = code.parentId() == null || group.stream().noneMatch(p -> p.id() == code.parentId());
            if (topLevel) {
                withSubCodes(code, group, into);
            }
        }
    }

    private static void withSubCodes(Code code, List<Code> group, Set<Code> into) {
        if (!into.add(code)) {
            return;
        }
        group.stream().filter(c -> Objects.equals(c.parentId(), code.id())).forEach(c -> withSubCodes(c, group, into));
    }
}
