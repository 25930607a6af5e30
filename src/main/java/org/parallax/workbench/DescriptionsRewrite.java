package org.parallax.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;
import org.parallax.store.CodebookStore;

/**
 * Frames' and scenarios' descriptions rewritten with the codes that cite a renamed or merged code ({@link
 * CodeReferences}), written inside the codes' own transaction so that the whole is one step of the undo history. Each
 * is written against the version this project last wrote, as {@link CodesRewrite} writes codes, and undo records it
 * again as the one who last changed it before.
 */
final class DescriptionsRewrite {
    /** Nothing to rewrite. */
    static final DescriptionsRewrite NONE = new DescriptionsRewrite(null, List.of(), List.of(), List.of(), List.of());

    private final Project project;
    private final List<Frame> framesBefore;
    private final List<Frame> framesAfter;
    private final List<Scenario> scenariosBefore;
    private final List<Scenario> scenariosAfter;
    private final Map<String, String> editorsBefore = new HashMap<>();

    /** Each {@code before} list as shown to the user, each {@code after} in the same order. */
    DescriptionsRewrite(Project project, List<Frame> framesBefore, List<Frame> framesAfter,
                        List<Scenario> scenariosBefore, List<Scenario> scenariosAfter) {
        this.project = project;
        this.framesBefore = framesBefore;
        this.framesAfter = framesAfter;
        this.scenariosBefore = scenariosBefore;
        this.scenariosAfter = scenariosAfter;
        framesBefore.forEach(f -> project.written.put(key(CodebookStore.Entry.FRAME, f.id()), f.version()));
        scenariosBefore.forEach(s -> project.written.put(key(CodebookStore.Entry.SCENARIO, s.id()), s.version()));
    }

    /**
     * The frames' and scenarios' descriptions that cite {@code oldName} (a code, frame or scenario), rewritten to cite
     * {@code newName}; {@link #NONE} when none does.
     */
    static DescriptionsRewrite citing(Project project, Codebook book, String oldName, String newName) {
        List<Frame> frames = CodeReferences.frames(book, oldName, newName);
        List<Scenario> scenarios = CodeReferences.scenarios(book, oldName, newName);
        if (frames.isEmpty() && scenarios.isEmpty()) {
            return NONE;
        }
        return new DescriptionsRewrite(project, frames.stream().map(f -> book.frame(f.id()).orElseThrow()).toList(),
                frames, scenarios.stream().map(s -> book.scenario(s.id()).orElseThrow()).toList(), scenarios);
    }

    /** The key {@link Project#written} keeps an entry's version under, as every versioned codebook edit does. */
    private static String key(CodebookStore.Entry entry, long id) {
        return entry.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    /** Writes the descriptions as changed (forward) or back as they were, inside the caller's transaction. */
    Map<String, Long> write(boolean forward) {
        Map<String, Long> written = new HashMap<>();
        for (Frame f : forward ? framesAfter : framesBefore) {
            String key = remember(CodebookStore.Entry.FRAME, f.id(), forward);
            Frame at = f.withVersion(project.written.get(key));
            written.put(key, forward ? project.codebook.updateFrame(at)
                    : project.codebook.updateFrameAs(at, editorsBefore.get(key)));
        }
        for (Scenario s : forward ? scenariosAfter : scenariosBefore) {
            String key = remember(CodebookStore.Entry.SCENARIO, s.id(), forward);
            Scenario at = s.withVersion(project.written.get(key));
            written.put(key, forward ? project.codebook.updateScenario(at)
                    : project.codebook.updateScenarioAs(at, editorsBefore.get(key)));
        }
        return written;
    }

    private String remember(CodebookStore.Entry entry, long id, boolean forward) {
        String key = key(entry, id);
        if (forward) {
            editorsBefore.put(key, project.codebook.lastEditor(entry, id).orElse(null));
        }
        return key;
    }
}
