package org.parallax.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.workbench.SampleProject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `sample`: rebuilds samples/nato-russia.parallax from the texts and passages in samples/. */
@Command(name = "sample", description = "Rebuild the sample project from samples/texts, samples/metadata.csv "
        + "and samples/passages.csv.")
final class SampleCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", defaultValue = "samples", paramLabel = "FOLDER",
            description = "Folder with texts/, metadata.csv and passages.csv")
    Path folder;
    @Option(names = "--out", defaultValue = "samples/nato-russia.parallax", paramLabel = "PROJECT",
            description = "Project file to (re)build")
    Path out;

    @Override
    public Integer call() {
        SampleProject.build(folder, out);
        spec.commandLine().getOut().println("Sample project written to " + out);
        return 0;
    }
}
