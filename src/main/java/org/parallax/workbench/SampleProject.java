package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    /** When the sample's texts count as imported and its passages as coded: the day after its newest text. */
    static final Instant MADE = Instant.parse("2024-07-11T00:00:00Z");

    private SampleProject() {
    }

    /** Builds {@code target} afresh from {@code folder}; an existing target is replaced only on success. */
    public static void build(Path folder, Path target) {
        build(folder, target, () -> { });
    }

    /**
     * Builds the sample from {@code folder} and puts it at {@code target}, running {@code beforeReplacing} first when
     * a file is there; a target that is already byte for byte what the folder makes is left as it is. True when the
     * target was written.
     */
    public static boolean build(Path folder, Path target, Runnable beforeReplacing) {
        Path tmp = target.resolveSibling(target.getFileName() + ".building");
        buildInto(folder, tmp);
        try {
            if (Files.isRegularFile(target) && Files.mismatch(tmp, target) == -1) {
                deleteProject(tmp);
                return false;
            }
            if (Files.exists(target)) {
                beforeReplacing.run();
            }
            deleteProject(target);
            Files.move(tmp, target);
            deleteProject(tmp);
            return true;
        } catch (IOException e) {
            throw new ParallaxException(target + ": cannot write sample project (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            deleteProject(tmp);
            throw e;
        }
    }

    private static void buildInto(Path folder, Path tmp) {
        deleteProject(tmp);
        try (Workbench wb = Workbench.createWithTemplate(tmp, Workbench.STUDY_TEMPLATE)) {
            // Every moment stored is the sample's one moment of making, not the run's: the same sources give the
            // same file, byte for byte.
            wb.useClock(Clock.fixed(MADE, ZoneOffset.UTC));
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
            wb.forgetWhoChoseTheCoder();
        } catch (IOException e) {
            deleteProject(tmp);
            throw new ParallaxException(folder + ": cannot read sample folder (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // A failed build leaves nothing beside the target: only a whole sample is ever written.
            deleteProject(tmp);
            throw e;
        }
    }

    private static void code(Workbench wb, List<Document> documents, List<QuotedPassage> passages) {
        Map<String, Document> byFile = new HashMap<>();
        documents.forEach(d -> byFile.put(d.sourceFile(), d));
        Codebook book = wb.codebook().current();
        Instant created = MADE;
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
