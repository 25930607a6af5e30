package org.parallax.workbench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.model.PassageWords;
import org.parallax.model.Segment;

/**
 * Names a passage in a finding as the window lists it, by its document, its first words and its code: "passage 42 in
 * document “Minsk Protocol”, “The parties agreed to…” (code “Balance of power”)"; its number alone told a researcher
 * nothing they could find. A memo is named by what it is on, the same way. What cannot be read (a damaged table,
 * offsets outside the text) is left out, never made up.
 */
final class PassageNames {
    private final Project project;
    private final Map<Long, Optional<Document>> documents = new HashMap<>();
    /** One text held at a time: every text of a large project held at once ran out of memory (ProjectCheck). */
    private long textOf = -1;
    private String text = "";
    private Map<Long, Code> codes;

    PassageNames(Project project) {
        this.project = project;
    }

    /** The passage of id {@code id} as it reads now: "passage 42 in document “Title”, “first words…”". */
    String of(Long id) {
        return passage(id).map(this::named).orElse("passage " + id);
    }

    /** {@link #of(Long)} and the passage's code: "… (code “Balance of power”)". */
    String withCode(Long id) {
        return passage(id).map(s -> named(s) + code(s.codeId()))
                .orElse("passage " + id);
    }

    private String named(Segment s) {
        return of(s.id(), s.documentId(), (long) s.start(), (long) s.end());
    }

    /** The passage, or empty when it is not there or cannot be read (that is a finding of its own). */
    private Optional<Segment> passage(Long id) {
        try {
            return id == null ? Optional.empty() : project.segments.get(id);
        } catch (ParallaxException e) {
            return Optional.empty();
        }
    }

    /** "passage 42 in document “Title”, “first words…”" from a passage's values as read (damaged ones too). */
    String of(Long id, Long documentId, Long start, Long end) {
        return PassageWords.passage(id, document(documentId), documentId == null ? null : text(documentId),
                start == null ? -1 : start, end == null ? -1 : end);
    }

    /** "document “Title”", or "document ID" when its row cannot be read. */
    String document(Long id) {
        Document d = id == null ? null : documents.computeIfAbsent(id, this::readDocument).orElse(null);
        return d == null ? "document " + id : "document “" + d.title() + "”";
    }

    /**
     * "memo on document “Title”", "memo on code “Name”", "memo on passage 42 in document “Title”, “first words…”",
     * "project memo": what a memo is on, as the window shows it; by its number only when that cannot be read.
     */
    String memo(MemoTarget target) {
        return switch (target.kind()) {
            case PROJECT -> "project memo";
            case DOCUMENT -> "memo on " + document(target.id());
            case CODE -> "memo on " + codeName(target.id());
            case PASSAGE -> "memo on " + of(target.id());
        };
    }

    /** " (code “Name”)", or empty when the code cannot be read. */
    private String code(long codeId) {
        Code code = codes().get(codeId);
        return code == null ? "" : " (code “" + code.name() + "”)";
    }

    /** "code “Name”", or "code ID" when the code cannot be read. */
    private String codeName(long codeId) {
        Code code = codes().get(codeId);
        return code == null ? "code " + codeId : "code “" + code.name() + "”";
    }

    private Map<Long, Code> codes() {
        if (codes == null) {
            try {
                codes = project.codebook.load().codesById();
            } catch (ParallaxException e) {
                codes = Map.of();
            }
        }
        return codes;
    }

    private Optional<Document> readDocument(long id) {
        try {
            return project.documents.get(id);
        } catch (ParallaxException e) {
            return Optional.empty();
        }
    }

    private String text(long documentId) {
        if (documentId != textOf) {
            textOf = documentId;
            try {
                text = readDocument(documentId).isPresent() ? project.documents.text(documentId) : "";
            } catch (ParallaxException e) {
                // The text is damaged or missing: that is a finding of its own; the passage goes by its number.
                text = "";
            }
        }
        return text;
    }
}
