package org.parallax.workbench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Counted;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;

/**
 * What merging a codebook file by name did: frames, codes and scenarios added, and codes the project
 * already had (kept as they were, or given the file's values when {@code replaced}).
 */
public record CodebookMerge(String file, List<String> framesAdded, List<String> codesAdded,
                            List<String> scenariosAdded, int codesAlreadyPresent, boolean replaced, Changed changed) {

    /** How many frames, codes and scenarios the project had that the file's values changed. */
    public record Changed(int frames, int codes, int scenarios) {
        static final Changed NONE = new Changed(0, 0, 0);

        static Changed between(Codebook before, Codebook after) {
            Map<String, Frame> frames = before.frames().stream().collect(Collectors.toMap(Frame::name, f -> f));
            Map<String, Scenario> scenarios = before.scenarios().stream()
                    .collect(Collectors.toMap(Scenario::name, s -> s));
            Map<String, Code> codes = before.codes().stream().collect(Collectors.toMap(Code::name, c -> c));
            return new Changed(
                    (int) after.frames().stream().filter(f -> frames.containsKey(f.name())
                            && !frames.get(f.name()).withVersion(0).equals(f.withVersion(0))).count(),
                    (int) after.codes().stream().filter(c -> codes.containsKey(c.name()) && !c.isScenarioCode()
                            && (!codes.get(c.name()).withVersion(0).equals(c.withVersion(0))
                            || !before.expectations().getOrDefault(c.id(), Set.of())
                                    .equals(after.expectations().getOrDefault(c.id(), Set.of())))).count(),
                    (int) after.scenarios().stream().filter(s -> scenarios.containsKey(s.name())
                            && !scenarios.get(s.name()).withVersion(0).equals(s.withVersion(0))).count());
        }

        /** "2 codes and 1 frame", or "none" (nothing changed). */
        String said() {
            List<String> parts = new java.util.ArrayList<>();
            if (codes > 0) {
                parts.add(Counted.of(codes, "code"));
            }
            if (frames > 0) {
                parts.add(Counted.of(frames, "frame"));
            }
            if (scenarios > 0) {
                parts.add(Counted.of(scenarios, "scenario"));
            }
            return parts.isEmpty() ? "none" : String.join(" and ", parts);
        }
    }

    public CodebookMerge {
        framesAdded = List.copyOf(framesAdded);
        codesAdded = List.copyOf(codesAdded);
        scenariosAdded = List.copyOf(scenariosAdded);
    }

    static CodebookMerge between(String file, Codebook before, Codebook after, int codesInFile, boolean replaced) {
        Set<String> frames = before.frames().stream().map(Frame::name).collect(Collectors.toSet());
        Set<String> codes = before.codes().stream().map(Code::name).collect(Collectors.toSet());
        Set<String> scenarios = before.scenarios().stream().map(Scenario::name).collect(Collectors.toSet());
        List<String> newCodes = after.codes().stream().filter(c -> !c.isScenarioCode())
                .map(Code::name).filter(n -> !codes.contains(n)).toList();
        return new CodebookMerge(file,
                after.frames().stream().map(Frame::name).filter(n -> !frames.contains(n)).toList(),
                newCodes,
                after.scenarios().stream().map(Scenario::name).filter(n -> !scenarios.contains(n)).toList(),
                Math.max(0, codesInFile - newCodes.size()), replaced,
                replaced ? Changed.between(before, after) : Changed.NONE);
    }

    /** The one line the CLI prints and the window shows. */
    public String summary() {
        return file + ": " + Counted.of(framesAdded.size(), "frame") + ", " + Counted.of(codesAdded.size(), "code")
                + " and " + Counted.of(scenariosAdded.size(), "scenario") + " added, "
                + Counted.of(codesAlreadyPresent, "code") + " already present"
                + (replaced ? "; changed to the file's values: " + changed.said() : "");
    }
}
