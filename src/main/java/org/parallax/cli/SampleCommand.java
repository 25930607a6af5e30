package org.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.Backup;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `sample`: rebuilds samples/nato-russia.parallax from the texts and passages in samples/. */
@Command(name = "sample", description = "Rebuild the sample project from samples/texts, samples/metadata.csv "
        + "and samples/passages.csv of Parallax's source (the installed program's sample opens with File > Open the "
        + "sample).")
final class SampleCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", defaultValue = "samples", paramLabel = "FOLDER",
            description = "Folder with texts/, metadata.csv and passages.csv (default: ${DEFAULT-VALUE})")
    Path folder;
    @Option(names = "--out", defaultValue = "samples/nato-russia.parallax", paramLabel = "PROJECT",
            description = "Project file to (re)build (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder.resolve("texts"))) {
            // the installed program lists `sample` too, and a researcher may run it in their own folder
            throw new ParallaxException(folder + ": cannot read sample folder (no texts/ in "
                    + folder.toAbsolutePath() + "): `parallax sample` rebuilds the sample project inside Parallax's "
                    + "source; the sample that comes with the program opens with File > Open the sample in the window");
        }
        boolean written = SampleProject.build(folder, out, this::keepEarlier);
        spec.commandLine().getOut().println(written ? "Sample project written to " + out
                : out + " is already what " + folder + " makes: left as it is");
        return 0;
    }

    /**
     * --out may name a researcher's own project by a slip: it is kept as a backup before it is replaced, and a file
     * that is no project at all (or cannot be backed up) is refused rather than replaced.
     */
    private void keepEarlier() {
        Backup kept;
        try (Workbench earlier = Workbench.open(out)) {
            kept = earlier.backups().take("before sample");
        } catch (ParallaxException e) {
            throw new ParallaxException(out + " exists and cannot be kept as a backup ("
                    + e.getMessage() + "), so the sample does not replace it: choose another --out", e);
        }
        spec.commandLine().getOut().println("Kept the earlier " + out.getFileName() + " as a backup: " + kept.file());
    }
}
