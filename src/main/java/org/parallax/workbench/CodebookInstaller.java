package org.parallax.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.AnchorExample;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.CodebookDefinition.ScenarioDefinition;
import org.parallax.model.Frame;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.store.CodebookStore;

/** Maps codebook definitions (names only) to and from a project's codebook tables, matching by name. */
final class CodebookInstaller {
    private final CodebookStore store;

    CodebookInstaller(CodebookStore store) {
        this.store = store;
    }

    /**
     * Adds what is new by name and keeps what the project already has as it is (a frame's, code's or scenario's
     * description, colour, rules, key, place and expected scenarios): a codebook file imported over the researcher's
     * refined definitions replaced them while the import said the codes were "already present". Must run inside a
     * write transaction.
     */
    void install(CodebookDefinition definition) {
        install(definition, false);
    }

    /**
     * As {@link #install(CodebookDefinition)}, or with {@code replace} the file's values replace those of the frames,
     * codes and scenarios the project has by name (description, colour, rules, key, place, expected scenarios): for a
     * codebook exported, edited and imported back on purpose, as `codebook import --replace` asks.
     */
    void install(CodebookDefinition definition, boolean replace) {
        CodebookDraft book = new CodebookDraft(store);
        Map<Long, Set<Long>> expectations = new LinkedHashMap<>();
        for (ScenarioDefinition s : definition.scenarios()) {
            Optional<Scenario> existing = book.scenarioNamed(s.name());
            if (existing.isEmpty()) {
                book.insertScenario(s.name(), s.description());
            } else if (replace && s.description() != null && !s.description().equals(existing.get().description())) {
                Scenario e = existing.get();
                book.updateScenario(new Scenario(e.id(), e.name(), s.description(), e.position()));
            }
        }
        for (FrameDefinition f : definition.frames()) {
            Frame frame = book.frameNamed(f.name()).map(e -> replace ? replacedFrame(book, e, f) : e)
                    .orElseGet(() -> book.insertFrame(f.name(), f.description(), f.color()));
            for (CodeDefinition code : f.codes()) {
                installCode(book, expectations, code, frame.id(), null, replace);
            }
        }
        store.setExpectations(expectations);
    }

    /**
     * The frame with the file's values; one that has them already is not written, so it keeps its version and last
     * editor (an import that changed nothing marked every entry as changed by whoever imported it).
     */
    private static Frame replacedFrame(CodebookDraft book, Frame existing, FrameDefinition f) {
        Frame updated = new Frame(existing.id(), existing.name(), f.description(), f.color(), existing.position());
        if (updated.equals(existing.withVersion(0))) {
            return existing;
        }
        book.updateFrame(updated);
        return updated;
    }

    private void installCode(CodebookDraft book, Map<Long, Set<Long>> expectations, CodeDefinition definition,
                             long frameId, Long parentId, boolean replace) {
        Optional<Code> existing = book.codeNamed(definition.name());
        Code code;
        if (existing.isPresent()) {
            Code e = existing.get();
            if (e.isScenarioCode()) {
                throw new ParallaxException("Code '" + definition.name() + "' clashes with a scenario of the same name");
            }
            if (!replace) {
                // Kept as the researcher left it (place, colour, definition, rules, key, expected scenarios), as a
                // .qdc's matched code is; the file's new sub-codes go under it, in its frame.
                for (CodeDefinition child : definition.children()) {
                    installCode(book, expectations, child, e.frameId() == null ? frameId : e.frameId(), e.id(), false);
                }
                return;
            }
            code = new Code(e.id(), parentId, frameId, null, e.name(), definition.color(), definition.definition(),
                    definition.shortcut(), e.position(), definition.inclusion(), definition.exclusion());
            // A null rule keeps the stored one: a code the file leaves as it is is not written (see replacedFrame).
            if (!code.withRules(code.inclusion() == null ? e.inclusion() : code.inclusion(), code.exclusion() == null
                    ? e.exclusion() : code.exclusion()).equals(e.withVersion(0))) {
                book.updateCode(code);
            }
        } else {
            code = book.insertCode(new Code(0, parentId, frameId, null, definition.name(), definition.color(),
                    definition.definition(), definition.shortcut(), 0, definition.inclusion(),
                    definition.exclusion()));
        }
        Set<Long> expected = new LinkedHashSet<>();
        for (String scenarioName : definition.expectedScenarios()) {
            expected.add(book.scenarioNamed(scenarioName).map(Scenario::id).orElseThrow(() -> new ParallaxException(
                    "Code '" + definition.name() + "' expects unknown scenario '" + scenarioName + "'")));
        }
        expectations.put(code.id(), expected);
        for (CodeDefinition child : definition.children()) {
            installCode(book, expectations, child, frameId, code.id(), replace);
        }
    }

    /** The codebook as a definition; codes without a frame are left out (they have no place in the format). */
    static CodebookDefinition definitionOf(String name, Codebook book) {
        return definitionOf(name, book, Map.of());
    }

    /** The codebook as a definition with each code's anchor examples (code id to examples). */
    static CodebookDefinition definitionOf(String name, Codebook book, Map<Long, List<AnchorExample>> anchors) {
        List<FrameDefinition> frames = new ArrayList<>();
        for (Frame frame : book.frames()) {
            List<CodeDefinition> codes = book.codesOf(frame).stream()
                    .filter(c -> c.parentId() == null || book.code(c.parentId()).isEmpty())
                    .map(c -> codeDefinition(c, book, anchors))
                    .toList();
            frames.add(new FrameDefinition(frame.name(), frame.description(), frame.color(), codes));
        }
        List<ScenarioDefinition> scenarios = book.scenarios().stream()
                .map(s -> new ScenarioDefinition(s.name(), s.description()))
                .toList();
        return new CodebookDefinition(name, frames, scenarios);
    }

    private static CodeDefinition codeDefinition(Code code, Codebook book, Map<Long, List<AnchorExample>> anchors) {
        Map<Long, Set<Long>> expectations = book.expectations();
        List<String> expected = expectations.getOrDefault(code.id(), Set.of()).stream()
                .map(id -> book.scenario(id).map(Scenario::name).orElseThrow())
                .toList();
        List<CodeDefinition> children = book.codes().stream()
                .filter(c -> code.id() == (c.parentId() == null ? -1 : c.parentId()))
                .map(c -> codeDefinition(c, book, anchors))
                .toList();
        // A key an earlier release left on several codes goes out with the code it codes, so the file imports.
        int key = book.codeOfKey(code.shortcut()).filter(holder -> holder.id() == code.id()).isPresent()
                ? code.shortcut() : 0;
        return new CodeDefinition(code.name(), code.color(), code.definition(), key, expected, children,
                code.inclusion(), code.exclusion(), anchors.getOrDefault(code.id(), List.of()));
    }
}
