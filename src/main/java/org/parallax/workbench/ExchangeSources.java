package org.parallax.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parallax.io.refi.ExchangeFeed;
import org.parallax.io.refi.ExchangeProject;
import org.parallax.io.refi.ExchangeProject.Coding;
import org.parallax.io.refi.ExchangeProject.Note;
import org.parallax.io.refi.ExchangeProject.Selection;
import org.parallax.io.refi.ExchangeProject.Source;
import org.parallax.io.refi.ExchangeProject.User;
import org.parallax.io.refi.ExchangeProject.Variable;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.MemoTarget;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;

/**
 * The documents of an exchange export, made one at a time each time the writer walks them ({@link ExchangeFeed}): a
 * document's text is read, pseudonymised and made a source with its coded selections only when the writer comes to
 * it, and dropped after, so a project of 500 MB of text and 2,000,000 passages is exported within a 512 MiB heap.
 * The passages are taken once, from the project's own snapshot ({@link PassagesByDocument}); the assistant's
 * provenance of them is read a document at a time too (an assistant layer is millions of records on such a project).
 */
final class ExchangeSources implements ExchangeFeed {
    private final Project project;
    private final ExchangeExport export;
    private final ExchangeProject head;
    private final List<Document> documents;
    private final PassagesByDocument passages;
    private final Codebook book;
    private final Map<Long, Coder> coders;
    private final Map<Long, String> coderGuids;
    private final ExchangeTracing.Export tracing;
    private final List<Note> codeMemos;

    ExchangeSources(Project project, ExchangeExport export, ExchangeProject head, Codebook book,
                    Map<Long, String> coderGuids, ExchangeTracing.Export tracing, List<Note> codeMemos) {
        this.project = project;
        this.export = export;
        this.head = head;
        this.book = book;
        this.coderGuids = coderGuids;
        this.tracing = tracing;
        this.codeMemos = codeMemos;
        this.coders = new java.util.HashMap<>();
        project.coders.list().forEach(c -> coders.put(c.id(), c));
        this.documents = project.documents.list();
        this.passages = new PassagesByDocument(project.passages());
    }

    @Override
    public ExchangeProject head() {
        return head;
    }

    @Override
    public void sources(Consumer<Source> each) {
        documents.forEach(d -> each.accept(source(d)));
    }

    @Override
    public void variables(Consumer<Map<String, Variable>> each) {
        documents.forEach(d -> each.accept(Source.cleanNames(variables(d))));
    }

    /** One line for each evidence item whose note no selection of the file refers to ({@link ExchangeTracing.Export}). */
    List<String> evidenceUnlinked() {
        return tracing.unlinked();
    }

    /** The tracing notes, then the memos of passages document by document, then the codes' memos. */
    @Override
    public void notes(Consumer<Note> each) {
        tracing.notes().forEach(each);
        for (Document d : documents) {
            for (Segment s : passages.of(d.id())) {
                String memo = export.pseudonyms().text(s.memo());
                if (memo != null) {
                    Code code = book.code(s.codeId()).orElseThrow();
                    each.accept(new Note(memoGuid(d, s, code), "Memo on " + code.name(), memo,
                            coderGuids.get(s.coderId()), s.created()));
                }
            }
        }
        codeMemos.forEach(each);
    }

    private Source source(Document d) {
        Pseudonyms.Replaced text = export.pseudonyms().document(d, project.documents.text(d.id()));
        export.eachText().accept(text.text());
        List<Segment> coded = passages.of(d.id());
        Map<Long, Provenance> provenance = coded.isEmpty() ? Map.of() : project.provenance.ofDocument(d.id());
        List<Selection> selections = new ArrayList<>(coded.size());
        for (Segment s : coded) {
            Code code = book.code(s.codeId()).orElseThrow();
            String segmentKey = segmentKey(d, s, code);
            List<String> noteRefs = new ArrayList<>();
            String memo = export.pseudonyms().text(s.memo());
            if (memo != null) {
                // The Description is what QualCoder and ATLAS.ti read; the linked Note is what NVivo and MAXQDA do.
                noteRefs.add(memoGuid(d, s, code));
            }
            noteRefs.addAll(tracing.bySegment().getOrDefault(s.id(), List.of()));
            Coding coding = new Coding(export.id("coding:" + segmentKey), export.codeGuid(code),
                    coderGuids.get(s.coderId()), s.created(), List.of());
            selections.add(new Selection(export.id("segment:" + segmentKey), text.offset(s.start(), false),
                    text.offset(s.end(), true), coderGuids.get(s.coderId()), s.created(), List.of(coding), noteRefs,
                    withProvenance(memo, provenance.get(s.id()), export.naming())));
        }
        for (ExchangeTracing.PlainSelection p : tracing.plain()) {
            if (p.documentId() == d.id()) {
                // Evidence resting on text that is no coded passage: a selection without a code, carrying the note.
                selections.add(new Selection(p.guid(), text.offset(p.start(), false), text.offset(p.end(), true),
                        null, null, List.of(), List.of(p.noteGuid())));
            }
        }
        return new Source(sourceGuid(d), export.pseudonyms().text(d.title()), text.text(), variables(d), selections,
                null, export.memoText(MemoTarget.document(d.id())), List.of(), owner(coded));
    }

    private String sourceGuid(Document d) {
        return export.id("document:" + d.contentHash());
    }

    private String segmentKey(Document d, Segment s, Code code) {
        return d.contentHash() + ":" + s.start() + ":" + s.end() + ":" + code.name() + ":"
                + coders.get(s.coderId()).name();
    }

    private String memoGuid(Document d, Segment s, Code code) {
        return export.id("memo:" + segmentKey(d, s, code));
    }

    /**
     * Whom a document belongs to in the export: the coder who coded in it first, else the project's first coder.
     * Parallax does not record who imported a document; without an owner QualCoder shows every source as "default's".
     */
    private String owner(List<Segment> coded) {
        List<User> users = head.users();
        return coded.stream().min(Comparator.comparing(Segment::created,
                        Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(Segment::id))
                .map(s -> coderGuids.get(s.coderId()))
                .orElse(users.isEmpty() ? null : users.get(0).guid());
    }

    /**
     * A passage the assistant proposed says so in its Description, after the memo if it has one, naming the coder it
     * learnt from as the file names coders.
     */
    private static String withProvenance(String memo, Provenance provenance, CoderNaming naming) {
        if (provenance == null) {
            return memo;
        }
        String described = naming.provenance(provenance.describe());
        return memo == null ? described : memo + "\n\n" + described;
    }

    private Map<String, Variable> variables(Document d) {
        Pseudonyms pseudonyms = export.pseudonyms();
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
}
