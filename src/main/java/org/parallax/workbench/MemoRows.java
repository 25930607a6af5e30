package org.parallax.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.MemoRow;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.Memo;
import org.parallax.model.Segment;

/** Memos joined with the documents, codes and passages they are about, for the Memos view, listings and export. */
final class MemoRows {
    private final Project project;

    MemoRows(Project project) {
        this.project = project;
    }

    /** The rows as files carry them: authors and last editors named as files name them ({@link CoderNaming}). */
    List<MemoRow> written(List<Memo> memos) {
        CoderNaming naming = CoderNaming.of(project);
        return rows(memos).stream().map(naming::memo).toList();
    }

    List<MemoRow> rows(List<Memo> memos) {
        Codebook book = project.codebook.load();
        Map<Long, Document> documents = new HashMap<>();
        project.documents.list().forEach(d -> documents.put(d.id(), d));
        Map<Long, String> texts = new HashMap<>();
        return memos.stream().map(m -> row(m, book, documents, texts)).toList();
    }

    private MemoRow row(Memo m, Codebook book, Map<Long, Document> documents, Map<Long, String> texts) {
        long id = m.target().id();
        return switch (m.target().kind()) {
            case PROJECT -> new MemoRow(m.id(), "project", 0, "Project", null, null, null, null, null, m.author(),
                    m.lastEditedBy(), m.created(), m.modified(), m.text());
            case DOCUMENT -> {
                String title = documents.get(id).title();
                yield new MemoRow(m.id(), "document", id, title, id, title, null, null, null, m.author(),
                        m.lastEditedBy(), m.created(), m.modified(), m.text());
            }
            case CODE -> {
                String name = book.code(id).map(Code::name).orElse("?");
                yield new MemoRow(m.id(), "code", id, name, null, null, id, name, null, m.author(), m.lastEditedBy(),
                        m.created(), m.modified(), m.text());
            }
            case PASSAGE -> {
                Segment s = project.segments.get(id).orElseThrow();
                String title = documents.get(s.documentId()).title();
                String code = book.code(s.codeId()).map(Code::name).orElse("?");
                String text = texts.computeIfAbsent(s.documentId(), project.documents::text);
                yield new MemoRow(m.id(), "passage", id, code + " in " + title, s.documentId(), title, s.codeId(),
                        code, text.substring(s.start(), s.end()), m.author(), m.lastEditedBy(), m.created(), m.modified(),
                        m.text());
            }
        };
    }
}
