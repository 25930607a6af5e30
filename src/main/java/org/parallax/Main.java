package org.parallax;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.parallax.cli.FileNameLocale;
import org.parallax.cli.ParallaxCommand;
import org.parallax.cli.VersionLine;
import org.parallax.ui.app.Launcher;
import org.parallax.workbench.Team;

/**
 * Composition root. Without arguments, or with just a project file, team URL or .qdpx (after {@code open} or not), it
 * opens the workbench window; with a command it runs the command line. {@code --version} alone is answered before
 * either is loaded.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (VersionLine.printIfAsked(args)) {
            return;
        }
        String unreadable = FileNameLocale.problem(args);
        if (unreadable != null) {
            // in UTF-8, as the terminal that typed the name shows it, whatever Java takes the locale's to be
            new PrintStream(System.err, true, StandardCharsets.UTF_8).println(unreadable);
            System.exit(2);
        }
        String[] window = windowArguments(args);
        String missing = window == null ? null : Launcher.whyTheFileCannotOpen(window);
        if (missing != null) {
            System.err.println(missing);
            System.exit(2);
        }
        String handed = window == null ? null : Launcher.handedToItsWindow(window);
        if (handed != null) {
            System.out.println(handed);
        } else if (window != null) {
            String problem = Launcher.whyTheWindowCannotStart(window);
            if (problem != null) {
                System.err.println(problem);
                System.exit(2);
            }
            try {
                Launcher.main(window);
            } catch (Launcher.CannotStart e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
        } else {
            ParallaxCommand.main(args);
        }
    }

    /**
     * The window's arguments when {@code args} open the window, else null (a command). {@code open PROJECT}, as
     * other tools' command lines have it, opens the window as {@code PROJECT} alone does; a {@code --} before the
     * project ends the options, as it does for every command, so that a file named {@code -draft.parallax} opens too.
     */
    static String[] windowArguments(String[] args) {
        String[] project = withoutEndOfOptions(args.length >= 1 && args[0].equals("open")
                ? Arrays.copyOfRange(args, 1, args.length) : args);
        boolean named = project.length == 1 || args.length == 0;
        return named && opensTheWindow(project) ? project : null;
    }

    private static String[] withoutEndOfOptions(String[] args) {
        return args.length == 2 && args[0].equals("--") ? new String[] {args[1]} : args;
    }

    /**
     * Nothing, a project file, a team project's URL (whose password the window asks for), or a REFI-QDA project
     * (.qdpx, which the window opens as a new project: the file manager's double-click) opens the window.
     */
    static boolean opensTheWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String name = args[0].toLowerCase(java.util.Locale.ROOT);
        return args.length == 1 && (name.endsWith(".parallax") || name.endsWith(".qdpx") || Team.isTeamUrl(args[0]));
    }
}
