package org.parallax.io.refi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parallax.io.AtomicFiles;
import org.parallax.io.WriteFailures;
import org.parallax.io.refi.ExchangeProject.Coding;
import org.parallax.io.refi.ExchangeProject.Selection;
import org.parallax.io.refi.ExchangeProject.Source;
import org.parallax.io.refi.ExchangeProject.User;
import org.parallax.io.refi.ExchangeProject.Variable;
import org.parallax.model.Offsets;

/**
 * Writes a REFI-QDA project file (.qdpx): a zip holding project.qde and sources/GUID.txt for every text
 * source (UTF-8 without BOM, LF line ends). Selection positions are written in Unicode code points.
 */
public final class QdpxWriter {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    /** Writes {@code project} to {@code out} through a temporary file, so a failed export leaves no half file. */
    public void write(ExchangeProject project, Path out) {
        write(ExchangeFeed.of(project), out);
    }

    /**
     * Writes the project {@code feed} hands over to {@code out} through a temporary file, so a failed export leaves no
     * half file. project.qde is written as it is made, straight into its zip entry, and each text follows in an entry
     * of its own: the feed is walked once for the variables, once for the sources, whose texts are kept on disk as
     * they pass ({@link TextSpool}) for their entries, and once for the notes, so no more than one source is held at a
     * time and each is made once.
     */
    public void write(ExchangeFeed feed, Path out) {
        try (TextSpool texts = TextSpool.beside(out)) {
            AtomicFiles.write(out, file -> {
                ZipOutputStream zip = new ZipOutputStream(file);
                zip.putNextEntry(new ZipEntry("project.qde"));
                // StAX writes an attribute or a tag at a time; straight into the zip, each of those small writes
                // was a call of the compressor of its own, most of the export's time.
                OutputStream qde = new BufferedOutputStream(zip, 1 << 16);
                try {
                    writeProject(feed, new XmlOut("Project", NAMESPACE, qde), source -> {
                        try {
                            texts.add("sources/" + source.guid() + ".txt", lf(source.text()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                qde.flush();
                zip.closeEntry();
                texts.writeEntries(zip);
                zip.finish();
            });
        } catch (IOException e) {
            throw WriteFailures.of("the REFI-QDA project", out, e);
        }
    }

    /** The project.qde document alone, as UTF-8 bytes. */
    public byte[] projectXml(ExchangeProject project) {
        return writeProject(ExchangeFeed.of(project), new XmlOut("Project", NAMESPACE), source -> { });
    }

    /** {@code written}: told each source once its element is written. */
    private static byte[] writeProject(ExchangeFeed feed, XmlOut xml, Consumer<Source> written) {
        ExchangeProject project = feed.head();
        xml.attr("name", project.name()).attr("origin", project.origin());
        if (!project.users().isEmpty()) {
            xml.start("Users");
            for (User user : project.users()) {
                xml.start("User").attr("guid", user.guid()).attr("name", user.name()).end();
            }
            xml.end();
        }
        if (!project.codes().isEmpty()) {
            xml.start("CodeBook");
            xml.codes(project.codes());
            xml.end();
        }
        Map<String, String> variableGuids = variables(feed, project.name(), xml);
        // The enclosing element is opened at the first item, so an empty list writes none, as the schema wants.
        boolean[] open = new boolean[1];
        feed.sources(s -> {
            if (!open[0]) {
                xml.start("Sources");
                open[0] = true;
            }
            source(xml, s, variableGuids);
            written.accept(s);
        });
        endIfOpen(xml, open);
        feed.notes(note -> {
            if (!open[0]) {
                xml.start("Notes");
                open[0] = true;
            }
            xml.start("Note").attr("guid", note.guid()).attr("name", note.name())
                    .attr("creatingUser", note.userGuid()).attr("creationDateTime", note.created())
                    .attr("modifyingUser", note.modifyingUserGuid()).attr("modifiedDateTime", note.modified());
            xml.text("PlainTextContent", note.text());
            xml.end();
        });
        endIfOpen(xml, open);
        xml.sets(project.sets(), false);
        xml.text("Description", project.description());
        return xml.finish();
    }

    private static void endIfOpen(XmlOut xml, boolean[] open) {
        if (open[0]) {
            xml.end();
            open[0] = false;
        }
    }

    /** Declares every variable used by a source once, typed Date when any value is a date. */
    private static Map<String, String> variables(ExchangeFeed feed, String projectName, XmlOut xml) {
        Map<String, Boolean> dated = new LinkedHashMap<>();
        feed.variables(variables -> variables.forEach((name, v) -> dated.merge(name, v.date(), Boolean::logicalAnd)));
        Map<String, String> guids = new LinkedHashMap<>();
        if (dated.isEmpty()) {
            return guids;
        }
        xml.start("Variables");
        dated.forEach((name, date) -> {
            String guid = RefiIds.stable(projectName, "variable:" + name);
            guids.put(name, guid);
            xml.start("Variable").attr("guid", guid).attr("name", name).attr("typeOfVariable", date ? "Date" : "Text")
                    .end();
        });
        xml.end();
        return guids;
    }

    private static void source(XmlOut xml, Source source, Map<String, String> variableGuids) {
        xml.start("TextSource").attr("guid", source.guid()).attr("name", source.name())
                .attr("plainTextPath", "internal://" + source.guid() + ".txt").attr("creatingUser", source.userGuid());
        xml.text("Description", source.description());
        String text = source.text();
        List<Selection> selections = source.selections();
        int[] positions = codePointPositions(text, selections);
        for (int i = 0; i < selections.size(); i++) {
            Selection s = selections.get(i);
            xml.start("PlainTextSelection").attr("guid", s.guid()).attr("name", text.substring(s.start(), s.end()))
                    .attr("startPosition", positions[2 * i]).attr("endPosition", positions[2 * i + 1])
                    .attr("creatingUser", s.userGuid()).attr("creationDateTime", s.created());
            xml.text("Description", s.description());
            for (Coding c : s.codings()) {
                xml.start("Coding").attr("guid", c.guid()).attr("creatingUser", c.userGuid())
                        .attr("creationDateTime", c.created());
                xml.ref("CodeRef", c.codeGuid());
                c.noteGuids().forEach(n -> xml.ref("NoteRef", n));
                xml.end();
            }
            s.noteGuids().forEach(n -> xml.ref("NoteRef", n));
            xml.end();
        }
        source.variables().forEach((name, v) -> {
            xml.start("VariableValue");
            xml.ref("VariableRef", variableGuids.get(name));
            xml.text(v.date() ? "DateValue" : "TextValue", v.value());
            xml.end();
        });
        xml.end();
    }

    /** Each selection's start and end in code points, one after the other, counted in one pass over the text. */
    private static int[] codePointPositions(String text, List<Selection> selections) {
        int[] units = new int[2 * selections.size()];
        for (int i = 0; i < selections.size(); i++) {
            units[2 * i] = selections.get(i).start();
            units[2 * i + 1] = selections.get(i).end();
        }
        return Offsets.toCodePoints(text, units);
    }

    private static String lf(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
