package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.workbench.Workbench;

/**
 * The name a coding command records its work under, said on the first such command in a project made elsewhere (the
 * sample's copy, a .qdpx import, a colleague's file), which names its maker or another computer's login: the passages
 * and memos would go out under that name in every export, and nobody here chose it.
 */
final class ChosenCoder {
    private ChosenCoder() {
    }

    static void tell(PrintWriter err, Workbench workbench) {
        workbench.coderNotChosenHere().ifPresent(name -> {
            err.println("note: " + workbench.displayName() + ": your passages and memos are recorded as coder '"
                    + name + "', the coder this project names (it was not chosen on this computer), and every export "
                    + "writes that name with them; to record them under your own: parallax coders "
                    + workbench.file() + " --active NAME");
            workbench.keepCoderHere();
        });
    }
}
