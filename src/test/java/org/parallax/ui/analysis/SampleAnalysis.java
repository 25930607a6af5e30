package org.parallax.ui.analysis;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.parallax.cli.ParallaxCommand;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.workbench.SampleProject;

/** The shipped sample project built afresh from samples/, opened in a window's view-models on synchronous tasks. */
final class SampleAnalysis {
    final Path project;
    final MainViewModel main;

    private SampleAnalysis(Path project, MainViewModel main) {
        this.project = project;
        this.main = main;
    }

    static SampleAnalysis open(Path dir) {
        Path project = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        MainViewModel main = new MainViewModel(new ProjectContext(new SynchronousTasks(), new RecordingDialogs()),
                new SettingsFile(dir.resolve("settings.json")));
        main.open(project);
        return new SampleAnalysis(project, main);
    }

    /** Runs the command line on the project and parses its CSV output. */
    List<CSVRecord> cli(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args[0], project.toString()));
        all.addAll(List.of(args).subList(1, args.length));
        all.addAll(List.of("--format", "csv"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            throw new AssertionError("CLI failed: " + err);
        }
        return CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
    }
}
