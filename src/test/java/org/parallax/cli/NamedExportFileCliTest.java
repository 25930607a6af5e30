package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NamedInterview;

/**
 * A pseudonymised export written to a file named after the interviewee ("Interview_Schönenborn.csv", as a researcher
 * names files by interview) went out with the name in the file's own name, which travels wherever the file does,
 * though not one part of its contents named him. It is now refused before anything is written, with the name the file
 * could have instead; without {@code --pseudonymise} the name is the researcher's own business and the file is written.
 */
class NamedExportFileCliTest {
    @TempDir
    Path dir;

    @Test
    void aPseudonymisedFileNamedAfterTheInterviewerIsRefusedAndNothingWritten() throws Exception {
        Path project = NamedInterview.project(dir);
        List<List<Object>> commands = List.of(List.of("export", "csv", project, "Interview_Schönenborn.csv"),
                List.of("export", "qdpx", project, "Interview_Schönenborn.qdpx"),
                List.of("report", project, "schönenborn-report.docx"),
                List.of("docs", project, "--format", "xlsx", "--out", "Documents of Jörg Schönenborn.xlsx"));
        for (List<Object> command : commands) {
            List<Object> args = new ArrayList<>(command.stream().map(a -> a instanceof String s && s.contains(".")
                    ? dir.resolve(s) : a).toList());
            Path out = (Path) args.stream().filter(a -> a instanceof Path p && !p.equals(project)).findFirst()
                    .orElseThrow();
            args.add("--pseudonymise");

            Cli run = Cli.parallax(args.toArray());

            assertThat(run.exit()).as(command.toString()).isOne();
            assertThat(run.err()).as(command.toString()).contains(out + ": not written: the file's own name holds a "
                    + "name this pseudonymised export replaces").contains("such as ");
            assertThat(out).as(command.toString()).doesNotExist();
        }
        assertThat(Cli.parallax("export", "csv", project, dir.resolve("Interview_Schönenborn.csv"), "--pseudonymise")
                .err()).contains("such as Interview_P01.csv");
        Path plain = dir.resolve("Interview_Schönenborn.csv");
        Cli.ok("export", "csv", project, plain);
        assertThat(plain).exists();
        Path anonymous = dir.resolve("Interview_P01.csv");
        Cli.ok("export", "csv", project, anonymous, "--pseudonymise");
        assertThat(NamedInterview.namesIn(anonymous)).isEmpty();
        assertThat(Files.size(anonymous)).isPositive();
    }

    /**
     * A file name is typed small more often than not: "schönenborn_interview.csv", or the surname spelt without its
     * umlaut, or the given name alone, went out as the file's name, since only a name written as a text writes it (with a
     * capital) was looked for. Every word of the value, in any case or spelling, is refused now; an ordinary word is not.
     */
    @Test
    void aWordOfTheNameWrittenSmallOrSpeltOtherwiseInTheFileNameIsRefusedToo() throws Exception {
        Path project = NamedInterview.project(dir);
        for (String name : List.of("schönenborn_interview.csv", "interview-schoenenborn.csv", "joerg notes.csv",
                "SCHONENBORN.csv")) {
            Path out = dir.resolve(name);

            Cli run = Cli.parallax("export", "csv", project, out, "--pseudonymise");

            assertThat(run.exit()).as(name).isOne();
            assertThat(run.err()).as(name).contains(out + ": not written: the file's own name holds a name this "
                    + "pseudonymised export replaces");
            assertThat(out).as(name).doesNotExist();
        }
        assertThat(Cli.parallax("report", project, dir.resolve("schönenborn_interview.html"), "--pseudonymise").err())
                .contains("such as P01_interview.html");
        Path ordinary = dir.resolve("interview_notes.csv");
        Cli.ok("export", "csv", project, ordinary, "--pseudonymise");
        assertThat(ordinary).exists();
    }
}
