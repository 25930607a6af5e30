package org.parallax.io.refi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parallax.io.AtomicFiles;
import org.parallax.io.WriteFailures;
import org.parallax.io.refi.ExchangeProject.Coding;
import org.parallax.io.refi.ExchangeProject.Note;
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
        try {
            AtomicFiles.write(out, file -> {
                ZipOutputStream zip = new ZipOutputStream(file);
                zip.putNextEntry(new ZipEntry("project.qde"));
                // StAX writes an attribute or a tag at a time; straight into the zip, each of those small writes
                // was a call of the compressor of its own, most of the export's time.
                OutputStream qde = new BufferedOutputStream(zip, 1 << 16);
                writeProject(project, new XmlOut("Project", NAMESPACE, qde));
                qde.flush();
                zip.closeEntry();
                for (Source source : project.sources()) {
                    put(zip, "sources/" + source.guid() + ".txt", lf(source.text()).getBytes(StandardCharsets.UTF_8));
                }
                zip.finish();
            });
        } catch (IOException e) {
            throw WriteFailures.of("the REFI-QDA project", out, e);
        }
    }

    /** The project.qde document alone, as UTF-8 bytes. */
    public byte[] projectXml(ExchangeProject project) {
        return writeProject(project, new XmlOut("Project", NAMESPACE));
    }

    private static byte[] writeProject(ExchangeProject project, XmlOut xml) {
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
        Map<String, String> variableGuids = variables(project, xml);
        if (!project.sources().isEmpty()) {
            xml.start("Sources");
            project.sources().forEach(s -> source(xml, s, variableGuids));
            xml.end();
        }
        if (!project.notes().isEmpty()) {
            xml.start("Notes");
            for (Note note : project.notes()) {
                xml.start("Note").attr("guid", note.guid()).attr("name", note.name())
                        .attr("creatingUser", note.userGuid()).attr("creationDateTime", note.created())
                        .attr("modifyingUser", note.modifyingUserGuid()).attr("modifiedDateTime", note.modified());
                xml.text("PlainTextContent", note.text());
                xml.end();
            }
            xml.end();
        }
        xml.sets(project.sets(), false);
        xml.text("Description", project.description());
        return xml.finish();
    }

    /** Declares every variable used by a source once, typed Date when any value is a date. */
    private static Map<String, String> variables(ExchangeProject project, XmlOut xml) {
        Map<String, Boolean> dated = new LinkedHashMap<>();
        for (Source s : project.sources()) {
            s.variables().forEach((name, v) -> dated.merge(name, v.date(), Boolean::logicalAnd));
        }
        Map<String, String> guids = new LinkedHashMap<>();
        if (dated.isEmpty()) {
            return guids;
        }
        xml.start("Variables");
        dated.forEach((name, date) -> {
            String guid = RefiIds.stable(project.name(), "variable:" + name);
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

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String lf(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
