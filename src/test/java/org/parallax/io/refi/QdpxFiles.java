package org.parallax.io.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Builds and opens .qdpx archives for tests, entry by entry. */
public final class QdpxFiles {
    private QdpxFiles() {
    }

    /** Writes a zip with the given entries (names used verbatim, even hostile ones). */
    public static Path zip(Path file, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Writes a zip with the given entries and then a second copy of the entry {@code repeated}, as no zip writer of
     * Java's would: the copy is written under a stand-in name of the same length, which is then replaced in its local
     * header and in the central directory.
     */
    public static Path zipWithRepeatedName(Path file, Map<String, byte[]> entries, String repeated, byte[] copy) {
        String standIn = repeated.substring(0, repeated.length() - 1) + (repeated.endsWith("#") ? "$" : "#");
        Map<String, byte[]> all = new LinkedHashMap<>(entries);
        all.put(standIn, copy);
        zip(file, all);
        try {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            Files.write(file, bytes.replace(latin1(standIn), latin1(repeated)).getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String latin1(String name) {
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Every entry of an archive, by name. */
    public static Map<String, byte[]> entries(Path file) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var e = zip.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                out.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A minimal project.qde with one text source (inline text) and the given selections' XML. */
    public static String projectWithSource(String sourceGuid, String plainTextPath, String selectionsXml) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="test" origin="hand-made">
                  <Users><User guid="11111111-1111-1111-1111-111111111111" name="tester"/></Users>
                  <CodeBook><Codes>
                    <Code guid="22222222-2222-2222-2222-222222222222" name="Threat" isCodable="true"/>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="%s" name="source one" plainTextPath="%s">%s</TextSource>
                  </Sources>
                </Project>
                """.formatted(sourceGuid, plainTextPath, selectionsXml);
    }

    /** A selection coded with the code "Threat" of {@link #projectWithSource}. */
    public static String selection(String guid, long start, long end, String name) {
        return """
                <PlainTextSelection guid="%s" name="%s" startPosition="%d" endPosition="%d"
                    creatingUser="11111111-1111-1111-1111-111111111111">
                  <Coding guid="%s"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
                </PlainTextSelection>
                """.formatted(guid, name, start, end, guid.replace('a', 'b'));
    }
}
