package org.parallax.workbench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parallax.model.Code;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.AnchorExample;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.Document;
import org.parallax.model.Segment;

/**
 * Turns anchor links (code to coded passage) into portable anchor examples (document title, date, quote)
 * and back: an example from a codebook file is linked to a passage of its code that quotes the same text.
 */
final class AnchorLinks {
    private final Project project;
    private final Map<Long, String> texts = new HashMap<>();

    AnchorLinks(Project project) {
        this.project = project;
    }

    /** Every code's anchor examples, code id to examples in the order they were marked. */
    Map<Long, List<AnchorExample>> examples() {
        Map<Long, List<AnchorExample>> out = new LinkedHashMap<>();
        project.codebook.anchors().forEach((codeId, segmentIds) -> out.put(codeId, segmentIds.stream()
                .map(project.segments::get)
                .flatMap(Optional::stream)
                .map(this::example)
                .toList()));
        return out;
    }

    AnchorExample example(Segment segment) {
        Document document = project.documents.get(segment.documentId()).orElseThrow();
        return new AnchorExample(document.title(), document.meta().date(), quote(segment));
    }

    String quote(Segment segment) {
        String text = texts.computeIfAbsent(segment.documentId(), project.documents::text);
        return text.substring(segment.start(), segment.end());
    }

    /** Links each example of the definition to a passage of its code with that quote; unmatched ones are skipped. */
    int link(CodebookDefinition definition) {
        Map<String, Code> book = project.codebook.load().codes().stream()
                .collect(Collectors.toMap(Code::name, c -> c, (a, b) -> a));
        int linked = 0;
        for (FrameDefinition frame : definition.frames()) {
            for (CodeDefinition code : frame.codes()) {
                linked += link(code, book);
            }
        }
        return linked;
    }

    private int link(CodeDefinition definition, Map<String, Code> book) {
        int linked = 0;
        Optional<Code> code = Optional.ofNullable(book.get(definition.name()));
        if (code.isPresent() && !definition.anchors().isEmpty()) {
            List<Segment> passages = project.segments.ofCode(code.get().id());
            for (AnchorExample anchor : definition.anchors()) {
                Optional<Segment> match = passages.stream().filter(s -> shows(s, anchor)).findFirst();
                if (match.isPresent()) {
                    project.codebook.addAnchor(code.get().id(), match.get().id());
                    linked++;
                }
            }
        }
        for (CodeDefinition child : definition.children()) {
            linked += link(child, book);
        }
        return linked;
    }

    private boolean shows(Segment segment, AnchorExample anchor) {
        if (!quote(segment).equals(anchor.quote())) {
            return false;
        }
        return anchor.document() == null
                || project.documents.get(segment.documentId())
                        .map(d -> anchor.document().equals(d.title())).orElse(false);
    }
}
