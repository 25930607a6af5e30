package org.parallax.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A QualCoder project: a folder NAME.qda holding its database {@code data.qda} (SQLite) beside copies of its
 * documents. Parallax does not read that database; a folder import took the document copies without a word about
 * their codes and codings, and the database file was "unsupported". Both now say how to move: through QualCoder's
 * own REFI-QDA export, which Parallax imports.
 */
public final class QualCoderProject {
    static final String DATABASE = "data.qda";
    /** What a QualCoder user does instead, after the name of the folder or file given. */
    public static final String HOW_TO_MOVE = "a QualCoder project, which Parallax does not read; in QualCoder choose "
            + "Project → Export → REFI-QDA Project export and import the .qdpx file it writes, which brings its "
            + "documents with their codes and codings";

    private QualCoderProject() {
    }

    /** Whether {@code folder} is a QualCoder project (its database sits in it). */
    public static boolean isProjectFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(DATABASE));
    }

    static boolean isDatabase(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qda");
    }
}
