package org.parallax;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.cli.ParallaxCommand;
import org.parallax.cli.VersionLine;
import org.parallax.ui.app.Launcher;

/**
 * The training run of the installed program's AOT cache (packaging/aot-training.sh, docs/install.md): a JVM writes
 * one cache of what one process loaded, so this one process runs the command line's everyday commands on a scratch
 * project first and then opens the window on it; the cache then serves both launchers. Not a user's entry point.
 *
 * <p>Arguments: the scratch project, then the commands to run on it separated by {@code ;}, each with {@code @}
 * where the project goes, e.g. {@code copy.parallax docs @ ; tally @}. A failing command fails the training
 * before the window opens: a cache of error paths would serve nobody.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: StartupTraining PROJECT [COMMAND ARGS... [; COMMAND ARGS...]]");
        }
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        for (String[] command : commands(args)) {
            // --version as Main answers it, before the command line is loaded
            if (!VersionLine.printIfAsked(command) && ParallaxCommand.run(command, discard, discard) != 0) {
                throw new IllegalStateException("training command failed: " + String.join(" ", command));
            }
        }
        Launcher.main(new String[] {args[0]});
    }

    /** The commands after the project (args[0]), split at {@code ;}, with {@code @} replaced by the project. */
    static List<String[]> commands(String[] args) {
        List<String[]> commands = new ArrayList<>();
        int start = 1;
        while (start < args.length) {
            int end = start;
            while (end < args.length && !args[end].equals(";")) {
                end++;
            }
            if (end > start) {
                commands.add(Arrays.stream(args, start, end)
                        .map(a -> a.equals("@") ? args[0] : a)
                        .toArray(String[]::new));
            }
            start = end + 1;
        }
        return commands;
    }
}
