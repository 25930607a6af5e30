package org.parallax.workbench;

import java.nio.file.Path;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.KilledChild;

/**
 * A child JVM that writes a document's memo as the memo pane does while the researcher types (one editing session,
 * saved at each pause), and is killed as soon as the last save has returned, the moment the pane says "Saved"
 * ({@link KilledChild}). The project is never closed: no checkpoint, no close folds the journal in first.
 */
public final class MemoSaveChild {
    /** The words of the first pause; the last save adds to them. */
    static final String FIRST = "Read closely";

    private MemoSaveChild() {
    }

    public static void main(String[] args) {
        Workbench wb = Workbench.open(Path.of(args[0]));
        MemoSession session = wb.memos().session(MemoTarget.document(Long.parseLong(args[1])));
        session.save(FIRST);
        session.save(args[2]);
        KilledChild.signalAndWait(Path.of(args[args.length - 1]));
    }

    /** Writes {@code text} as the memo of {@code document} in a child JVM and SIGKILLs it once the save returned. */
    static void killAfterSaving(Path project, long document, String text, Path dir) throws Exception {
        KilledChild.killAtHook(MemoSaveChild.class, "the memo reported saved", dir, project.toString(),
                String.valueOf(document), text);
    }
}
