package org.parallax.model;

/** The disk holding the project is full: a write was refused and nothing of it was kept. */
public class DiskFullException extends ParallaxException {
    public DiskFullException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True if {@code error} or one of its causes is the operating system's "disk full" (ENOSPC, Windows' ERROR_DISK_FULL). */
    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DiskFullException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device")
                    || message.contains("not enough space on the disk")
                    || message.contains("SQLITE_FULL"))) {
                return true;
            }
        }
        return false;
    }
}
