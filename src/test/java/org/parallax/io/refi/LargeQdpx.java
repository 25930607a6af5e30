package org.parallax.io.refi;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a REFI-QDA project file shaped like a year's team project exported by NVivo or ATLAS.ti: many users, a
 * code tree, sources whose texts are files in the archive, and many coded selections, each with a long description
 * (a coding memo), so that its project.qde runs to tens or hundreds of megabytes. Written as a stream, so the test
 * JVM that makes it holds none of it. Deterministic: the same arguments give the same file.
 */
public final class LargeQdpx {
    /** What to make: sources, selections per source, users, codes, and the characters of each description. */
    public record Shape(int sources, int selectionsPerSource, int users, int codes, int descriptionChars) {
        public int selections() {
            return sources * selectionsPerSource;
        }
    }

    private static final String[] WORDS = {"security", "alliance", "threat", "partner", "dialogue", "border",
        "treaty", "energy", "sanctions", "cooperation", "sovereignty", "missile", "defence", "trust", "order"};
    /** Characters of source text per selection: selections lie one after the other, each on a word. */
    private static final int SPAN = 60;

    private LargeQdpx() {
    }

    /** Arguments: file, sources, selections per source, users, codes, description characters. */
    public static void main(String[] args) {
        Shape shape = new Shape(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        write(Path.of(args[0]), shape);
    }

    public static Path write(Path file, Shape shape) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            Writer qde = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            project(qde, shape);
            qde.flush();
            zip.closeEntry();
            for (int s = 0; s < shape.sources(); s++) {
                zip.putNextEntry(new ZipEntry("sources/" + guid("source", s) + ".txt"));
                zip.write(text(s, shape.selectionsPerSource()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The text of source {@code s}: one sentence of {@value #SPAN} characters for each of its selections. */
    public static String text(int s, int selections) {
        StringBuilder text = new StringBuilder(selections * SPAN);
        for (int i = 0; i < selections; i++) {
            text.append(sentence(s, i)).append(i % 10 == 9 ? "\n" : " ");
        }
        return text.toString();
    }

    /** Exactly SPAN - 1 characters, beginning and ending on a word. */
    private static String sentence(int s, int i) {
        StringBuilder b = new StringBuilder("Speaker " + (s % 97) + " on " + WORDS[i % WORDS.length]);
        for (int w = 0; b.length() < SPAN - 2; w++) {
            b.append(' ').append(WORDS[(s + i + w) % WORDS.length]);
        }
        b.setLength(SPAN - 2);
        return b.append('.').toString();
    }

    public static String guid(String kind, int n) {
        return UUID.nameUUIDFromBytes((kind + n).getBytes(StandardCharsets.UTF_8)).toString().toUpperCase();
    }

    private static void project(Writer w, Shape shape) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\""
                + " name=\"Team year\" origin=\"generated\" creationDateTime=\"2026-01-05T09:00:00Z\">\n<Users>\n");
        for (int u = 0; u < shape.users(); u++) {
            w.write("  <User guid=\"" + guid("user", u) + "\" name=\"Coder " + u + "\"/>\n");
        }
        w.write("</Users>\n<CodeBook>\n<Codes>\n");
        int parents = Math.max(1, shape.codes() / 10);
        for (int p = 0; p < parents; p++) {
            w.write("  <Code guid=\"" + guid("parent", p) + "\" name=\"Theme " + p + "\" isCodable=\"true\""
                    + " color=\"#3366cc\">\n");
            for (int c = p; c < shape.codes(); c += parents) {
                w.write("    <Code guid=\"" + guid("code", c) + "\" name=\"Code " + c + "\" isCodable=\"true\">"
                        + "<Description>What code " + c + " means in this study.</Description></Code>\n");
            }
            w.write("  </Code>\n");
        }
        w.write("</Codes>\n</CodeBook>\n<Sources>\n");
        int selection = 0;
        for (int s = 0; s < shape.sources(); s++) {
            w.write("<TextSource guid=\"" + guid("source", s) + "\" name=\"Interview " + s + "\" plainTextPath=\""
                    + "internal://" + guid("source", s) + ".txt\" creatingUser=\"" + guid("user", s % shape.users())
                    + "\" creationDateTime=\"2026-02-01T10:00:00Z\">\n");
            for (int i = 0; i < shape.selectionsPerSource(); i++, selection++) {
                selection(w, shape, s, i, selection);
            }
            w.write("</TextSource>\n");
        }
        w.write("</Sources>\n<Description>A year of team coding.</Description>\n</Project>\n");
    }

    private static void selection(Writer w, Shape shape, int s, int i, int n) throws IOException {
        int start = i * SPAN;
        String user = guid("user", n % shape.users());
        String when = "2026-03-%02dT%02d:%02d:00Z".formatted(1 + n % 28, n % 24, n % 60);
        w.write("  <PlainTextSelection guid=\"" + guid("selection", n) + "\" name=\"" + sentence(s, i).substring(0, 30)
                + "\" startPosition=\"" + start + "\" endPosition=\"" + (start + SPAN - 1) + "\" creatingUser=\""
                + user + "\" creationDateTime=\"" + when + "\">\n    <Description>");
        for (int written = 0; written < shape.descriptionChars(); ) {
            String word = WORDS[(n + written) % WORDS.length];
            w.write(word);
            w.write(' ');
            written += word.length() + 1;
        }
        w.write("</Description>\n    <Coding guid=\"" + guid("coding", n) + "\" creatingUser=\"" + user
                + "\" creationDateTime=\"" + when + "\"><CodeRef targetGUID=\"" + guid("code", n % shape.codes())
                + "\"/></Coding>\n  </PlainTextSelection>\n");
    }
}
