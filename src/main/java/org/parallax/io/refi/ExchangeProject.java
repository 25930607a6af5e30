package org.parallax.io.refi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.parallax.model.Names;

/**
 * A project as REFI-QDA exchanges it, in plain data: users, a code tree, sets of codes, text sources
 * with variables and coded selections, and notes. Selection offsets are UTF-16 indices of the source's
 * text (Parallax's own unit); the XML layer converts them to and from code points. {@code description} is the
 * project's own Description (Parallax's project memo), null when there is none.
 */
public record ExchangeProject(String name, String origin, List<User> users, List<CodeNode> codes,
                              List<CodeSet> sets, List<Source> sources, List<Note> notes, String description) {

    public ExchangeProject {
        users = List.copyOf(users);
        codes = List.copyOf(codes);
        sets = List.copyOf(sets);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    public ExchangeProject(String name, String origin, List<User> users, List<CodeNode> codes, List<CodeSet> sets,
                           List<Source> sources, List<Note> notes) {
        this(name, origin, users, codes, sets, sources, notes, null);
    }

    /**
     * The project with {@code rewrite} applied to every name, description, variable and note name a reader sees
     * (a pseudonymised export's last pass, so no label is missed). Source texts, with the selections whose
     * offsets depend on them, and note texts, which may carry data read back by Parallax, are the caller's to
     * rewrite; GUIDs, offsets and dates stay as they are.
     */
    public ExchangeProject withNames(UnaryOperator<String> rewrite) {
        return new ExchangeProject(rewrite.apply(name), origin,
                users.stream().map(u -> new User(u.guid(), rewrite.apply(u.name()))).toList(),
                codes.stream().map(c -> c.withNames(rewrite)).toList(),
                sets.stream().map(s -> s.withNames(rewrite)).toList(),
                sources.stream().map(s -> s.withNames(rewrite)).toList(),
                notes.stream().map(n -> n.withName(rewrite)).toList(),
                rewrite.apply(description));
    }

    /** A person who codes. */
    public record User(String guid, String name) {
        public User {
            name = Names.clean(name);
        }
    }

    /** A code with its sub-codes and the notes it refers to; {@code color} is #rrggbb or null. */
    public record CodeNode(String guid, String name, boolean codable, String color, String description,
                           List<CodeNode> children, List<String> noteGuids) {
        public CodeNode {
            name = Names.clean(name);
            children = List.copyOf(children);
            noteGuids = List.copyOf(noteGuids);
        }

        public CodeNode(String guid, String name, boolean codable, String color, String description,
                        List<CodeNode> children) {
            this(guid, name, codable, color, description, children, List.of());
        }

        public CodeNode withNames(UnaryOperator<String> rewrite) {
            return new CodeNode(guid, rewrite.apply(name), codable, color, rewrite.apply(description),
                    children.stream().map(c -> c.withNames(rewrite)).toList(), noteGuids);
        }
    }

    /** A named group of codes (REFI-QDA Set with MemberCode references). */
    public record CodeSet(String guid, String name, String description, List<String> codeGuids) {
        public CodeSet {
            name = Names.clean(name);
            codeGuids = List.copyOf(codeGuids);
        }

        public CodeSet withNames(UnaryOperator<String> rewrite) {
            return new CodeSet(guid, rewrite.apply(name), rewrite.apply(description), codeGuids);
        }
    }

    /**
     * A text source: normalised text, variables by name (insertion order kept), coded selections,
     * when read from a file the position convention its selections were found to use, its Description
     * (Parallax's document memo) or null, the notes it refers to (more of the document memo), and the user it
     * belongs to (its owner in QualCoder) or null.
     */
    public record Source(String guid, String name, String text, Map<String, Variable> variables,
                         List<Selection> selections, PositionConvention convention, String description,
                         List<String> noteGuids, String userGuid) {
        public Source {
            name = Names.clean(name);
            variables = java.util.Collections.unmodifiableMap(cleanNames(variables));
            selections = List.copyOf(selections);
            noteGuids = List.copyOf(noteGuids);
        }

        public Source(String guid, String name, String text, Map<String, Variable> variables,
                      List<Selection> selections, PositionConvention convention, String description,
                      List<String> noteGuids) {
            this(guid, name, text, variables, selections, convention, description, noteGuids, null);
        }

        public Source(String guid, String name, String text, Map<String, Variable> variables,
                      List<Selection> selections, PositionConvention convention, String description) {
            this(guid, name, text, variables, selections, convention, description, List.of());
        }

        public Source(String guid, String name, String text, Map<String, Variable> variables,
                      List<Selection> selections, PositionConvention convention) {
            this(guid, name, text, variables, selections, convention, null);
        }

        /** The variables as a source holds them: under clean names; of two names that become one, the first is kept. */
        public static Map<String, Variable> cleanNames(Map<String, Variable> variables) {
            Map<String, Variable> cleaned = new LinkedHashMap<>();
            variables.forEach((name, value) -> cleaned.putIfAbsent(Names.clean(name), value));
            return cleaned;
        }

        Source withNames(UnaryOperator<String> rewrite) {
            List<Selection> renamedSelections = selections.stream().map(s -> new Selection(s.guid(), s.start(),
                    s.end(), s.userGuid(), s.created(), s.codings(), s.noteGuids(), rewrite.apply(s.description())))
                    .toList();
            return new Source(guid, rewrite.apply(name), text, renamed(variables, rewrite), renamedSelections,
                    convention, rewrite.apply(description), noteGuids, userGuid);
        }

        /** Variables with {@code rewrite} applied to their names and text values, as a source holds them. */
        static Map<String, Variable> renamed(Map<String, Variable> variables, UnaryOperator<String> rewrite) {
            Map<String, Variable> renamed = new LinkedHashMap<>();
            variables.forEach((key, value) -> renamed.put(rewrite.apply(key), value.date() ? value
                    : Variable.text(rewrite.apply(value.value()))));
            return cleanNames(renamed);
        }
    }

    /** A variable value; {@code date} marks a REFI-QDA Date variable (value in ISO yyyy-mm-dd). */
    public record Variable(String value, boolean date) {
        public static Variable text(String value) {
            return new Variable(value, false);
        }
    }

    /**
     * A selection {@code [start, end)} in UTF-16 units of its source's text, with its codings, notes and
     * Description (where QualCoder and ATLAS.ti keep a coding's memo) or null.
     */
    public record Selection(String guid, int start, int end, String userGuid, Instant created,
                            List<Coding> codings, List<String> noteGuids, String description) {
        public Selection {
            codings = List.copyOf(codings);
            noteGuids = List.copyOf(noteGuids);
        }

        public Selection(String guid, int start, int end, String userGuid, Instant created, List<Coding> codings,
                         List<String> noteGuids) {
            this(guid, start, end, userGuid, created, codings, noteGuids, null);
        }
    }

    /** One code applied to a selection, by a user (null when the file does not say who). */
    public record Coding(String guid, String codeGuid, String userGuid, Instant created, List<String> noteGuids) {
        public Coding {
            noteGuids = List.copyOf(noteGuids);
        }
    }

    /**
     * A free-text note (memo); {@code range} is the range of a source it holds as its own selection, in the file's
     * positions, or null (a QualCoder annotation holds the range it annotates, without naming the source).
     * {@code modifyingUserGuid} and {@code modified} say who changed it last and when (null: not known or not changed).
     */
    public record Note(String guid, String name, String text, String userGuid, Instant created, Range range,
                       String modifyingUserGuid, Instant modified) {
        public Note(String guid, String name, String text, String userGuid, Instant created, Range range) {
            this(guid, name, text, userGuid, created, range, null, null);
        }

        public Note(String guid, String name, String text, String userGuid, Instant created) {
            this(guid, name, text, userGuid, created, null);
        }

        /** The note with {@code rewrite} applied to its name; its text may carry data read back, so it stays. */
        Note withName(UnaryOperator<String> rewrite) {
            return new Note(guid, rewrite.apply(name), text, userGuid, created, range, modifyingUserGuid, modified);
        }
    }

    /** A range {@code [start, end)} as a file gives it, in code points of a source it does not name. */
    public record Range(long start, long end) {
    }
}
