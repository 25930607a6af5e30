package org.parallax.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.AnchorExample;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.CodebookDefinition.ScenarioDefinition;
import org.parallax.model.ParallaxException;
import org.parallax.model.TextLimits;

/** Rejects codebooks a project could not hold: missing or repeated names, unknown scenarios, bad colours or keys. */
final class CodebookDefinitionCheck {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final String source;
    private final Set<String> scenarios = new HashSet<>();
    /** Code name to where it was first seen; scenarios count too, since each also becomes a code. */
    private final Map<String, String> codeNames = new HashMap<>();
    private final Map<Integer, String> shortcuts = new HashMap<>();

    private CodebookDefinitionCheck(String source) {
        this.source = source;
    }

    static void check(CodebookDefinition definition, String source) {
        new CodebookDefinitionCheck(source).checkCodebook(definition);
    }

    private void checkCodebook(CodebookDefinition definition) {
        requireName(definition.name(), "the codebook");
        requireShort("codebook name", definition.name());
        int position = 1;
        for (ScenarioDefinition scenario : definition.scenarios()) {
            String where = "scenario #" + position++;
            requireName(scenario.name(), where);
            requireShort("scenario name", scenario.name());
            requireWhole("description of scenario '" + scenario.name() + "'", scenario.description());
            if (!scenarios.add(scenario.name())) {
                fail("two scenarios are named '" + scenario.name() + "'; scenario names must be unique");
            }
            claimCodeName(scenario.name(), "scenario '" + scenario.name() + "'");
        }
        Set<String> frames = new HashSet<>();
        position = 1;
        for (FrameDefinition frame : definition.frames()) {
            requireName(frame.name(), "frame #" + position++);
            requireShort("frame name", frame.name());
            if (!frames.add(frame.name())) {
                fail("two frames are named '" + frame.name() + "'; frame names must be unique");
            }
            requireWhole("description of frame '" + frame.name() + "'", frame.description());
            checkColor(frame.color(), "frame '" + frame.name() + "'");
            checkCodes(frame.codes(), "frame '" + frame.name() + "'", 1);
        }
    }

    private void checkCodes(List<CodeDefinition> codes, String parent, int depth) {
        int position = 1;
        for (CodeDefinition code : codes) {
            requireName(code.name(), "code #" + position++ + " of " + parent);
            if (depth > TextLimits.CODE_DEPTH) {
                fail("its codes nest more than " + TextLimits.CODE_DEPTH + " deep (code '"
                        + TextLimits.shown(code.name()) + "' and those under it)");
            }
            requireShort("code name", code.name());
            String where = "code '" + code.name() + "' of " + parent;
            claimCodeName(code.name(), where);
            requireWholeTexts(code);
            checkColor(code.color(), where);
            checkShortcut(code.shortcut(), where);
            for (String scenario : code.expectedScenarios()) {
                if (!scenarios.contains(scenario)) {
                    fail(where + " expects scenario '" + scenario + "', which is not among the codebook's scenarios "
                            + scenarios);
                }
            }
            checkCodes(code.children(), "code '" + code.name() + "'", depth + 1);
        }
    }

    private void claimCodeName(String name, String where) {
        String earlier = codeNames.putIfAbsent(name, where);
        if (earlier != null) {
            fail("the name '" + name + "' is used twice (" + earlier + " and " + where
                    + "); code names must be unique, and every scenario is also a code");
        }
    }

    private void checkColor(String color, String where) {
        if (color != null && !COLOR.matcher(color).matches()) {
            fail(where + " has colour '" + color + "'; expected the form #rrggbb, such as #1f77b4");
        }
    }

    private void checkShortcut(int shortcut, String where) {
        if (shortcut < 0 || shortcut > 9) {
            fail(where + " has shortcut " + shortcut + "; expected a digit 1 to 9, or none");
        }
        String earlier = shortcut == 0 ? null : shortcuts.putIfAbsent(shortcut, where);
        if (earlier != null) {
            fail("shortcut " + shortcut + " is given to both " + earlier + " and " + where);
        }
    }

    private void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            fail(what + " has no name");
        }
    }

    private void requireShort(String field, String name) {
        TextLimits.problem(field, name, TextLimits.NAME).ifPresent(this::fail);
    }

    /** A code's definition, rules and anchor examples, each of which the project stores as given. */
    private void requireWholeTexts(CodeDefinition code) {
        String of = " of code '" + code.name() + "'";
        requireWhole("definition" + of, code.definition());
        requireWhole("inclusion rule" + of, code.inclusion());
        requireWhole("exclusion rule" + of, code.exclusion());
        for (AnchorExample anchor : code.anchors()) {
            requireWhole("document of an anchor example" + of, anchor.document());
            requireWhole("quote of an anchor example" + of, anchor.quote());
        }
    }

    /** Refuses half a character in a text, which the project would store as '?' without a word. */
    private void requireWhole(String what, String text) {
        TextLimits.halfCharacter(what, text).ifPresent(this::fail);
    }

    private void fail(String problem) {
        throw new ParallaxException("Codebook " + source + ": " + problem);
    }
}
