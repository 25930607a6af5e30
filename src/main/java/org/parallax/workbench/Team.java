package org.parallax.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.parallax.model.ReadOnlyProjectException;
import org.parallax.model.TeamRole;
import org.parallax.store.NotAMemberException;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStores;
import org.parallax.store.TeamAdmin;
import org.parallax.store.TeamUrl;

/** Team projects on a PostgreSQL server: preparing one, adding and removing its members (docs/team.md). */
public final class Team {
    private Team() {
    }

    /** A team project as {@link #init} left it. */
    public record Prepared(String url, String project, int schemaVersion, List<String> groupRoles) {
    }

    /** What a publish or pull copied: the counts a researcher checks against the project they know. */
    public record Copied(String url, long documents, long codes, long passages, long memos, long coders,
            Optional<OpeningNote> upgradeNote) {
        static Copied of(String url, Map<String, Long> rows) {
            return of(url, rows, Optional.empty());
        }

        static Copied of(String url, Map<String, Long> rows, Optional<OpeningNote> upgradeNote) {
            return new Copied(url, rows.getOrDefault("documents", 0L), rows.getOrDefault("codes", 0L),
                    rows.getOrDefault("segments", 0L), rows.getOrDefault("memos", 0L), rows.getOrDefault("coders", 0L),
                    upgradeNote);
        }
    }

    /** A member {@link #removeUser} took out of the project: the role they had and their passages that stay. */
    public record Removed(String url, TeamRole role, long passages) {
    }

    /** Whether a project argument names a team project on a server rather than a project file. */
    public static boolean isTeamUrl(String location) {
        return TeamUrl.isTeamUrl(location);
    }

    /**
     * Prepares the project the URL names (schema, group roles, grants, row-level security); safe to run again.
     * {@code user} (from --user) names the login when the URL does not (refused when it names another); {@code prompt} is asked for a password only when none
     * is stored.
     */
    public static Prepared init(String url, String user, Supplier<char[]> prompt) {
        TeamUrl location = location(url, user);
        TeamAdmin.Prepared prepared = ProjectStores.teamAdmin().init(location, prompt);
        return new Prepared(location.toString(), prepared.project(), prepared.schemaVersion(), prepared.groupRoles());
    }

    /** Creates the login {@code name} (or sets its password) and makes it the project's {@code role}. */
    public static void addUser(String url, String user, String name, TeamRole role, char[] password,
            Supplier<char[]> prompt) {
        ProjectStores.teamAdmin().addUser(location(url, user), name, role, password, prompt);
    }

    /**
     * Takes the login {@code name} out of the project (it can no longer open or change it; its passages stay,
     * attributed to it); refused for oneself, a non-member and the project's last lead.
     */
    public static Removed removeUser(String url, String user, String name, Supplier<char[]> prompt) {
        TeamUrl location = location(url, user);
        TeamAdmin.Removed removed = ProjectStores.teamAdmin().removeUser(location, name, prompt);
        return new Removed(location.toString(), removed.role(), removed.passages());
    }

    /**
     * Uploads a project file into the URL's team project: set up first when the server has no such project,
     * refused when the project there already holds anything.
     */
    public static Copied publish(Path file, String url, String user, Supplier<char[]> prompt) {
        TeamUrl location = location(url, user);
        KeptBeforeUpgrade kept = new KeptBeforeUpgrade(file);
        Map<String, Long> rows = ProjectStores.teamAdmin().publish(file, location, prompt, kept);
        return Copied.of(location.toString(), rows, kept.note());
    }

    /**
     * The file's coders whose names no login can have ({@code team add-user} takes letters, digits, _ . - only):
     * published, their passages stay and leads see them, but nobody can log in as them to code on in that layer.
     */
    public static List<String> codersWithoutLogin(Path file) {
        try (Workbench project = Workbench.openReadOnly(file)) {
            return project.coders().stream().map(org.parallax.model.Coder::name)
                    .filter(name -> !TeamUrl.isUserName(name)).toList();
        }
    }

    /** Copies the team project, as far as the user may read it, into the new project file {@code target}. */
    public static Copied pull(String url, String user, Path target, Supplier<char[]> prompt) {
        TeamUrl location = location(url, user);
        return Copied.of(location.toString(), ProjectStores.teamAdmin().pull(location, target, prompt));
    }

    /**
     * Sends the passages and memos added to {@code copy} (made by {@link #pull}) back to the URL's team project,
     * as one action; what is already there is not sent again, what cannot be sent is reported per item. The copy
     * then records what it shares with the server, so it can be pushed again after more offline work.
     */
    public static PushReport push(Path copy, String url, String user, Supplier<char[]> prompt) {
        TeamUrl location = location(url, user);
        ProjectCheck.refuseMisfitLog(copy);
        // Opened to write its mark alone: no daily backup of the copy for a push.
        try (Project offline = new Project(ProjectStores.open(new ProjectFile(copy)))) {
            // Before the server is asked anything: what a push sends must be recorded in the copy, or the next push
            // takes it for a change made on the server.
            offline.store.readOnlyReason().ifPresent(why -> {
                throw new ReadOnlyProjectException(copy.getFileName() + " cannot be written: " + why + "; a push "
                        + "records in the copy what it sends, so nothing was sent (make the copy writable, then push "
                        + "again)");
            });
            try (Workbench team = Workbench.open(location.toString(), prompt)) {
                return new TeamPush(team.project(), offline, copy.getFileName().toString()).push();
            } catch (NotAMemberException e) {
                throw notSent(e, location, copy.getFileName().toString());
            }
        }
    }

    /**
     * A push refused because its login is no member (any more): the work stays in the copy, and the line says how it
     * still reaches the team, since "the owner adds you" alone left a removed coder thinking it was lost.
     */
    private static NotAMemberException notSent(NotAMemberException e, TeamUrl location, String copyName) {
        String login = e.login();
        String address = location.projectAddress();
        return new NotAMemberException(login, location + ": " + login + " is not a member of team project "
                + location.project() + " (never added, or removed since), so nothing was sent; your work stays in "
                + copyName + " as it was. To bring it in, either the database owner adds you again (parallax team "
                + "add-user " + TeamUrl.SCHEME + "OWNER@" + address + " " + login + " --role coder) and you push "
                + "again, or you give " + copyName + " to a lead, who pushes it (parallax team push " + copyName + " "
                + TeamUrl.SCHEME + "LEAD@" + address + "): its passages and memos stay " + login + "'s", e);
    }

    private static TeamUrl location(String url, String user) {
        return TeamUrl.parse(url).withUserOption(user);
    }
}
