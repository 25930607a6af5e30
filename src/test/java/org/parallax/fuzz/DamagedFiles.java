package org.parallax.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Damaged document files of every kind the document reader takes, generated from the seeds. */
final class DamagedFiles {
    /** File content and the extension that picks its reader; {@code how} names the damage for reports. */
    record DamagedFile(String extension, byte[] content, String how) {
        @Override
        public String toString() {
            return extension + ": " + how;
        }
    }

    private DamagedFiles() {
    }

    static Arbitrary<DamagedFile> any() {
        return Arbitraries.oneOf(
                ByteMutations.some().map(m -> bytes("docx", SeedFiles.docx(), m)),
                ZipMutations.some("word/document.xml").map(m -> new DamagedFile("docx",
                        ZipArchive.write(Mutation.applyAll(m, ZipArchive.read(SeedFiles.docx()))), m.toString())),
                ByteMutations.some().map(m -> bytes("pdf", SeedFiles.pdf(), m)),
                ByteMutations.some().map(m -> bytes("md", SeedFiles.text(), m)),
                TextMutations.xml().map(m -> new DamagedFile("html", Mutation.applyAll(m, html())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), m.toString())));
    }

    private static DamagedFile bytes(String extension, Path seed, List<Mutation<byte[]>> mutations) {
        return new DamagedFile(extension, Mutation.applyAll(mutations, read(seed)), mutations.toString());
    }

    /** The markdown seed wrapped as a small web page, so the HTML mutations have tags to work on. */
    private static String html() {
        String text = new String(read(SeedFiles.text()), java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Readout</title></head><body>");
        text.lines().filter(l -> !l.isBlank()).forEach(l -> page.append("<p class=\"x\">").append(l
                .replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n"));
        return page.append("</body></html>").toString();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
