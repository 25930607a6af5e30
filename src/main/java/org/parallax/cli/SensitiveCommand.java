package org.parallax.cli;

import java.util.List;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `sensitive PROJECT [ATTRIBUTE...]`: marks document attributes whose values exports can pseudonymise. */
@Command(name = "sensitive", description = "Mark document attributes as sensitive (e.g. speaker); "
        + "--pseudonymise on exports then replaces their values. Without ATTRIBUTE, lists them.")
final class SensitiveCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ATTRIBUTE",
            description = "Document attributes to mark sensitive (none: list the marked ones)")
    List<String> attributes;
    @Option(names = "--unmark", paramLabel = "ATTRIBUTE", description = "Take an attribute off the sensitive ones")
    List<String> unmark;

    @Override
    int run(Workbench workbench) {
        if (unmark != null) {
            unmark.forEach(workbench.exchange()::unmarkSensitive);
        }
        if (attributes != null) {
            attributes.forEach(workbench.exchange()::markSensitive);
        }
        workbench.exchange().sensitiveAttributes().forEach(out()::println);
        return 0;
    }
}
