package org.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.io.CodebookJson;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.CodebookDefinition;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `new PROJECT [--codebook table1|FILE.json]`. */
@Command(name = "new", description = "Create a new, empty project file.")
final class NewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file to create (NAME.parallax); must not exist yet.")
    String project;

    @Option(names = "--codebook", paramLabel = "TEMPLATE|FILE",
            description = "Install a codebook: a built-in template (table1: the NATO-Russia study's Table 1, with "
                    + "the study's events) or a codebook JSON file.")
    String codebook;

    @Override
    public Integer call() {
        Path file = ProjectFileArgument.of(project, "a team project is set up on its server with: parallax team init "
                + "URL (docs/team.md)");
        try (Workbench workbench = codebook != null && CodebookTemplates.names().contains(codebook)
                ? Workbench.createWithTemplate(file, codebook) : Workbench.create(file, definition())) {
            spec.commandLine().getOut().println("Created " + workbench.file());
            // The login goes out with every passage (a coder column, a REFI-QDA file's users): said before any is coded.
            spec.commandLine().getOut().println("Passages coded in it are recorded as coder '"
                    + workbench.activeCoder().name() + "' (this computer's login), and every export writes that name "
                    + "with them (the coder column, a REFI-QDA file's users, reports); to code under another name: "
                    + "parallax coders " + workbench.file() + " --active NAME");
            workbench.keepCoderHere();
            if (codebook == null) {
                // the window's New project offers the study's codebook; here nothing would say the codebook is empty
                spec.commandLine().getOut().println("No codes yet: parallax codebook import "
                        + ShellWord.of(workbench.file().toString()) + " table1 adds the study's Table 1 codebook "
                        + "(realist and constructivist indicators by scenario), or codebook import with FILE.json "
                        + "your own");
            }
        }
        return 0;
    }

    private CodebookDefinition definition() {
        if (codebook == null) {
            return null;
        }
        if (CodebookTemplates.names().contains(codebook)) {
            return CodebookTemplates.named(codebook);
        }
        Path file = Path.of(codebook);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--codebook " + codebook + ": neither a template ("
                    + String.join(", ", CodebookTemplates.names()) + ") nor a codebook file");
        }
        return CodebookJson.read(file);
    }
}
