package org.studiopaths.generator.music;

/** One note: where it starts and how long it lasts, in beats from the pattern's start. */
public record NoteEvent(double startBeat, double lengthBeats, int key, int velocity) {
}
