package org.parallax.cli;

import java.time.LocalDate;
import org.parallax.analysis.tracing.StudyEvents;
import org.parallax.model.CausalEvent;
import org.parallax.model.Counted;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `event add|list|remove|template PROJECT …`: the project's events (causal chain, timeline, periods). */
@Command(name = "event", description = "The project's events: markers of the causal chain and the timeline, and the "
        + "starts of the periods of --cols period and --by period (docs/process-tracing.md).", subcommands = {
        EventCommand.Add.class, EventCommand.ListEvents.class, EventCommand.Remove.class, EventCommand.Template.class})
final class EventCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say add, list, remove or template");
    }

    /** Adds an event. */
    @Command(name = "add", description = "Add an event to the project.")
    static final class Add extends ProjectCommand {
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When it happened")
        LocalDate date;
        @Option(names = "--label", required = true, paramLabel = "TEXT", description = "Short label") String label;
        @Option(names = "--description", paramLabel = "TEXT", description = "What happened, for the reader")
        String description;

        @Override
        int run(Workbench workbench) {
            CausalEvent e = workbench.tracing().addEvent(date, label, description);
            out().println("Added event #" + e.id() + " on " + e.date() + ": " + e.label());
            return 0;
        }
    }

    /** Lists the project's events by date. */
    @Command(name = "list", description = "List the project's events by date.")
    static final class ListEvents extends ReadOnlyCommand {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, csv or json (default: ${DEFAULT-VALUE})") OutputFormat format;

        @Override
        int run(Workbench workbench) {
            Listing listing = new Listing(java.util.List.of("id", "date", "label", "description"));
            for (CausalEvent e : workbench.tracing().events()) {
                listing.row(e.id(), e.date().toString(), e.label(), EvidenceCommand.text(e.description()));
            }
            Listing.print(out(), listing, format);
            return 0;
        }
    }

    /** Removes an event. */
    @Command(name = "remove", description = "Remove an event (ids from event list).")
    static final class Remove extends ProjectCommand {
        @Option(names = "--id", required = true, paramLabel = "N", description = "The event's id") long id;

        @Override
        int run(Workbench workbench) {
            workbench.tracing().deleteEvent(id);
            out().println("Removed event #" + id);
            return 0;
        }
    }

    /** Adds the study's events the project does not hold yet. */
    @Command(name = "template", description = "Add the NATO-Russia study's events the project does not hold yet "
            + "(docs/process-tracing.md).")
    static final class Template extends ProjectCommand {
        @Override
        int run(Workbench workbench) {
            int added = workbench.tracing().addStudyEvents().size();
            int all = StudyEvents.TEMPLATE.size();
            out().println(added == 0 ? "Added none of the study's " + Counted.of(all, "event") + ": the project held "
                    + "them all" : "Added " + added + " of the study's " + Counted.of(all, "event")
                    + (added < all ? " (the project held the " + (all - added == 1 ? "other)" : "others)") : ""));
            return 0;
        }
    }
}
