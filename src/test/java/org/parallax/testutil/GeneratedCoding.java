package org.parallax.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.workbench.Workbench;

/** Statements of words drawn at random and many distinct passages in them, for tests of large projects. */
public final class GeneratedCoding {
    private static final String[] WORDS = ("the of and to in that alliance treaty security member states border "
            + "troops exercise summit minister council defence agreement missile deployment talks").split(" ");

    private GeneratedCoding() {
    }

    /** {@code count} files statement-N.txt of at least {@code chars} characters in {@code dir}, the same each time. */
    public static List<Path> statements(Path dir, int count, int chars) throws IOException {
        Random random = new Random(7);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("Statement " + i + ".\n\n");
            while (text.length() < chars) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
            }
            files.add(Files.writeString(dir.resolve("statement-" + i + ".txt"), text));
        }
        return files;
    }

    /**
     * {@code count} distinct passages of the active coder in {@code documents}, the codebook's codes taken in turn
     * (passages of one code would cost an undo one number).
     */
    public static List<Segment> passages(Workbench wb, List<Document> documents, int count) {
        List<Code> codes = wb.codebook().current().codes();
        long coder = wb.activeCoder().id();
        Instant created = Instant.parse("2026-03-01T10:00:00Z");
        Random random = new Random(11);
        List<Segment> drafts = new ArrayList<>(count);
        Set<String> taken = new HashSet<>();
        while (drafts.size() < count) {
            Document document = documents.get(random.nextInt(documents.size()));
            int start = 100 + random.nextInt(document.length() - 200);
            int end = start + 20 + random.nextInt(60);
            long code = codes.get(drafts.size() % codes.size()).id();
            if (taken.add(document.id() + ":" + start + ":" + end + ":" + code)) {
                drafts.add(new Segment(0, document.id(), start, end, code, coder, null, created));
            }
        }
        return drafts;
    }
}
