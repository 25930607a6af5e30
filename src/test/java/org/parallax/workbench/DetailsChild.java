package org.parallax.workbench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.KilledChild;

/**
 * A child JVM that saves new details (title, date, type, actor, attributes) of documents 1 and 2 in one step, as the
 * Details tab does with both selected, stopped inside that save once document {@code args[1]}'s are written
 * ({@link KilledChild}).
 */
public final class DetailsChild {
    private DetailsChild() {
    }

    public static void main(String[] args) throws Exception {
        long stopAt = Long.parseLong(args[1]);
        Documents.detailsWritten = id -> {
            if (id == stopAt) {
                KilledChild.signalAndWait(Path.of(args[args.length - 1]));
            }
        };
        try (Workbench wb = Workbench.open(Path.of(args[0]))) {
            wb.documents().updateMeta(List.of(wb.documents().require(1), wb.documents().require(2)),
                    DetailsChild::changed);
        }
        System.err.println("the save was not stopped");
    }

    /** The details the child saves: every field changed. */
    static DocumentMeta changed(DocumentMeta m) {
        return new DocumentMeta(m.title() + " (killed while saved)", LocalDate.of(1999, 3, 24), DocumentType.INTERVIEW,
                "someone else", "de", m.scenario(), Map.of("speaker", "Nobody", "place", "Nowhere"));
    }

    /** Saves the details of documents 1 and 2 in a child JVM and SIGKILLs it once {@code stopAt}'s are written. */
    static void killAt(Path project, long stopAt, Path dir) throws Exception {
        KilledChild.killAtHook(DetailsChild.class, "document " + stopAt + "'s details written", dir,
                project.toString(), String.valueOf(stopAt));
    }
}
