package org.studiopaths.ui.session;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** Turns a failed write into words a person can act on. */
public final class WriteProblems {

    private WriteProblems() {
    }

    public static String describe(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || m.contains("Permission denied") || m.contains("Read-only")) {
            return "the folder is read-only; choose another folder";
        }
        if (m.contains("No space left")) {
            return "the disk is full; free some space or choose another disk";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return m;
    }
}
