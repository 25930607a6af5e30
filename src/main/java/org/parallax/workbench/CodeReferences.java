package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Code;
import org.parallax.model.Codebook;

/**
 * The codes whose definition or rules cite another code by name ("(use Convergence of norms)"), rewritten to cite
 * it under its new name when it is renamed or merged into another code, so the frame guide never sends a coder to a
 * code that is gone. A name of several words is found in any case; a name of one word only as written, capital
 * included, so an ordinary word ("threat talk") is not taken for the code "Threat".
 */
final class CodeReferences {
    private CodeReferences() {
    }

    /** The codes other than {@code except} that cite {@code oldName}, each as it would read citing {@code newName}. */
    static List<Code> rewritten(Codebook book, String oldName, String newName, Set<Long> except) {
        Pattern cited = citation(oldName);
        List<Code> changed = new ArrayList<>();
        for (Code code : book.codes()) {
            if (except.contains(code.id())) {
                continue;
            }
            Code after = new Code(code.id(), code.parentId(), code.frameId(), code.scenarioId(), code.name(),
                    code.color(), replace(cited, code.definition(), newName), code.shortcut(), code.position(),
                    replace(cited, code.inclusion(), newName), replace(cited, code.exclusion(), newName),
                    code.version());
            if (!after.equals(code)) {
                changed.add(after);
            }
        }
        return changed;
    }

    private static Pattern citation(String name) {
        boolean oneWord = name.strip().split("\\s+").length == 1;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])",
                oneWord ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String replace(Pattern cited, String text, String newName) {
        return text == null ? null : cited.matcher(text).replaceAll(Matcher.quoteReplacement(newName));
    }
}
