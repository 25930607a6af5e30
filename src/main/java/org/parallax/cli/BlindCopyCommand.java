package org.parallax.cli;

import java.nio.file.Path;
import org.parallax.workbench.SecondCoderCopyReport;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `blind-copy PROJECT COPY`: a new project file for a blind second coder, without anyone's coding. */
@Command(name = "blind-copy", description = "Write a copy of the project for a blind second coder: a new project "
        + "file with the documents, their details and the codebook, but no passage, memo or name of any coder and no "
        + "coder set; they code in it under their own name, and merge brings their passages back as their layer "
        + "(docs/agreement.md).")
final class BlindCopyCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "COPY", description = "The new project file to write (NAME.parallax); "
            + "one that exists is refused")
    Path copy;

    @Override
    int run(Workbench workbench) {
        SecondCoderCopyReport report = workbench.copyForASecondCoder(copy);
        report.summary().forEach(out()::println);
        report.namesInTheDocuments().ifPresent(note -> err().println("note: " + note));
        return 0;
    }
}
