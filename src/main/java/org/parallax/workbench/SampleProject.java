package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parallax.io.MetadataCsv;
import org.parallax.io.QuotedPassagesCsv;
import org.parallax.io.QuotedPassagesCsv.QuotedPassage;
import org.parallax.store.ProjectSideFiles;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;

/**
 * Builds the sample project from a folder holding texts/, metadata.csv and passages.csv: the table1
 * codebook with the study's events, every text imported with its metadata, and each quoted passage coded where its
 * quote occurs (exactly once) in the stored text. The analyst's first passage of each code is its anchor example.
 */
public final class SampleProject {
    private static final String ANCHOR_CODER = "analyst";

    private SampleProject() {
    }

    /** Builds {@code target} afresh from {@code folder}; an existing target is replaced only on success. */
    public static void build(Path folder, Path target) {
        Path tmp = target.resolveSibling(target.getFileName() + ".building");
        deleteProject(tmp);
        try (Workbench wb = Workbench.createWithTemplate(tmp, Workbench.STUDY_TEMPLATE)) {
            List<Path> texts;
            try (Stream<Path> files = Files.list(folder.resolve("texts"))) {
                texts = files.filter(Files::isRegularFile).sorted().toList();
            }
            ImportReport report = wb.documents().importFiles(new ImportRequest(texts, null,
                    MetadataCsv.read(folder.resolve("metadata.csv"))), TaskProgress.NONE);
            if (!report.failures().isEmpty()) {
                throw new ParallaxException("Sample texts failed to import: " + report.failures());
            }
            code(wb, report.imported(), QuotedPassagesCsv.read(folder.resolve("passages.csv")));
            wb.setActiveCoder("analyst");
        } catch (IOException e) {
            deleteProject(tmp);
            throw new ParallaxException(folder + ": cannot read sample folder (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // A failed build leaves nothing beside the target: only a whole sample is ever written.
            deleteProject(tmp);
            throw e;
        }
        try {
            deleteProject(target);
            Files.move(tmp, target);
            deleteProject(tmp);
        } catch (IOException e) {
            throw new ParallaxException(target + ": cannot write sample project (" + e.getMessage() + ")", e);
        }
    }

    private static void code(Workbench wb, List<Document> documents, List<QuotedPassage> passages) {
        Map<String, Document> byFile = new HashMap<>();
        documents.forEach(d -> byFile.put(d.sourceFile(), d));
        Codebook book = wb.codebook().current();
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Segment> drafts = new ArrayList<>();
        for (QuotedPassage p : passages) {
            Document d = byFile.get(p.file());
            if (d == null) {
                throw new ParallaxException("passages.csv line " + p.line() + ": no sample text " + p.file());
            }
            long codeId = book.codeNamed(p.code()).orElseThrow(() -> new ParallaxException(
                    "passages.csv line " + p.line() + ": unknown code '" + p.code() + "'")).id();
            String text = wb.documents().text(d.id());
            int start = text.indexOf(p.quote());
            if (start < 0 || text.indexOf(p.quote(), start + 1) >= 0) {
                throw new ParallaxException("passages.csv line " + p.line() + ": quote must occur exactly once in "
                        + p.file());
            }
            long coderId = wb.setActiveCoder(p.coder()).id();
            drafts.add(new Segment(0, d.id(), start, start + p.quote().length(), codeId, coderId, p.memo(), created));
        }
        List<Segment> saved = wb.coding().codeAll(drafts, "Code sample passages");
        markAnchors(wb, drafts, saved);
        wb.history().clear();
    }

    /** The first passage of each code by the coder "analyst", in passages.csv order, becomes its anchor example. */
    private static void markAnchors(Workbench wb, List<Segment> drafts, List<Segment> saved) {
        long analyst = wb.setActiveCoder(ANCHOR_CODER).id();
        java.util.Set<Long> anchored = new java.util.HashSet<>();
        for (Segment draft : drafts) {
            if (draft.coderId() == analyst && anchored.add(draft.codeId())) {
                saved.stream().filter(s -> s.documentId() == draft.documentId() && s.start() == draft.start()
                                && s.end() == draft.end() && s.codeId() == draft.codeId() && s.coderId() == analyst)
                        .findFirst()
                        .ifPresent(s -> wb.codebook().addAnchor(s.codeId(), s.id()));
            }
        }
    }

    /** Deletes a project file with its journals and its derived search index. */
    private static void deleteProject(Path file) {
        try {
            ProjectSideFiles.delete(file);
        } catch (IOException e) {
            throw new ParallaxException(file + ": cannot delete (" + e.getMessage() + ")", e);
        }
    }
}
