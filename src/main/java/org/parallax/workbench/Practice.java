package org.parallax.workbench;

import java.util.List;
import org.parallax.analysis.PassageComparison;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;

/** Practice mode: compares a student's coder layer with a reference coder's on one document, read-only. */
public final class Practice {
    private final Project project;
    private final Analysis analysis;

    Practice(Project project, Analysis analysis) {
        this.project = project;
        this.analysis = analysis;
    }

    /** Compares the two coders' passages in a document; neither layer is changed. */
    public PracticeReport compare(long documentId, String student, String reference) {
        Document document = project.documents.get(documentId)
                .orElseThrow(() -> project.noDocument(documentId));
        Coder studentCoder = coder(student);
        Coder referenceCoder = coder(reference);
        if (studentCoder.id() == referenceCoder.id()) {
            throw new ParallaxException("Student and reference are both '" + student
                    + "'; practice compares two different coders");
        }
        List<Segment> passages = project.segments.ofDocument(documentId);
        PassageComparison.Result result = PassageComparison.compare(of(passages, studentCoder),
                of(passages, referenceCoder));
        Codebook book = project.codebook.load();
        String text = project.documents.text(documentId);
        return new PracticeReport(document, studentCoder.name(), referenceCoder.name(),
                result.matched().stream().map(m -> new PracticeReport.Matched(passage(m.student(), book, text),
                        passage(m.reference(), book, text), m.overlap())).toList(),
                result.missed().stream().map(s -> passage(s, book, text)).toList(),
                result.extra().stream().map(s -> passage(s, book, text)).toList(),
                analysis.agreement(List.of(referenceCoder.name(), studentCoder.name()), List.of(documentId),
                        AgreementUnit.CHARACTER, null, false).lines());
    }

    private Coder coder(String name) {
        return project.readableCoder(name, "practice");
    }

    private static List<Segment> of(List<Segment> passages, Coder coder) {
        return passages.stream().filter(s -> s.coderId() == coder.id()).toList();
    }

    private static PracticeReport.Passage passage(Segment s, Codebook book, String text) {
        Code code = book.code(s.codeId()).orElseThrow();
        return new PracticeReport.Passage(s.id(), s.start(), s.end(), code.name(), code.definition(),
                text.substring(s.start(), s.end()));
    }
}
