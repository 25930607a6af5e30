package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parallax.io.refi.ExchangeProject;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.ExchangeProject.CodeSet;
import org.parallax.io.refi.ExchangeProject.Coding;
import org.parallax.io.refi.ExchangeProject.Note;
import org.parallax.io.refi.ExchangeProject.Selection;
import org.parallax.io.refi.ExchangeProject.Source;
import org.parallax.io.refi.ExchangeProject.User;
import org.parallax.io.refi.ExchangeProject.Variable;
import org.parallax.io.refi.RefiIds;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;

/**
 * Builds the exchange snapshot of a project (see docs/refi-qda.md for the mapping): frames become
 * non-codable top-level codes holding their indicators, scenarios codes under a non-codable "Scenarios"
 * code, the Table 1 expectations sets of codes, metadata variables, passages coded selections, memos notes.
 * GUIDs are name-based UUIDs under a per-project key, so exporting twice gives the same ids.
 */
final class ExchangeExport {
    static final String SCENARIOS = "Scenarios";
    static final String EXPECTED_PREFIX = "Expected in scenario: ";
    static final String SHORTCUT_PREFIX = "Shortcut key ";
    private static final String KEY_SETTING = "exchange_key";

    private final Project project;
    private final String key;
    private final Pseudonyms pseudonyms;

    /** {@code pseudonyms} rewrites texts and sensitive values of the export ({@link Pseudonyms#none()} to keep them). */
    ExchangeExport(Project project, Pseudonyms pseudonyms) {
        this.project = project;
        this.key = project.settings.get(KEY_SETTING).orElseGet(() -> {
            String fresh = UUID.randomUUID().toString();
            project.settings.put(KEY_SETTING, fresh);
            return fresh;
        });
        this.pseudonyms = pseudonyms;
    }

    ExchangeProject build(String name) {
        Codebook book = project.codebook.load();
        Map<Long, String> coderGuids = new HashMap<>();
        List<User> users = new ArrayList<>();
        for (Coder c : project.coders.list()) {
            coderGuids.put(c.id(), id("coder:" + c.name()));
            users.add(new User(coderGuids.get(c.id()), c.name()));
        }
        List<Note> notes = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Map<Long, Coder> coders = new HashMap<>();
        project.coders.list().forEach(c -> coders.put(c.id(), c));
        Map<Long, List<Segment>> byDocument = new HashMap<>();
        project.segmentCache.all().forEach(s -> byDocument.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s));
        for (Document d : project.documents.list()) {
            Pseudonyms.Replaced text = pseudonyms.replace(project.documents.text(d.id()));
            List<Selection> selections = new ArrayList<>();
            for (Segment s : byDocument.getOrDefault(d.id(), List.of())) {
                Code code = book.code(s.codeId()).orElseThrow();
                String segmentKey = d.contentHash() + ":" + s.start() + ":" + s.end() + ":" + code.name() + ":"
                        + coders.get(s.coderId()).name();
                List<String> noteRefs = List.of();
                if (s.memo() != null) {
                    String noteGuid = id("memo:" + segmentKey);
                    notes.add(new Note(noteGuid, "Memo on " + code.name(), pseudonyms.text(s.memo()),
                            coderGuids.get(s.coderId()), s.created()));
                    noteRefs = List.of(noteGuid);
                }
                Coding coding = new Coding(id("coding:" + segmentKey), codeGuid(code), coderGuids.get(s.coderId()),
                        s.created(), List.of());
                selections.add(new Selection(id("segment:" + segmentKey), text.offset(s.start(), false),
                        text.offset(s.end(), true),
                        coderGuids.get(s.coderId()), s.created(), List.of(coding), noteRefs));
            }
            sources.add(new Source(id("document:" + d.contentHash()), pseudonyms.text(d.title()), text.text(),
                    variables(d), selections, null));
        }
        return new ExchangeProject(name, "Parallax", users, codes(book), sets(book), sources, notes);
    }

    List<CodeNode> codes(Codebook book) {
        List<CodeNode> out = new ArrayList<>();
        for (Frame f : book.frames()) {
            List<CodeNode> children = book.codesOf(f).stream()
                    .filter(c -> c.parentId() == null || book.code(c.parentId()).isEmpty())
                    .map(c -> node(c, book)).toList();
            out.add(new CodeNode(id("frame:" + f.name()), f.name(), false, f.color(), f.description(), children));
        }
        book.codes().stream().filter(c -> c.frameId() == null && !c.isScenarioCode() && c.parentId() == null)
                .forEach(c -> out.add(node(c, book)));
        if (!book.scenarios().isEmpty()) {
            List<CodeNode> scenarios = new ArrayList<>();
            for (Scenario s : book.scenarios()) {
                Code code = book.codes().stream().filter(c -> Long.valueOf(s.id()).equals(c.scenarioId())).findFirst()
                        .orElseThrow();
                scenarios.add(new CodeNode(codeGuid(code), s.name(), true, code.color(), s.description(), List.of()));
            }
            out.add(new CodeNode(id("scenarios"), SCENARIOS, false, null,
                    "Scenarios of interaction (the columns of Table 1)", scenarios));
        }
        return out;
    }

    List<CodeSet> sets(Codebook book) {
        List<CodeSet> out = new ArrayList<>();
        for (Scenario s : book.scenarios()) {
            List<String> members = book.codes().stream()
                    .filter(c -> book.expectations().getOrDefault(c.id(), Set.of()).contains(s.id()))
                    .map(this::codeGuid).toList();
            if (!members.isEmpty()) {
                out.add(new CodeSet(id("expected:" + s.name()), EXPECTED_PREFIX + s.name(),
                        "Indicators a frame expects in this scenario (Parallax Table 1 mapping)", members));
            }
        }
        for (int key = 1; key <= 9; key++) {
            int k = key;
            List<String> members = book.codes().stream().filter(c -> c.shortcut() == k).map(this::codeGuid).toList();
            if (!members.isEmpty()) {
                out.add(new CodeSet(id("shortcut:" + key), SHORTCUT_PREFIX + key,
                        "The code Parallax applies with key " + key, members));
            }
        }
        return out;
    }

    private CodeNode node(Code code, Codebook book) {
        List<CodeNode> children = book.codes().stream()
                .filter(c -> c.parentId() != null && c.parentId() == code.id() && !c.isScenarioCode())
                .map(c -> node(c, book)).toList();
        return new CodeNode(codeGuid(code), code.name(), true, code.color(), GuideDescription.of(code), children);
    }

    private Map<String, Variable> variables(Document d) {
        DocumentMeta m = d.meta();
        Map<String, Variable> out = new LinkedHashMap<>();
        putText(out, ExchangeVariables.TITLE, pseudonyms.text(m.title()));
        if (m.date() != null) {
            out.put(ExchangeVariables.DATE, new Variable(m.date().toString(), true));
        }
        putText(out, ExchangeVariables.TYPE, m.type().label());
        putText(out, ExchangeVariables.ACTOR, m.actor());
        putText(out, ExchangeVariables.LANGUAGE, m.language());
        putText(out, ExchangeVariables.SCENARIO, m.scenario());
        if (!pseudonyms.active()) {
            // File names often carry an interviewee's name in another spelling, so a pseudonymised export omits them.
            putText(out, ExchangeVariables.SOURCE_FILE, d.sourceFile());
        }
        m.attributes().forEach((name, value) -> putText(out, ExchangeVariables.attributeVariable(name),
                pseudonyms.text(value)));
        return out;
    }

    private static void putText(Map<String, Variable> out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.put(name, Variable.text(value));
        }
    }

    private String codeGuid(Code code) {
        return id("code:" + code.name());
    }

    private String id(String what) {
        return RefiIds.stable(key, what);
    }
}
