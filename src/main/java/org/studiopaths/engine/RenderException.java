package org.studiopaths.engine;

/** A project that cannot be rendered (a sample is missing or unreadable). The message is one line. */
public class RenderException extends Exception {
    public RenderException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
