package org.parallax.io.refi;

import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A .qdpx of the shape QualCoder's project export writes (RefiExport in QualCoder's src/qualcoder/refi.py, read for
 * its shape only; nothing of it is copied): a project.qde without BOM whose Project carries a creatingUserGUID that
 * names no user; codes without a category first, then categories as non-codable codes; Float and Text variables,
 * each with a Description (empty as {@code <Description />}); a Case with a SourceRef; each coded passage a
 * PlainTextSelection named by its text with the coding memo as Description; the source's values inside it; journal
 * entries as Notes with a text file; an annotation as a Note holding the range of the source it annotates as its own
 * selection (beyond the note's short text), referred to from the source, a second one referred to by nothing (the
 * source refers only to its first);
 * the project memo as the last Description. Text files are written "utf-8-sig" (with a BOM); positions are Python
 * string indices (code points) of the LF text, also when the "MAXQDA" line-ending option writes the file with CRLF.
 */
public final class QualCoderQdpx {
    /** One coded passage: its code (one of {@link #CODES}), the phrase coded (first occurrence), memo, coder. */
    public record Coded(String code, String phrase, String memo, String coder) {
    }

    /** The codes written: two under the category "Feelings" (one of them in its sub-category), one at top level. */
    public static final List<String> CODES = List.of("joy", "worry", "loose code");
    public static final String CATEGORY = "Feelings";
    /** An annotation after the source's first, which QualCoder writes with its range but no reference to it. */
    public static final String SECOND_ANNOTATION = "Sounds rehearsed";
    public static final String JOURNAL = "Day one: the cafe was loud.\nDay two: quieter.";

    private QualCoderQdpx() {
    }

    /** Writes the project; {@code crlf} is QualCoder's "MAXQDA" line-ending option. */
    public static Path write(Path file, String lfText, List<Coded> codings, boolean crlf) {
        Map<String, String> users = Map.of("colin", guid(1), "anna", guid(2));
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project "
                + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "name=\"interviews.qda\" origin=\"QualCoder 3.6\" creatingUserGUID=\"" + guid(99)
                + "\" creationDateTime=\"2024-05-02T09:14:00Z\" xmlns=\"urn:QDA-XML:project:1.0\">\n<Users>\n");
        users.forEach((name, id) -> x.append("<User guid=\"").append(id).append("\" name=\"").append(name)
                .append("\" />\n"));
        x.append("""
                </Users>
                <CodeBook>
                <Codes>
                <Code guid="%s" name="loose code" isCodable="true" color="#F781F3" />
                <Code guid="%s" name="Feelings" isCodable="false">
                <Description>Emotional talk</Description>
                <Code guid="%s" name="joy" isCodable="true" color="#81F781">
                <Description>Happy moments</Description>
                </Code>
                <Code guid="%s" name="Negative" isCodable="false">
                <Code guid="%s" name="worry" isCodable="true" color="#FA5858" />
                </Code>
                </Code>
                </Codes>
                </CodeBook>
                <Variables>
                <Variable guid="%s" name="Age" typeOfVariable="Float" >
                <Description />
                </Variable>
                <Variable guid="%s" name="Gender" typeOfVariable="Text" >
                <Description>self-described</Description>
                </Variable>
                <Variable guid="%s" name="Role" typeOfVariable="Text" >
                <Description />
                </Variable>
                </Variables>
                <Cases>
                <Case guid="%s" name="Anna">
                <Description>First participant</Description>
                <VariableValue>
                <VariableRef targetGUID="%s" />
                <TextValue>female</TextValue>
                </VariableValue>
                <VariableValue>
                <VariableRef targetGUID="%s" />
                <TextValue>diplomat</TextValue>
                </VariableValue>
                <SourceRef targetGUID="%s"/>
                </Case>
                </Cases>
                <Sources>
                <TextSource plainTextPath="internal://%s.txt" creatingUser="%s" creationDateTime="2024-05-02T09:15:00Z" guid="%s" name="interview1.txt">
                <Description>Recorded in the cafe</Description>
                """.formatted(guid(10), guid(11), guid(12), guid(13), guid(14), guid(20), guid(21), guid(22), guid(30),
                guid(21), guid(22), guid(40), guid(41), users.get("colin"), guid(40)));
        List<String> codeGuids = List.of(guid(12), guid(14), guid(10));
        int n = 100;
        for (Coded c : codings) {
            int start = lfText.codePointCount(0, lfText.indexOf(c.phrase()));
            int end = start + c.phrase().codePointCount(0, c.phrase().length());
            String user = users.get(c.coder());
            x.append("<PlainTextSelection guid=\"").append(guid(n++)).append("\" startPosition=\"").append(start)
                    .append("\" endPosition=\"").append(end).append("\" name=\"").append(escape(c.phrase()))
                    .append("\" creatingUser=\"").append(user).append("\" creationDateTime=\"2024-05-02T10:00:00Z\">\n");
            if (c.memo() != null) {
                x.append("<Description>").append(escape(c.memo())).append("</Description>\n");
            }
            x.append("<Coding guid=\"").append(guid(n++)).append("\" creatingUser=\"").append(user)
                    .append("\" >\n<CodeRef targetGUID=\"").append(codeGuids.get(CODES.indexOf(c.code())))
                    .append("\" />\n</Coding>\n</PlainTextSelection>\n");
        }
        x.append("""
                <NoteRef targetGUID="%s" />
                <VariableValue>
                <VariableRef targetGUID="%s" />
                <FloatValue>34.0</FloatValue>
                </VariableValue>
                <VariableValue>
                <VariableRef targetGUID="%s" />
                <TextValue>female</TextValue>
                </VariableValue>
                </TextSource>
                </Sources>
                <Notes>
                <Note guid="%s" creatingUser="%s" creationDateTime="2024-05-03T08:00:00Z" name="Reflexive journal"  plainTextPath="internal://%s.txt" >
                <Description /></Note>
                <Note guid="%s" creatingUser="%s" creationDateTime="2024-05-03T09:00:00Z" >
                <PlainTextContent>Noise in the background</PlainTextContent>
                <PlainTextSelection guid="%s" startPosition="30" endPosition="34" />
                </Note>
                <Note guid="%s" creatingUser="%s" creationDateTime="2024-05-03T09:30:00Z" >
                <PlainTextContent>%s</PlainTextContent>
                <PlainTextSelection guid="%s" startPosition="70" endPosition="90" />
                </Note>
                </Notes>
                <Description>Pilot study of cafe interviews</Description>
                </Project>""".formatted(guid(50), guid(20), guid(21), guid(60), users.get("colin"), guid(60),
                guid(50), users.get("anna"), guid(51), guid(52), users.get("anna"), SECOND_ANNOTATION, guid(53)));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", utf8(x.toString()));
        entries.put("sources/" + guid(41) + ".txt", withBom(crlf ? lfText.replace("\n", "\r\n") : lfText));
        entries.put("sources/" + guid(60) + ".txt", withBom(JOURNAL));
        return QdpxFiles.zip(file, entries);
    }

    private static byte[] withBom(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String guid(int n) {
        return "%08x-51c0-4d3a-9c1e-0000000000%02x".formatted(0x5c0de000 + n, n % 256);
    }
}
