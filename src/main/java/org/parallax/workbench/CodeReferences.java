package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;

/**
 * The codes whose definition or rules cite another code by name ("(use Convergence of norms)"), and the frames and
 * scenarios whose descriptions do, rewritten to cite it under its new name when it is renamed or merged into another
 * code, so the frame guide never sends a coder to a code that is gone. A name of several words is found in any case; a name of one word only as written, capital
 * included, so an ordinary word ("threat talk") is not taken for the code "Threat".
 */
final class CodeReferences {
    private CodeReferences() {
    }

    /** The codes other than {@code except} that cite {@code oldName}, each as it would read citing {@code newName}. */
    static List<Code> rewritten(Codebook book, String oldName, String newName, Set<Long> except) {
        Pattern cited = citation(oldName);
        return changed(book.codes().stream().filter(c -> !except.contains(c.id())).toList(), code -> new Code(
                code.id(), code.parentId(), code.frameId(), code.scenarioId(), code.name(), code.color(),
                replace(cited, code.definition(), newName), code.shortcut(), code.position(),
                replace(cited, code.inclusion(), newName), replace(cited, code.exclusion(), newName),
                code.version()));
    }

    /** The frames whose description cites {@code oldName}, each as it would read citing {@code newName}. */
    static List<Frame> frames(Codebook book, String oldName, String newName) {
        Pattern cited = citation(oldName);
        return changed(book.frames(), f -> new Frame(f.id(), f.name(), replace(cited, f.description(), newName),
                f.color(), f.position(), f.version()));
    }

    /** The scenarios whose description cites {@code oldName}, each as it would read citing {@code newName}. */
    static List<Scenario> scenarios(Codebook book, String oldName, String newName) {
        Pattern cited = citation(oldName);
        return changed(book.scenarios(), s -> new Scenario(s.id(), s.name(), replace(cited, s.description(), newName),
                s.position(), s.version()));
    }

    /** Each entry {@code rewrite} changes, as changed. */
    private static <T> List<T> changed(List<T> entries, UnaryOperator<T> rewrite) {
        List<T> changed = new ArrayList<>();
        for (T entry : entries) {
            T after = rewrite.apply(entry);
            if (!after.equals(entry)) {
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
