package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.ExchangeProject.CodeSet;
import org.parallax.model.Code;
import org.parallax.model.Counted;
import org.parallax.model.Frame;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.model.TextLimits;

/**
 * Merges an exchanged code tree into the project by name, inside the caller's transaction: non-codable
 * top-level codes are frames, the "Scenarios" group holds scenarios, other codes are codes (under their
 * frame when they have one); sets named "Expected in scenario: X" restore the Table 1 expectations. New codes are
 * placed as the tree is walked and inserted one level of the tree at a time, each level in one batch: inserted one by
 * one, a codebook of 49,980 codes took 37–38 s.
 */
final class ExchangeCodebookImport {
    private final Project project;
    private final List<String> problems;
    private final Map<String, Long> codeIds = new HashMap<>();
    private final Set<String> namesFromFile = new HashSet<>();
    private final List<String> renamedMatched = new ArrayList<>();
    /** New codes by their depth below the stored codebook, waiting for {@link #insertPlanned}. */
    private final List<List<Planned>> planned = new ArrayList<>();
    private CodebookDraft book;
    int created;
    int matched;

    ExchangeCodebookImport(Project project, List<String> problems) {
        this.project = project;
        this.problems = problems;
    }

    /** Code GUID (canonical) → project code id, after {@link #importCodes}. */
    Map<String, Long> codeIds() {
        return codeIds;
    }

    void importCodes(List<CodeNode> codes) {
        book = new CodebookDraft(project.codebook);
        for (CodeNode node : codes) {
            if (!node.codable() && node.name().equals(ExchangeExport.SCENARIOS)) {
                node.children().forEach(this::scenario);
            } else if (!node.codable()) {
                TextLimits.require("frame name", node.name(), TextLimits.NAME);
                Frame frame = book.frameNamed(node.name()).orElseGet(() -> book.insertFrame(node.name(),
                        node.description(), node.color()));
                node.children().forEach(child -> code(child, frame.id(), null));
            } else {
                code(node, null, null);
            }
        }
        insertPlanned();
        if (!renamedMatched.isEmpty()) {
            problems.add(Counted.of(renamedMatched.size(), "code") + " the file names more than once "
                    + (renamedMatched.size() == 1 ? "went to the code" : "went to the codes") + " already here under "
                    + "the name an earlier import gave " + (renamedMatched.size() == 1 ? "it" : "them") + " ("
                    + quoted(renamedMatched) + ")");
        }
    }

    private static String quoted(List<String> names) {
        String shown = String.join("', '", names.subList(0, Math.min(3, names.size())));
        return "'" + shown + "'" + (names.size() > 3 ? ", …" : "");
    }

    private void scenario(CodeNode node) {
        TextLimits.require("scenario name", node.name(), TextLimits.NAME);
        Scenario scenario = book.scenarioNamed(node.name()).orElse(null);
        if (scenario == null) {
            if (book.codeNamed(node.name()).isPresent()) {
                throw new ParallaxException("Scenario '" + node.name() + "' clashes with a code of the same name");
            }
            // A scenario's code takes the next place in the code order: the codes placed before it go in first.
            insertPlanned();
            scenario = book.insertScenario(node.name(), node.description());
            created++;
        } else {
            matched++;
        }
        Code code = book.scenarioCode(scenario.id());
        if (node.color() != null && !node.color().equals(code.color())) {
            book.updateCode(new Code(code.id(), code.parentId(), code.frameId(), code.scenarioId(),
                    code.name(), node.color(), code.definition(), code.shortcut(), code.position()));
        }
        codeIds.put(node.guid(), code.id());
        node.children().forEach(child -> code(child, null, null));
    }

    /** Matches or places a code of the file and its sub-codes; {@code parent} null at the top of its frame. */
    private void code(CodeNode node, Long frameId, Planned parent) {
        TextLimits.require("code name", node.name(), TextLimits.NAME);
        String name = uniqueName(node.name(), parent);
        Optional<Code> existing = book.codeNamed(name).or(() -> name.equals(node.name()) ? Optional.empty()
                : book.codeNamed(earlierName(node.name(), parent)));
        Planned here;
        if (existing.isPresent()) {
            if (existing.get().isScenarioCode() && frameId != null) {
                throw new ParallaxException("Code '" + name + "' clashes with a scenario of the same name");
            }
            here = new Planned(node, null, existing.get(), -1);
            here.id = existing.get().id();
            codeIds.put(node.guid(), here.id);
            matched++;
            if (!name.equals(node.name())) {
                renamedMatched.add(existing.get().name());
            }
        } else {
            GuideDescription guide = GuideDescription.parse(node.description());
            here = new Planned(node, parent, new Code(0, null, frameId, null, name, node.color(), guide.definition(), 0,
                    book.takePosition(), guide.inclusion(), guide.exclusion()),
                    parent == null || parent.depth < 0 ? 0 : parent.depth + 1);
            while (planned.size() <= here.depth) {
                planned.add(new ArrayList<>());
            }
            planned.get(here.depth).add(here);
            created++;
            // Said only when the code is made: the same file imported again matches it and has nothing new to say.
            if (!name.equals(node.name())) {
                problems.add("The file has more than one code named '" + node.name() + "'; the one "
                        + (parent == null ? "at the top level" : "under '" + parent.code.name() + "'")
                        + " was imported as '" + name + "' (code names are unique in a project)");
            }
            if (!node.codable() && frameId == null) {
                problems.add("Code '" + name + "' is not codable in the file; imported as an ordinary code");
            }
        }
        node.children().forEach(child -> code(child, frameId, here));
    }

    /** Inserts the codes placed so far, a level of the tree at a time, so each level knows its parents' ids. */
    private void insertPlanned() {
        for (List<Planned> level : planned) {
            List<Code> drafts = level.stream().map(Planned::underItsParent).toList();
            List<Code> stored = book.insertCodesAt(drafts);
            for (int i = 0; i < level.size(); i++) {
                level.get(i).id = stored.get(i).id();
                codeIds.put(level.get(i).node.guid(), level.get(i).id);
            }
        }
        planned.clear();
    }

    /** A code of the file: stored (depth -1, its id known) or placed, to go in at its depth below the stored ones. */
    private static final class Planned {
        final CodeNode node;
        final Planned parent;
        final Code code;
        final int depth;
        long id;

        Planned(CodeNode node, Planned parent, Code code, int depth) {
            this.node = node;
            this.parent = parent;
            this.code = code;
            this.depth = depth;
        }

        /** The code to insert, under its parent's id, which is known once the level above went in. */
        Code underItsParent() {
            Code c = code;
            return parent == null ? c : new Code(0, parent.id, c.frameId(), null, c.name(), c.color(), c.definition(),
                    0, c.position(), c.inclusion(), c.exclusion());
        }
    }

    /**
     * Code names are unique in a project; a second code of the same name in the file is named after where it stands,
     * "pedagogy (under pedagogy)": "pedagogy (pedagogy)" read as a note on the code rather than its place.
     */
    private String uniqueName(String name, Planned parentCode) {
        if (namesFromFile.add(name)) {
            return name;
        }
        String place = parentCode == null ? "top level" : "under " + parentCode.code.name();
        String renamed = name + " (" + place + ")";
        for (int n = 2; !namesFromFile.add(renamed); n++) {
            renamed = name + " (" + place + " " + n + ")";
        }
        return renamed;
    }

    /** The name imports before "(under …)" gave such a code, "Trust (Economy)", which the file's code matches too. */
    private static String earlierName(String name, Planned parentCode) {
        return name + " (" + (parentCode == null ? "top level" : parentCode.code.name()) + ")";
    }

    void importSets(List<CodeSet> sets) {
        Map<Long, Set<Long>> expectations = new HashMap<>(book.expectations());
        for (CodeSet set : sets) {
            String name = set.name() == null ? "" : set.name();
            if (name.matches(ExchangeExport.SHORTCUT_PREFIX + "[1-9]") && set.codeGuids().size() == 1
                    && codeIds.containsKey(set.codeGuids().get(0))) {
                Code code = book.code(codeIds.get(set.codeGuids().get(0))).orElseThrow();
                book.updateCode(new Code(code.id(), code.parentId(), code.frameId(), code.scenarioId(),
                        code.name(), code.color(), code.definition(), name.charAt(name.length() - 1) - '0',
                        code.position()));
                continue;
            }
            Optional<Scenario> scenario = name.startsWith(ExchangeExport.EXPECTED_PREFIX)
                    ? book.scenarioNamed(name.substring(ExchangeExport.EXPECTED_PREFIX.length()))
                    : Optional.empty();
            if (scenario.isEmpty()) {
                problems.add("Set '" + name + "' (" + Counted.of(set.codeGuids().size(), "code") + ") not imported "
                        + "(Parallax has no code sets)");
                continue;
            }
            for (String guid : set.codeGuids()) {
                Long codeId = codeIds.get(guid);
                if (codeId == null) {
                    problems.add("Set '" + name + "' names an unknown code " + guid + "; member left out");
                } else {
                    expectations.computeIfAbsent(codeId, k -> new LinkedHashSet<>()).add(scenario.get().id());
                }
            }
        }
        project.codebook.setExpectations(expectations);
    }
}
