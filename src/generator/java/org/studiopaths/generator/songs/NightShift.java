package org.studiopaths.generator.songs;

import org.studiopaths.generator.kits.Gm;
import org.studiopaths.generator.library.Song;
import org.studiopaths.generator.library.Song.Stem;
import org.studiopaths.generator.music.Bars;
import org.studiopaths.generator.music.Comping;
import org.studiopaths.generator.music.DrumGrid;
import org.studiopaths.generator.music.NoteLine;
import org.studiopaths.generator.music.Part;
import org.studiopaths.generator.music.Progression;

/**
 * "Night Shift": late-night soul at 72 BPM in Eb major, six swung bars (20 seconds) on
 * Abmaj7 | Gm7 | Fm7 Bb7 | Ebmaj7 Cm7 | Fm7 Bb7 | Ebmaj7. The drums on one stem, a saxophone lead and a
 * choir behind it.
 */
public final class NightShift {

    private static final Progression CHORDS = Progression.parse("Abmaj7 | Gm7 | Fm7 Bb7 | Ebmaj7 Cm7 | Fm7 Bb7");
    private static final Progression LAST = Progression.parse("Ebmaj7");

    private NightShift() {
    }

    public static Song song() {
        return Song.of("night-shift", "Eb major", 72, 6, 0.25,
                new Stem("drums", "drums", "Drums", "The whole drum kit on one stem: kick, snare with ghost notes, hi-hat, ride.",
                        Part.of(Gm.ROOM_KIT.volume(100), DrumGrid.sixteenths(
                                "kick  " + "X . . . . . . x . . X . . . . . |".repeat(5) + "X . . . . . . . . . . . . . . .\n"
                                + "snare " + ". . . . X . . . . . . o X . . o |".repeat(5) + ". . . . . . . . . . . . . . . .\n"
                                + "hat   " + "x . o x x . o x x . o x x . o x |".repeat(5) + ". . . . . . . . . . . . . . . .\n"
                                + "ride  " + ". . . . . . . . . . . . . . . . |".repeat(5) + "X . . . . . . . . . . . . . . ."))),
                new Stem("bass", "bass", "Bass", "Fretless bass, roots and fifths with passing notes.",
                        Part.of(Gm.FRETLESS_BASS.volume(104), NoteLine.eighths("""
                                Ab1 - - - - Eb2 Ab1 - | G1 - - - - D2 G1 - | F1 - - C2 Bb1 - - F1 |
                                Eb1 - - Bb1 C2 - - G1 | F1 - - C2 Bb1 - - D2 | Eb1 - - - - - - -
                                """))),
                new Stem("keys", "keys", "Rhodes", "Electric piano comping the chords, laid back.",
                        Part.of(Gm.RHODES.volume(92),
                                Comping.chords(CHORDS, "A3", 5, "x-----x-x-----x-"),
                                Bars.from(6, Comping.chords(LAST, "A3", 1, "x---------------")))),
                new Stem("pad", "pad", "Strings", "Slow strings holding the harmony underneath.",
                        Part.of(Gm.SLOW_STRINGS.volume(72),
                                Comping.chords(CHORDS, "Eb3", 5, "x-------x-------"),
                                Bars.from(6, Comping.chords(LAST, "Eb3", 1, "x---------------")))),
                new Stem("lead", "lead", "Alto sax", "Alto saxophone melody.",
                        Part.of(Gm.ALTO_SAX.volume(106), NoteLine.eighths("""
                                . . Eb5 F5 G5 - Eb5 C5 | D5 - - - Bb4 - . . | Ab4 - C5 Eb5 D5 - Bb4 - |
                                G4 - - - . . Eb5 F5 | G5 - F5 Eb5 D5 - C5 D5 | Eb5 - - - - - - .
                                """))),
                new Stem("vocal", "vocal", "Choir aahs", "A choir singing long \"aah\" notes behind the melody.",
                        Part.of(Gm.CHOIR_AAHS.volume(104), NoteLine.eighths("""
                                Eb4 - - - - - - - | D4 - - - - - - - | C4 - - - D4 - - - |
                                Eb4 - - - G4 - - - | C4 - - - D4 - - - | Eb4 - - - - - - -
                                """))));
    }
}
