package org.parallax.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.FileNames;

/**
 * A file whose name holds bytes that are not text in the system's character set of file names (a name written on
 * Windows in Windows-1251 and copied onto Linux): Java reads each such byte as U+FFFD and gives no way to read the
 * bytes back, so the name's own spelling is lost. The file is still read (the system opens it by its bytes); the
 * import says so, since a title made from the name shows the same � marks.
 */
final class UndecodedFileName {
    private static final char LOST = '\uFFFD';

    private UndecodedFileName() {
    }

    /** {@code warnings}, with a line for {@code file} when its name could not be read, its {@code title} named. */
    static List<String> noted(Path file, String title, List<String> warnings) {
        Path name = file.getFileName();
        if (name == null || name.toString().indexOf(LOST) < 0) {
            return warnings;
        }
        List<String> noted = new ArrayList<>(warnings);
        noted.add(FileNames.shown(name) + ": its name holds bytes that are not text in this system's character set "
                + "of file names, each shown as \uFFFD" + (title.indexOf(LOST) < 0 ? ""
                : ", in the title made from it too (\u201c" + title + "\u201d); give the document its title in the "
                + "Details tab or with parallax document PROJECT DOC --title TITLE"));
        return noted;
    }
}
