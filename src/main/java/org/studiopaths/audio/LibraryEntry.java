package org.studiopaths.audio;

/**
 * One sample described in {@code samples/library.json}.
 *
 * @param path        relative to {@code samples/}, e.g. {@code loops/drums/basic-beat.wav}
 * @param name        shown to the user
 * @param category    loops: drums, percussion, bass, keys, pads, lead or fx; stems: their role (kick, vocal ...)
 * @param kit         the kit a loop belongs to, or null (stems have none)
 * @param song        the song a stem belongs to; null for loops
 * @param loop        true for a loop (arranging), false for a stem of a multitrack song (mixing)
 * @param tempo       beats per minute the sample was made at
 * @param beatsPerBar beats in a bar (4 unless stated)
 * @param bars        the sample's length in bars, or null when not stated
 * @param key         such as "A minor" or "Eb major"; null for unpitched material
 * @param description a sentence for the user; empty when not stated
 * @param variant     such as intro, verse, chorus or fill; null when not stated
 */
public record LibraryEntry(String path, String name, String category, String kit, String song, boolean loop,
                           double tempo, int beatsPerBar, Double bars, String key, String description,
                           String variant) {
}
