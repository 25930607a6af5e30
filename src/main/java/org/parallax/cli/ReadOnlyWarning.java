package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.model.ReadOnlyProjectException;
import org.parallax.workbench.Workbench;

/**
 * The one warning of every command whose project turned out read-only for a reason of its own (a damaged file, a
 * read-only place, a replaced journal, a team project whose server rules are older than this Parallax), whether the
 * command opened it to write or only to read: a command that read it must not pass that over in silence, and a
 * damaged file's warning ends with the way back the window's banner offers. A team reader, whose role is the reason,
 * is not warned about.
 */
final class ReadOnlyWarning {
    private ReadOnlyWarning() {
    }

    /**
     * Prints the warning for {@code workbench}, opened from the argument {@code project}, unless the command's own
     * {@code failure} message gives the reason already.
     */
    static void print(PrintWriter err, Workbench workbench, String project, String failure) {
        if (workbench.teamRole().filter("reader"::equals).isPresent()) {
            return;
        }
        String name = Workbench.isTeamProject(project) ? workbench.displayName()
                : workbench.file().getFileName().toString();
        workbench.readOnlyProblem().filter(reason -> !failure.contains(reason)).ifPresent(reason -> err.println(
                "warning: " + name + " is open read-only: " + reason + wayBack(workbench)));
    }

    /**
     * A write refused because the file is damaged, ending with the backup to restore as the warning does: a command
     * that came to write is the one most in need of the way back, and its refusal is the only line it prints.
     */
    static ReadOnlyProjectException withWayBack(ReadOnlyProjectException refused, Workbench workbench) {
        String wayBack = wayBack(workbench);
        return wayBack.isEmpty() || String.valueOf(refused.getMessage()).contains(wayBack) ? refused
                : new ReadOnlyProjectException(refused.getMessage() + wayBack);
    }

    /** The newest sound backup of a damaged file and the command that restores it, as the window's banner offers it. */
    private static String wayBack(Workbench workbench) {
        return workbench.soundBackupOfDamagedFile().map(found -> SoundBackupLine.of(workbench.file(), found))
                .orElse("");
    }
}
