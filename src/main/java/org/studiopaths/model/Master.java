package org.studiopaths.model;

/** The master bus. */
public record Master(double gainDb) {
    public static final Master UNITY = new Master(0);
}
