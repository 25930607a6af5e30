package org.parallax.testutil;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Hostile files built at test time, small on disk: each would cost an importer a great deal of work, memory or
 * stack (zip bombs, archives of many entries, markup nested or repeated without end, entities) if nothing bounded it.
 */
public final class HostileFiles {
    /** What an entry holds, written straight into the archive (so that a gigabyte is never held in memory). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String DOCUMENT_XML = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:body>%s</w:body></w:document>";

    private HostileFiles() {
    }

    /** Bytes of text in UTF-8. */
    public static Content text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code head}, {@code unit} repeated {@code times} times, then {@code tail}. */
    public static Content repeated(String head, String unit, long times, String tail) {
        return out -> {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] block = unit.repeat(Math.max(1, 65_536 / unit.length())).getBytes(StandardCharsets.UTF_8);
            long perBlock = Math.max(1, 65_536 / unit.length());
            byte[] one = unit.getBytes(StandardCharsets.UTF_8);
            long left = times;
            for (; left >= perBlock; left -= perBlock) {
                out.write(block);
            }
            for (; left > 0; left--) {
                out.write(one);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A plain file holding {@code content}. */
    public static Path file(Path file, Content content) {
        try (OutputStream out = Files.newOutputStream(file)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A zip of the given entries in order, each deflated as it is written. */
    public static Path zip(Path file, Map<String, Content> entries) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                entry.getValue().writeTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A copy of the zip {@code source} with the entries named in {@code replaced} holding what they say. */
    public static Path rezipped(Path source, Path file, Map<String, Content> replaced) {
        Map<String, Content> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(source.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                entries.put(entry.getName(), replaced.getOrDefault(entry.getName(), out -> out.write(bytes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        replaced.forEach(entries::putIfAbsent);
        return zip(file, entries);
    }

    /** A Word document of the three parts a reader needs, its body {@code body}. */
    public static Path docx(Path file, Content body) {
        return zip(file, docxParts(body));
    }

    /** The parts of {@link #docx}, to add more to. */
    public static Map<String, Content> docxParts(Content body) {
        Map<String, Content> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", text("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default "
                + "Extension=\"zip\" ContentType=\"application/zip\"/><Override "
                + "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document.main+xml\"/></Types>"));
        parts.put("_rels/.rels", text("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
        parts.put("word/document.xml", body);
        return parts;
    }

    /** A Word body of one paragraph of {@code text}. */
    public static Content paragraph(String text) {
        return text(DOCUMENT_XML.formatted("<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"));
    }

    /** A Word body of one paragraph of {@code word} repeated {@code times} times. */
    public static Content oneLongParagraph(String word, long times) {
        String[] around = DOCUMENT_XML.split("%s");
        return repeated(around[0] + "<w:p><w:r><w:t>", word, times, "</w:t></w:r></w:p>" + around[1]);
    }

    /** An OpenDocument text whose content.xml is {@code content}. */
    public static Path odt(Path file, Content content) {
        Map<String, Content> parts = new LinkedHashMap<>();
        parts.put("mimetype", text("application/vnd.oasis.opendocument.text"));
        parts.put("content.xml", content);
        return zip(file, parts);
    }

    /** An XML document declaring an external entity that names a local file, and using it. */
    public static String withExternalEntity(String root, String inside) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " [<!ENTITY secret SYSTEM "
                + "\"file:///etc/passwd\">]>\n" + inside.replace("SECRET", "&secret;");
    }

    /** A zip holding {@code depth} zips inside each other, the innermost holding one text entry. */
    public static byte[] nestedZips(int depth) {
        byte[] inner = "NATO and Russia".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < depth; i++) {
            var bytes = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                ZipEntry entry = new ZipEntry(i == 0 ? "inner.txt" : "inner" + i + ".zip");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(inner.length);
                CRC32 crc = new CRC32();
                crc.update(inner);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(inner);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            inner = bytes.toByteArray();
        }
        return inner;
    }

    /** {@code count} entries named from {@code prefix}, each empty. */
    public static Map<String, Content> emptyEntries(String prefix, int count) {
        Map<String, Content> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put(prefix + i + ".txt", out -> { });
        }
        return entries;
    }

    /** A map of the given entries, in order. */
    public static Map<String, Content> entries(Object... nameThenContent) {
        Map<String, Content> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            entries.put((String) nameThenContent[i], (Content) nameThenContent[i + 1]);
        }
        return entries;
    }

    /** Joins maps of entries, later names replacing earlier ones. */
    @SafeVarargs
    public static Map<String, Content> joined(Map<String, Content>... parts) {
        Map<String, Content> all = new LinkedHashMap<>();
        List.of(parts).forEach(all::putAll);
        return all;
    }
}
