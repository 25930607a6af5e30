package org.parallax.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.parallax.model.Counted;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `hypothesis add PROJECT --set NAME --name H1 --statement TEXT --prior P`, `hypothesis edit PROJECT --set NAME --name
 * H1 [--new-name H1] [--statement TEXT] [--prior P]`, `hypothesis delete PROJECT --set NAME --name H1`,
 * `hypothesis template PROJECT`.
 */
@Command(name = "hypothesis", description = "Add, edit or delete a hypothesis of a set, or add the study's H1/H2 "
        + "template.", subcommands = {HypothesisCommand.Add.class, HypothesisCommand.Edit.class,
        HypothesisCommand.Delete.class, HypothesisCommand.Template.class})
final class HypothesisCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say add, edit, delete or template");
    }

    /** Adds one hypothesis; a new set name starts the set. */
    @Command(name = "add", description = "Add a hypothesis to a set (a new set name starts the set). The set's priors "
            + "must come to sum to 1; a --catch-all without --prior takes what the others leave, and a hypothesis "
            + "added beside a catch-all takes its prior from it.")
    static final class Add extends ProjectCommand {
        @Option(names = "--set", required = true, paramLabel = "NAME",
                description = "The hypothesis set (a new name starts a set)") String set;
        @Option(names = "--name", required = true, paramLabel = "H1", description = "Short name, unique in the set")
        String name;
        @Option(names = "--statement", paramLabel = "TEXT", description = "What the hypothesis claims") String statement;
        @Option(names = "--prior", paramLabel = "P", description = "Prior probability, 0 to 1") Double prior;
        @Option(names = "--catch-all", description = "The set's \"other explanation\"") boolean catchAll;

        @Override
        int run(Workbench workbench) {
            Hypothesis h = workbench.tracing().addHypothesis(set, name, statement, prior, catchAll);
            HypothesisSet s = workbench.tracing().set(set);
            out().printf(Locale.ROOT, "Added %s%s to set '%s' with prior %s; the set's priors sum to %.4f%s%n",
                    h.name(), h.catchAll() ? " (catch-all)" : "", s.name(), h.prior(), s.priorSum(),
                    Math.abs(s.priorSum() - 1) > HypothesisSet.PRIOR_TOLERANCE ? " (not yet 1)" : "");
            return 0;
        }
    }

    /** Renames a hypothesis, rewrites its statement or changes its prior. */
    @Command(name = "edit", description = "Rename a hypothesis (--new-name), rewrite what it claims (--statement) or "
            + "change its prior (--prior; the set's catch-all gives or takes the difference).")
    static final class Edit extends ProjectCommand {
        @Option(names = "--set", required = true, paramLabel = "NAME", description = "The hypothesis set") String set;
        @Option(names = "--name", required = true, paramLabel = "H1", description = "The hypothesis to edit")
        String name;
        @Option(names = "--new-name", paramLabel = "H1", description = "Its new name") String newName;
        @Option(names = "--statement", paramLabel = "TEXT", description = "What it claims") String statement;
        @Option(names = "--prior", paramLabel = "P", description = "Its prior, between 0 and 1") Double prior;

        @Override
        int run(Workbench workbench) {
            Hypothesis h = workbench.tracing().editHypothesis(set, name, newName, statement, prior);
            out().println("Hypothesis " + h.name() + ": " + h.statement());
            if (prior != null) {
                HypothesisSet s = workbench.tracing().set(set);
                out().printf(Locale.ROOT, "Prior of %s: %s; the set's priors: %s (sum %.4f)%n", h.name(),
                        h.prior(), s.hypotheses().stream().map(o -> o.name() + " " + o.prior())
                                .collect(Collectors.joining(", ")), s.priorSum());
            }
            return 0;
        }
    }

    /** Deletes a hypothesis of a set that weighs no evidence yet. */
    @Command(name = "delete", description = "Delete a hypothesis; its prior goes to the set's catch-all. Refused "
            + "while the set weighs evidence.")
    static final class Delete extends ProjectCommand {
        @Option(names = "--set", required = true, paramLabel = "NAME", description = "The hypothesis set") String set;
        @Option(names = "--name", required = true, paramLabel = "H1", description = "The hypothesis to delete")
        String name;

        @Override
        int run(Workbench workbench) {
            workbench.tracing().deleteHypothesis(set, name);
            HypothesisSet s = workbench.tracing().set(set);
            out().printf(Locale.ROOT, "Deleted %s from set '%s'; the set's priors sum to %.4f%n",
                    name.strip(), s.name(), s.priorSum());
            return 0;
        }
    }

    /** Installs the study's hypotheses as an editable set. */
    @Command(name = "template", description = "Add the study's H1, H2 and a catch-all as a new hypothesis set.")
    static final class Template extends ProjectCommand {
        @Override
        int run(Workbench workbench) {
            HypothesisSet s = workbench.tracing().installStudyTemplate();
            out().println("Added hypothesis set '" + s.name() + "' with "
                    + Counted.of(s.hypotheses().size(), "hypothesis", "hypotheses"));
            return 0;
        }
    }
}
