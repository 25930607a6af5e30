package org.parallax.workbench;

/** A backup with what it holds, for choosing one to restore; {@code problem} is null when it is sound. */
public record BackupSummary(Backup backup, int documents, int passages, String problem) {
    public boolean sound() {
        return problem == null;
    }
}
