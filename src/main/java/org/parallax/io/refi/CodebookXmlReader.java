package org.parallax.io.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.ExchangeProject.CodeSet;
import org.parallax.model.TextLimits;
import org.w3c.dom.Element;

/** Reads the code tree and code sets shared by .qde and .qdc files, noting what it had to repair. */
final class CodebookXmlReader {
    private static final Pattern RGB6 = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern RGB3 = Pattern.compile("#[0-9a-fA-F]{3}");

    private final String fileName;
    private final List<String> problems;
    /** Code GUID to the names of the codes that carry it: more than one makes the GUID ambiguous. */
    private final Map<String, List<String>> codeNames = new LinkedHashMap<>();
    /** Codings left out because their code's GUID is ambiguous, by GUID. */
    private final Map<String, Integer> ambiguousCodings = new LinkedHashMap<>();

    CodebookXmlReader(String fileName, List<String> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    /**
     * The codes under a Codes element; refuses the file when they nest deeper than {@link TextLimits#CODE_DEPTH}
     * (20,000 deep overflowed this reader's stack).
     */
    List<CodeNode> codes(Element codesParent) {
        List<CodeNode> out = new ArrayList<>();
        for (Element code : Dom.items(codesParent, "Codes", "Code")) {
            out.add(code(code, 1));
        }
        return out;
    }

    private CodeNode code(Element e, int depth) {
        String name = Dom.attr(e, "name");
        if (depth > TextLimits.CODE_DEPTH) {
            throw new RefiException(fileName + ": its codes nest more than " + TextLimits.CODE_DEPTH + " deep (code '"
                    + TextLimits.shown(String.valueOf(name)) + "' and those under it); nothing was imported");
        }
        String guid = guid(e, "code", name);
        if (name == null) {
            name = "Unnamed code " + guid;
            problems.add("A code without a name was named '" + name + "'");
        }
        codeNames.computeIfAbsent(guid, g -> new ArrayList<>()).add(name);
        List<CodeNode> children = new ArrayList<>();
        for (Element child : Dom.children(e, "Code")) {
            children.add(code(child, depth + 1));
        }
        return new CodeNode(guid, name, !"false".equalsIgnoreCase(Dom.attr(e, "isCodable")),
                color(Dom.attr(e, "color"), name), Dom.childText(e, "Description"), children, Dom.refs(e, "NoteRef"));
    }

    /**
     * Whether a coding with the code {@code guid} can be imported: not when several codes carry that GUID, since
     * the file cannot say which was meant (all such passages used to go silently to the last of them).
     */
    boolean unambiguousCode(String guid) {
        if (codeNames.getOrDefault(guid, List.of()).size() < 2) {
            return true;
        }
        ambiguousCodings.merge(guid, 1, Integer::sum);
        return false;
    }

    /** Notes each GUID several codes carry, with how many codings were left out for it. */
    void noteAmbiguousCodes() {
        codeNames.forEach((guid, names) -> {
            if (names.size() > 1) {
                problems.add("Codes " + names.stream().map(n -> "'" + TextLimits.shown(n) + "'")
                        .collect(Collectors.joining(" and ")) + " carry the same GUID " + guid + ": the "
                        + ambiguousCodings.getOrDefault(guid, 0) + " codings with it cannot be told apart; not imported");
            }
        });
    }

    /** Sets of codes; in a .qdc members are MemberCode/@guid, in a .qde MemberCode/@targetGUID. */
    List<CodeSet> sets(Element setsParent) {
        List<CodeSet> out = new ArrayList<>();
        for (Element set : Dom.items(setsParent, "Sets", "Set")) {
            String name = Dom.attr(set, "name");
            List<String> members = new ArrayList<>();
            for (Element m : Dom.children(set, "MemberCode")) {
                String target = Dom.attr(m, "targetGUID") != null ? Dom.attr(m, "targetGUID") : Dom.attr(m, "guid");
                if (target != null) {
                    members.add(RefiIds.canonical(target));
                }
            }
            int otherMembers = Dom.children(set, "MemberSource").size() + Dom.children(set, "MemberNote").size();
            if (otherMembers > 0) {
                problems.add("Set '" + name + "': " + otherMembers + " source or note members not imported "
                        + "(Parallax keeps sets of codes only)");
            }
            out.add(new CodeSet(guid(set, "set", name), name, Dom.childText(set, "Description"), members));
        }
        return out;
    }

    /** An element's id as read: its guid in canonical form, and what to report about it, or null. */
    record Id(String guid, String problem) {
    }

    /** The element's guid in canonical form; a missing or non-GUID id is kept as it is, with a warning. */
    String guid(Element e, String what, String name) {
        return guid(id(e, what, name));
    }

    /** The guid of an id read earlier ({@link #id}), its warning reported now. */
    String guid(Id id) {
        if (id.problem() != null) {
            problems.add(id.problem());
        }
        return id.guid();
    }

    /** The element's id, its warning kept for {@link #guid(Id)} to report when the id is used. */
    Id id(Element e, String what, String name) {
        String guid = Dom.attr(e, "guid");
        if (guid == null) {
            guid = "missing-" + what + "-" + System.identityHashCode(e);
            return new Id(RefiIds.canonical(guid), "The " + what + " '" + name + "' has no guid; references to it "
                    + "cannot be resolved");
        }
        return new Id(RefiIds.canonical(guid), RefiIds.isGuid(guid) ? null
                : "The " + what + " '" + name + "' has id '" + guid + "', which is not a GUID; used as it is");
    }

    private String color(String value, String codeName) {
        if (value == null) {
            return null;
        }
        if (RGB6.matcher(value).matches()) {
            return value.toLowerCase(java.util.Locale.ROOT);
        }
        if (RGB3.matcher(value).matches()) {
            char[] c = value.toLowerCase(java.util.Locale.ROOT).toCharArray();
            return "#" + c[1] + c[1] + c[2] + c[2] + c[3] + c[3];
        }
        problems.add("Code '" + codeName + "': colour '" + value + "' is not #rrggbb; left without a colour");
        return null;
    }
}
