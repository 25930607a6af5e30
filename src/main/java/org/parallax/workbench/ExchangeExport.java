package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.parallax.io.refi.ExchangeFeed;
import org.parallax.io.refi.ExchangeProject;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.ExchangeProject.CodeSet;
import org.parallax.io.refi.ExchangeProject.Note;
import org.parallax.io.refi.ExchangeProject.User;
import org.parallax.io.refi.RefiIds;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.Frame;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
import org.parallax.model.Scenario;

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
    /** The coders as the file names them: its users, the coder the assistant learnt from in a passage's provenance. */
    private final CoderNaming naming;

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
        this.naming = CoderNaming.of(project);
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

    /**
     * The project as the .qdpx writer takes it: the codebook, coders and tracing notes made now, the documents one at
     * a time as the writer comes to them ({@link ExchangeSources}).
     */
    ExchangeSources feed(String name) {
        Codebook book = project.codebook.load();
        Map<Long, String> coderGuids = new HashMap<>();
        List<User> users = new ArrayList<>();
        for (Coder c : project.coders.list()) {
            coderGuids.put(c.id(), id("coder:" + c.name()));
            users.add(new User(coderGuids.get(c.id()), naming.coder(c.name())));
        }
        ExchangeTracing.Export tracing = new ExchangeTracing(project).export(this::id, pseudonyms::text,
                pseudonyms::quote);
        List<Note> codeMemos = new ArrayList<>();
        List<CodeNode> codes = withCodeMemos(codes(book), book, codeMemos);
        ExchangeProject head = new ExchangeProject(name, "Parallax", users, codes, sets(book), List.of(), List.of(),
                memoText(MemoTarget.project()));
        return new ExchangeSources(project, this, head, book, coderGuids, tracing, codeMemos);
    }

    Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    CoderNaming naming() {
        return naming;
    }

    /** What is shown each document's text as written. */
    Consumer<String> eachText() {
        return eachText;
    }

    String memoText(MemoTarget target) {
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

    String codeGuid(Code code) {
        return id("code:" + code.name());
    }

    String id(String what) {
        return RefiIds.stable(key, what);
    }
}
