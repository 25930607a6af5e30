package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ContentHash;

class ParallelImportTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void parallelReadsGiveTheSameResultsAsSequentialOnes() throws Exception {
        List<Path> files = mixedFiles();
        List<String> sequential = new ArrayList<>();
        for (Path file : files) {
            sequential.add(outcome(file));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path file : files) {
                    futures.add(pool.submit(() -> outcome(file)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).anyMatch(s -> s.startsWith("error:")).anyMatch(s -> s.startsWith("ok:"));
    }

    private String outcome(Path file) {
        try {
            ImportedText t = reader.read(file);
            return "ok:" + t.format() + "|" + t.title() + "|" + t.language() + "|" + ContentHash.sha256Hex(t.text());
        } catch (ImportException e) {
            return "error:" + e.getMessage();
        }
    }

    private List<Path> mixedFiles() throws IOException {
        List<String> treaty = CorpusFiles.paragraphs(CorpusFiles.TREATY_MD);
        List<Path> files = new ArrayList<>();
        files.add(CorpusFiles.path(CorpusFiles.KREMLIN_READOUT));
        files.add(CorpusFiles.path(CorpusFiles.TREATY_MD));
        files.add(CorpusFiles.path(CorpusFiles.RUSSIAN));
        files.add(Files.write(dir.resolve("ru-1251.txt"),
                CorpusFiles.text(CorpusFiles.RUSSIAN).getBytes(Charset.forName("windows-1251"))));
        files.add(Fixtures.docx(dir.resolve("treaty.docx"), "Treaty", treaty, null));
        files.add(Fixtures.pdf(dir.resolve("treaty.pdf"), Fixtures.wrap(treaty.get(1), 90)));
        files.add(Files.writeString(dir.resolve("page.html"), "<title>T</title><p>" + treaty.get(2) + "</p>"));
        files.add(Fixtures.truncated(files.get(5), dir.resolve("half.pdf")));
        files.add(Fixtures.truncated(files.get(4), dir.resolve("half.docx")));
        return files;
    }
}
