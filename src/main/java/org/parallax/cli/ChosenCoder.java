package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.workbench.Workbench;

/**
 * The name a coding command records its work under, said on the first such command in a project made elsewhere (the
 * sample's copy, a .qdpx import, a colleague's file), which names its maker or another computer's login: the passages
 * and memos would go out under that name in every export, and nobody here chose it. In a second coder's copy the name
 * is this computer's login, and the line says so rather than that the project names it. Saying it is no choice: the
 * window's strip still asks (a name is chosen in the window or with `coders --active`).
 */
final class ChosenCoder {
    private ChosenCoder() {
    }

    static void tell(PrintWriter err, Workbench workbench) {
        workbench.coderNotToldHere().ifPresent(name -> {
            String recorded = workbench.secondCoderCopyOf().map(first -> "this is a second coder's copy of " + first
                    + ": your passages and memos are recorded as coder '" + name + "', this computer's login, the "
                    + "name your layer would carry in the first coder's project after the merge")
                    .orElse("your passages and memos are recorded as coder '" + name + "', the coder this project "
                    + "names (it was not chosen on this computer), and every export writes that name with them");
            err.println("note: " + workbench.displayName() + ": " + recorded + "; to record them under your own: "
                    + "parallax coders " + workbench.file() + " --active NAME");
            workbench.coderToldHere();
        });
    }
}
