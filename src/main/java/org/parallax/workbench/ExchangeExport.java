package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
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
    static final String KEY_SETTING = "exchange_key";

    private final Project project;
    private final String key;
    private final Pseudonyms pseudonyms;
    private final Consumer<String> eachText;

    /** {@code pseudonyms} rewrites texts and sensitive values of the export ({@link Pseudonyms#none()} to keep them). */
    ExchangeExport(Project project, Pseudonyms pseudonyms) {
        this(project, pseudonyms, text -> {
        });
    }

    /** As {@link #ExchangeExport(Project, Pseudonyms)}; {@code eachText} is shown each document's text as written. */
    ExchangeExport(Project project, Pseudonyms pseudonyms, Consumer<String> eachText) {
        this.project = project;
        this.key = project.settings.get(KEY_SETTING).orElseGet(() -> newKey(project));
        this.pseudonyms = pseudonyms;
        this.eachText = eachText;
    }

    /**
     * The key of a project's first exchange export: random, and kept in the project so that later exports give its
     * items the same ids. A project Parallax may not write (in a read-only folder, the installed sample) is exported
     * all the same, with a key drawn from its texts, which each of its exports draws alike; so is a team project
     * whose settings only a lead may write, exported by a coder.
     */
    private static String newKey(Project project) {
        if (!project.maySaveSettings()) {
            String texts = String.join(",", project.documents.list().stream().map(Document::contentHash).toList());
            return UUID.nameUUIDFromBytes(("texts " + texts).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString();
        }
        String fresh = UUID.randomUUID().toString();
        project.settings.put(KEY_SETTING, fresh);
        return fresh;
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
        project.passages().forEach(s -> byDocument.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s));
        Map<Long, org.parallax.model.Provenance> provenance = project.provenance.all();
        ExchangeTracing.Export tracing = new ExchangeTracing(project).export(this::id, pseudonyms::text,
                pseudonyms::quote);
        notes.addAll(tracing.notes());
        for (Document d : project.documents.list()) {
            Pseudonyms.Replaced text = pseudonyms.document(d, project.documents.text(d.id()));
            eachText.accept(text.text());
            List<Selection> selections = new ArrayList<>();
            for (Segment s : byDocument.getOrDefault(d.id(), List.of())) {
                Code code = book.code(s.codeId()).orElseThrow();
                String segmentKey = d.contentHash() + ":" + s.start() + ":" + s.end() + ":" + code.name() + ":"
                        + coders.get(s.coderId()).name();
                List<String> noteRefs = new ArrayList<>();
                String memo = pseudonyms.text(s.memo());
                if (memo != null) {
                    // The Description is what QualCoder and ATLAS.ti read; the linked Note is what NVivo and MAXQDA do.
                    String noteGuid = id("memo:" + segmentKey);
                    notes.add(new Note(noteGuid, "Memo on " + code.name(), memo, coderGuids.get(s.coderId()),
                            s.created()));
                    noteRefs.add(noteGuid);
                }
                noteRefs.addAll(tracing.bySegment().getOrDefault(s.id(), List.of()));
                Coding coding = new Coding(id("coding:" + segmentKey), codeGuid(code), coderGuids.get(s.coderId()),
                        s.created(), List.of());
                selections.add(new Selection(id("segment:" + segmentKey), text.offset(s.start(), false),
                        text.offset(s.end(), true),
                        coderGuids.get(s.coderId()), s.created(), List.of(coding), noteRefs,
                        withProvenance(memo, provenance.get(s.id()))));
            }
            for (ExchangeTracing.PlainSelection p : tracing.plain()) {
                if (p.documentId() == d.id()) {
                    // Evidence resting on text that is no coded passage: a selection without a code, carrying the note.
                    selections.add(new Selection(id("evidence selection:" + d.contentHash() + ":" + p.start() + ":"
                            + p.end() + ":" + p.noteGuid()), text.offset(p.start(), false), text.offset(p.end(), true),
                            null, null, List.of(), List.of(p.noteGuid())));
                }
            }
            sources.add(new Source(id("document:" + d.contentHash()), pseudonyms.text(d.title()), text.text(),
                    variables(d), selections, null, memoText(MemoTarget.document(d.id())), List.of(),
                    owner(byDocument.getOrDefault(d.id(), List.of()), users, coderGuids)));
        }
        List<CodeNode> codes = withCodeMemos(codes(book), book, notes);
        return new ExchangeProject(name, "Parallax", users, codes, sets(book), sources, notes,
                memoText(MemoTarget.project()));
    }

    /**
     * Whom a document belongs to in the export: the coder who coded in it first, else the project's first coder.
     * Parallax does not record who imported a document; without an owner QualCoder shows every source as "default's".
     */
    private static String owner(List<Segment> passages, List<User> users, Map<Long, String> coderGuids) {
        return passages.stream().min(Comparator.comparing(Segment::created,
                        Comparator.nullsLast(Comparator.<java.time.Instant>naturalOrder())).thenComparing(Segment::id))
                .map(s -> coderGuids.get(s.coderId()))
                .orElse(users.isEmpty() ? null : users.get(0).guid());
    }

    /** A passage the assistant proposed says so in its Description, after the memo if it has one. */
    private static String withProvenance(String memo, org.parallax.model.Provenance provenance) {
        if (provenance == null) {
            return memo;
        }
        return memo == null ? provenance.describe() : memo + "\n\n" + provenance.describe();
    }

    private String memoText(MemoTarget target) {
        return project.memos.get(target).filter(m -> !project.hides(m))
                .map(m -> pseudonyms.text(m.text())).orElse(null);
    }

    /**
     * Code memos: in a code's Description, alone or after its definition and rules (QualCoder and MAXQDA read only
     * the Description), and always a Note the code refers to (NVivo), so an import can tell a memo from a definition.
     */
    private List<CodeNode> withCodeMemos(List<CodeNode> nodes, Codebook book, List<Note> notes) {
        Map<String, Memo> memos = new HashMap<>();
        for (Memo memo : project.memos.all()) {
            if (memo.target().kind() == MemoKind.CODE) {
                book.code(memo.target().id()).ifPresent(code -> memos.put(codeGuid(code), memo));
            }
        }
        return memos.isEmpty() ? nodes : withCodeMemos(nodes, memos, notes);
    }

    private List<CodeNode> withCodeMemos(List<CodeNode> nodes, Map<String, Memo> memos, List<Note> notes) {
        List<CodeNode> out = new ArrayList<>();
        for (CodeNode node : nodes) {
            List<CodeNode> children = withCodeMemos(node.children(), memos, notes);
            Memo memo = node.codable() ? memos.get(node.guid()) : null;
            if (memo == null) {
                out.add(new CodeNode(node.guid(), node.name(), node.codable(), node.color(), node.description(),
                        children, node.noteGuids()));
                continue;
            }
            String text = pseudonyms.text(memo.text());
            String noteGuid = id("code memo:" + node.name());
            notes.add(new Note(noteGuid, "Memo on " + node.name(), text, userGuid(memo.author()), memo.created(), null,
                    userGuid(memo.lastEditedBy()), memo.modified()));
            String description = GuideDescription.withMemo(node.description(), text);
            out.add(new CodeNode(node.guid(), node.name(), true, node.color(), description, children,
                    List.of(noteGuid)));
        }
        return out;
    }

    private String userGuid(String coderName) {
        return coderName == null ? null : id("coder:" + coderName);
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
