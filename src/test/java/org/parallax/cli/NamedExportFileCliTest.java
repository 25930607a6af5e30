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

    /**
     * While the coders are pseudonymised, a file named after one ("maria-kowalski.csv", as a coder names their own
     * export) went out with the login in its name, which no check looked at without --pseudonymise. It is refused in
     * every spelling a file name gives it; an ordinary name is written, and so is the coder's once the coders are not
     * pseudonymised.
     */
    @Test
    void aFileNamedAfterACoderIsRefusedWhileTheCodersArePseudonymised() throws Exception {
        Path project = org.parallax.testutil.TestProjects.sampleCopy(dir);
        Cli.ok("coders", project, "--active", "maria-kowalski");
        Cli.ok("code", project, "--doc", "3", "--start", "0", "--end", "44", "--code", "Balance of power");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        List<List<Object>> commands = List.of(List.of("export", "csv", project, "maria-kowalski.csv"),
                List.of("export", "quotes", project, "Maria_Kowalski quotes.xlsx"),
                List.of("export", "memos", project, "MARIA KOWALSKI memos.csv"),
                List.of("report", project, "mariakowalski.html"),
                List.of("segments", project, "--format", "xlsx", "--out", "passages of maria.kowalski.xlsx"));
        for (List<Object> command : commands) {
            Path out = dir.resolve((String) command.get(command.size() - 1));
            List<Object> args = new ArrayList<>(command.subList(0, command.size() - 1));
            args.add(out);

            Cli run = Cli.parallax(args.toArray());

            assertThat(run.exit()).as(command.toString()).isOne();
            assertThat(run.err()).as(command.toString()).contains(out + ": not written: the file's own name holds a "
                    + "name this pseudonymised export replaces").contains("Coder 3");
            assertThat(out).as(command.toString()).doesNotExist();
        }
        Path ordinary = dir.resolve("second round.csv");
        Cli.ok("export", "csv", project, ordinary);
        assertThat(Files.readString(ordinary)).contains("Coder 3").doesNotContain("kowalski");

        Cli.ok("coders", project, "--pseudonymise-coders", "off");
        Path own = dir.resolve("maria-kowalski.csv");
        Cli.ok("export", "csv", project, own);
        assertThat(Files.readString(own)).contains("maria-kowalski");
    }
}
