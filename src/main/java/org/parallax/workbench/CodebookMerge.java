package org.parallax.workbench;

import java.util.List;
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
                            List<String> scenariosAdded, int codesAlreadyPresent, boolean replaced) {

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
                Math.max(0, codesInFile - newCodes.size()), replaced);
    }

    /** The one line the CLI prints and the window shows. */
    public String summary() {
        return file + ": " + Counted.of(framesAdded.size(), "frame") + ", " + Counted.of(codesAdded.size(), "code")
                + " and " + Counted.of(scenariosAdded.size(), "scenario") + " added, "
                + Counted.of(codesAlreadyPresent, "code") + " already present"
                + (replaced && codesAlreadyPresent > 0 ? ", given the file's values" : "");
    }
}
