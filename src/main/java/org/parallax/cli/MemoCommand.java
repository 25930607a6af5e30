package org.parallax.cli;

import java.util.Optional;
import org.parallax.model.Counted;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `memo PROJECT --doc ID|--code NAME|--segment ID|--project --text T`: writes or clears one memo. */
@Command(name = "memo", description = "Write the memo of a document, a code, a coded passage or the project "
        + "(research journal), as the active coder; an empty --text removes it.")
final class MemoCommand extends ProjectCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--text", required = true, paramLabel = "T",
            description = "The memo's whole text (quote it; newlines are kept)")
    String text;

    /** Exactly one of the things a memo can be about. */
    static final class Target {
        @Option(names = "--doc", paramLabel = "ID", description = "A document's memo") Long document;
        @Option(names = "--code", paramLabel = "NAME", description = "A code's memo") String code;
        @Option(names = "--segment", paramLabel = "ID", description = "A coded passage's memo (ids: segments command)")
        Long segment;
        @Option(names = "--project", description = "The project memo (research journal)") boolean project;
    }

    @Override
    int run(Workbench workbench) {
        MemoTarget memoTarget = target.document != null ? MemoTarget.document(target.document)
                : target.code != null ? MemoTarget.code(workbench.codebook().code(target.code).id())
                : target.segment != null ? MemoTarget.passage(target.segment)
                : MemoTarget.project();
        ChosenCoder.tell(err(), workbench);
        Optional<Memo> saved = workbench.memos().set(memoTarget, text);
        String what = memoTarget.kind().label() + " memo" + (memoTarget.id() == 0 ? "" : " of " + memoTarget.id());
        out().println(saved.map(m -> "Saved " + what + " (" + Counted.of(m.text().length(), "character") + ", by "
                + m.byline()
                + ", modified " + m.modified() + ")").orElse("Removed " + what));
        return 0;
    }
}
