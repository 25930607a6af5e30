package org.parallax.workbench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.testutil.TestProjects;

/** A project whose close writes many transactions of packs of passages ({@link PassagePacksOnClose}). */
final class ManyDocumentsProject {
    private ManyDocumentsProject() {
    }

    /** The sample with {@code documents} more documents of 300 passages each, about six to a transaction of packs. */
    static Path sampleWith(Path folder, int documents) throws Exception {
        Path project = TestProjects.sampleCopy(folder);
        try (Workbench wb = Workbench.open(project)) {
            String text = "The alliance met again to weigh the enlargement and the council's answer to it. ".repeat(60);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                files.add(TestProjects.textFile(folder, "added-" + i + ".txt", i + " " + text));
            }
            List<Document> added = wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE).imported();
            List<Code> codes = wb.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).toList();
            long coder = wb.activeCoder().id();
            Instant created = Instant.now();
            Random random = new Random(7);
            List<Segment> drafts = new ArrayList<>();
            for (Document d : added) {
                for (int p = 0; p < 300; p++) {
                    int start = p * 15;
                    drafts.add(new Segment(0, d.id(), start, start + 10 + random.nextInt(40),
                            codes.get(random.nextInt(codes.size())).id(), coder, null, created));
                }
            }
            wb.coding().codeAll(drafts, "many");
        }
        return project;
    }
}
