package org.parallax.workbench;

import java.nio.file.Path;
import java.time.Instant;

/** One backup of a project: its file in the backups folder, when it was taken and why. */
public record Backup(Path file, Instant taken, String reason) {
}
