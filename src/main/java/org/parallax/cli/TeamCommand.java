package org.parallax.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parallax.model.Counted;
import org.parallax.model.ParallaxException;
import org.parallax.model.TeamRole;
import org.parallax.workbench.PushReport;
import org.parallax.workbench.Team;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `team init|add-user|remove-user …`: team projects on a PostgreSQL server (docs/team.md). */
@Command(name = "team", description = "Team projects on a PostgreSQL server: set one up, add and remove its members.",
        subcommands = {TeamCommand.Init.class, TeamCommand.AddUser.class, TeamCommand.RemoveUser.class,
            TeamCommand.Publish.class,
            TeamCommand.Pull.class, TeamCommand.Push.class})
final class TeamCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say init, add-user, remove-user, publish, pull "
                + "or push");
    }

    /** What every team subcommand shares: who logs in, and how a password is asked for. */
    abstract static class ServerCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--user", paramLabel = "NAME",
                description = "Log in as NAME (when the URL names a user it must be the same one; default PGUSER, else "
                        + "your system user)")
        String user;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** Asks on the terminal when PGPASSWORD and ~/.pgpass have no password; a script gets none. */
        static Supplier<char[]> terminalPrompt(String url) {
            return ProjectCommand.passwordPrompt(url);
        }
    }

    @Command(name = "init", description = "Prepare a team project on a server: its schema, the group roles "
            + "NAME_lead, NAME_coder and NAME_reader, grants and row-level security. Run by the database owner; "
            + "running it again brings an existing project up to date.")
    static final class Init extends ServerCommand {
        @Parameters(index = "0", paramLabel = "URL",
                description = "postgresql://[USER@]HOST[:PORT]/DATABASE?project=NAME")
        String url;

        @Override
        public Integer call() {
            Team.Prepared prepared = Team.init(url, user, terminalPrompt(url));
            out().println("team project " + prepared.project() + " ready at " + prepared.url() + " (schema version "
                    + prepared.schemaVersion() + ")");
            out().println("group roles: " + String.join(", ", prepared.groupRoles()));
            out().println("next: parallax team add-user " + prepared.url() + " NAME --role lead|coder|reader "
                    + "(password on standard input)");
            return 0;
        }
    }

    @Command(name = "publish", description = "Upload a project file into a team project (set up first when the "
            + "server has none by that name; refused when the project there is not empty). Coders keep their names: "
            + "add a login with the same name for each.")
    static final class Publish extends ServerCommand {
        @Parameters(index = "0", paramLabel = "FILE.parallax", description = "The project file to upload") String file;

        @Parameters(index = "1", paramLabel = "URL",
                description = "postgresql://[USER@]HOST[:PORT]/DATABASE?project=NAME")
        String target;

        @Override
        public Integer call() {
            Path source = ProjectFileArgument.of(file, "team publish takes the project file first, then the URL");
            Team.Copied copied = Team.publish(source, target, user, terminalPrompt(target));
            copied.upgradeNote().ifPresent(note -> spec.commandLine().getErr().println("note: " + note.text()
                    + (note.backupsListed() ? " (parallax restore lists it)" : "")));
            out().println("published " + source.getFileName() + " to " + copied.url() + ": " + counts(copied));
            for (String coder : Team.codersWithoutLogin(source)) {
                spec.commandLine().getErr().println("note: coder '" + coder + "' cannot be a login name (letters, "
                        + "digits, _ . - only): their passages are published and leads see them, but nobody can log "
                        + "in as them to code on in that layer");
            }
            return 0;
        }
    }

    @Command(name = "pull", description = "Copy a team project into a new project file for offline work; a coder "
            + "in blind mode gets only their own passages.")
    static final class Pull extends ServerCommand {
        @Parameters(index = "0", paramLabel = "URL",
                description = "postgresql://[USER@]HOST[:PORT]/DATABASE?project=NAME")
        String url;

        @Parameters(index = "1", paramLabel = "COPY.parallax", description = "The new project file") String copy;

        @Override
        public Integer call() {
            Team.Copied copied = Team.pull(url, user, ProjectFileArgument.of(copy, "team pull copies a team project "
                    + "into a new project file: give the URL first, then the file"), terminalPrompt(url));
            out().println("pulled " + copied.url() + " into " + copy + ": " + counts(copied));
            return 0;
        }
    }

    @Command(name = "push", description = "Send the passages and memos added to an offline copy (made by team pull) "
            + "back to the team project, and a lead's new events, in one transaction: what the server already has is not sent again, what "
            + "was removed or changed there since the last pull or push is not overwritten, and each item not sent is "
            + "listed on standard error, with exit code 1. The copy then records what it sent, so it can be pushed again.")
    static final class Push extends ServerCommand {
        @Parameters(index = "0", paramLabel = "COPY.parallax", description = "The offline copy") String copy;

        @Parameters(index = "1", paramLabel = "URL",
                description = "postgresql://[USER@]HOST[:PORT]/DATABASE?project=NAME")
        String target;

        @Override
        public Integer call() {
            PushReport report = Team.push(ProjectFileArgument.of(copy, "team push takes the offline copy first, then "
                    + "the URL"), target, user, terminalPrompt(target));
            report.summary().forEach(out()::println);
            PrintWriter err = spec.commandLine().getErr();
            report.conflicts().forEach(line -> err.println("not sent: " + line));
            out().flush();
            err.flush();
            // A script must not take a partial push for a complete one: what was sent stays sent, but it says so; nor
            // one the copy could not record for a finished one (push again before working on).
            return report.conflicts().isEmpty() && report.notRecorded().isEmpty() ? 0 : 1;
        }
    }

    static String counts(Team.Copied copied) {
        return Counted.of(copied.documents(), "document") + ", " + Counted.of(copied.codes(), "code") + ", "
                + Counted.of(copied.passages(), "passage") + ", " + Counted.of(copied.memos(), "memo") + ", "
                + Counted.of(copied.coders(), "coder");
    }

    @Command(name = "add-user", description = "Create the login NAME (password read from standard input) and make "
            + "it a lead, coder or reader of the project; for an existing login, set its password and role.")
    static final class AddUser extends ServerCommand {
        @Parameters(index = "0", paramLabel = "URL",
                description = "postgresql://[USER@]HOST[:PORT]/DATABASE?project=NAME")
        String url;

        @Parameters(index = "1", paramLabel = "NAME", description = "The new member's login name") String name;

        @Option(names = "--role", required = true, paramLabel = "lead|coder|reader",
                description = "lead: codebook, documents, coders; coder: own passages and memos; reader: read only")
        String role;

        @Override
        public Integer call() {
            TeamRole parsed = TeamRole.parse(role);
            char[] password = readPassword(System.in, name);
            Team.addUser(url, user, name, parsed, password, terminalPrompt(url));
            out().println(name + " is now " + parsed.word() + " of " + url);
            return 0;
        }

        /** Longer passwords are refused rather than cut: what the server saves is what was given. */
        static final int MAX_PASSWORD_BYTES = 1024;

        /**
         * The first line of standard input, without its line end. An empty line, one longer than
         * {@link #MAX_PASSWORD_BYTES} or one that is not UTF-8 is refused before anything is changed: cutting or
         * replacing a byte would set a password nobody typed (a Latin-1 "café" became "caf\uFFFD").
         */
        static char[] readPassword(InputStream in, String name) {
            try {
                if (System.console() != null && in == System.in) {
                    char[] typed = System.console().readPassword("New password for %s: ", name);
                    if (typed != null && typed.length > 0) {
                        return typed;
                    }
                    throw new ParallaxException("team add-user " + name + ": no password given");
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                int b;
                // One byte more than the limit (plus a CR) tells a password that is too long from one that fits.
                while ((b = in.read()) >= 0 && b != '\n' && bytes.size() <= MAX_PASSWORD_BYTES + 1) {
                    bytes.write(b);
                }
                byte[] raw = bytes.toByteArray();
                try {
                    int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
                    if (length > MAX_PASSWORD_BYTES) {
                        throw new ParallaxException("team add-user " + name + ": the password on standard input is "
                                + "longer than " + MAX_PASSWORD_BYTES + " bytes; nothing was changed");
                    }
                    return decode(raw, length, name);
                } finally {
                    Arrays.fill(raw, (byte) 0);
                }
            } catch (IOException e) {
                throw new ParallaxException("team add-user " + name + ": cannot read the password ("
                        + e.getMessage() + ")", e);
            }
        }

        private static char[] decode(byte[] raw, int length, String name) {
            CharBuffer chars;
            try {
                chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw, 0, length));
            } catch (CharacterCodingException e) {
                throw new ParallaxException("team add-user " + name + ": the password on standard input is not "
                        + "UTF-8 text (a terminal or file in another encoding?); nothing was changed");
            }
            char[] password = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            if (password.length == 0) {
                throw new ParallaxException("team add-user " + name + ": give the new password on standard input "
                        + "(e.g. printf '%s\\n' \"$PASS\" | parallax team add-user …)");
            }
            return password;
        }
    }

    @Command(name = "remove-user", description = "Take the login NAME out of the project: it can no longer open, "
            + "read or change it; its passages and memos stay, attributed to it. The login itself is kept (it may "
            + "belong to other projects). Refused for yourself, for a login that is not a member and for the "
            + "project's last lead. Run by the database owner, like add-user.")
    static final class RemoveUser extends ServerCommand {
        @Parameters(index = "0", paramLabel = "URL",
                description = "postgresql://[USER@]HOST[:PORT]/DATABASE?project=NAME")
        String url;

        @Parameters(index = "1", paramLabel = "NAME", description = "The member's login name") String name;

        @Override
        public Integer call() {
            Team.Removed removed = Team.removeUser(url, user, name, terminalPrompt(url));
            out().println(name + " is no longer a member of " + removed.url() + " (was " + removed.role().word()
                    + "); their " + removed.passages() + (removed.passages() == 1 ? " passage stays" : " passages stay")
                    + ", attributed to " + name);
            return 0;
        }
    }
}
