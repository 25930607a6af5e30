package org.parallax.cli;

import java.util.List;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `sensitive PROJECT [ATTRIBUTE...]`: marks document attributes whose values exports can pseudonymise, and gives
 * values other forms (a surname alone) that take the value's pseudonym; warns of parts of values left alone.
 */
@Command(name = "sensitive", description = "Mark document attributes as sensitive (e.g. speaker); "
        + "--pseudonymise on exports then replaces their values. Without ATTRIBUTE, lists them.")
final class SensitiveCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ATTRIBUTE",
            description = "Document attributes to mark sensitive (none: list the marked ones)")
    List<String> attributes;
    @Option(names = "--unmark", paramLabel = "ATTRIBUTE", description = "Take an attribute off the sensitive ones")
    List<String> unmark;
    @Option(names = "--form", paramLabel = "VALUE=FORM", description = "Another form of a sensitive value, "
            + "replaced by the value's pseudonym (e.g. --form 'Sergei Volkov=Volkov')")
    List<String> forms;
    @Option(names = "--drop-form", paramLabel = "FORM", description = "Take a form off")
    List<String> dropForms;

    @Override
    int run(Workbench workbench) {
        // All read before anything is changed: one badly given form changes nothing.
        List<String[]> valueAndForm = (forms == null ? List.<String>of() : forms).stream().map(this::valueAndForm)
                .toList();
        if (unmark != null) {
            unmark.forEach(workbench.exchange()::unmarkSensitive);
        }
        if (attributes != null) {
            attributes.forEach(workbench.exchange()::markSensitive);
        }
        valueAndForm.forEach(pair -> workbench.exchange().addSensitiveForm(pair[0], pair[1]));
        for (String form : dropForms == null ? List.<String>of() : dropForms) {
            if (!workbench.exchange().removeSensitiveForm(form)) {
                err().println("warning: '" + form + "' was not a form of any value");
            }
        }
        workbench.exchange().sensitiveAttributes().forEach(out()::println);
        workbench.exchange().sensitiveForms().forEach((form, value) -> out().println("form '" + form + "' of '"
                + value + "'"));
        workbench.exchange().sensitiveAttributesOfNoDocument().forEach(line -> err().println("warning: " + line));
        workbench.exchange().sensitivePartsLeftAlone().forEach(line -> err().println("warning: " + line));
        return 0;
    }

    private String[] valueAndForm(String given) {
        int eq = given.indexOf('=');
        if (eq <= 0 || eq == given.length() - 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--form " + given + ": give the value "
                    + "and its other form as VALUE=FORM, e.g. --form 'Sergei Volkov=Volkov'");
        }
        return new String[] {given.substring(0, eq), given.substring(eq + 1)};
    }
}
