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
 * "Sunday Drive": pop-rock at 96 BPM in G major, eight bars (20 seconds): a verse that opens into a lift and
 * lands on a final G. Drums split into kick, snare and hats, as a drummer would be recorded.
 */
public final class SundayDrive {

    private SundayDrive() {
    }

    public static Song song() {
        return Song.of("sunday-drive", "G major", 96, 8, 0,
                new Stem("kick", "kick", "Kick", "Kick drum, dry.", Part.of(Gm.STANDARD_KIT.volume(112),
                        DrumGrid.sixteenths("kick " + "X . . . . . . x X . x . . . . . |".repeat(7)
                                + "X . . . . . . . . . . . . . . ."))),
                new Stem("snare", "snare", "Snare", "Snare drum on the backbeat, with a fill into the lift.",
                        Part.of(Gm.STANDARD_KIT.volume(96), DrumGrid.sixteenths("snare "
                                + ". . . . X . . . . . . . X . . . |".repeat(3)
                                + ". . . . X . . . . . . . X . x x |"
                                + ". . . . X . . . . . . . X . . . |".repeat(2)
                                + ". . . . X . . . . . . . X x X X |"
                                + "X . . . . . . . . . . . . . . ."))),
                new Stem("hats", "hats", "Hi-hats and cymbals", "Eighth-note hi-hat, crashes at the lift and the end.",
                        Part.of(Gm.STANDARD_KIT.volume(96), DrumGrid.sixteenths(
                                "hat   " + "x . o . x . o . x . o . x . o . |".repeat(4)
                                        + ". . o . x . o . x . o . x . o . |"
                                        + "x . o . x . o . x . o . x . o . |".repeat(2)
                                        + ". . . . . . . . . . . . . . . .\n"
                                        + "crash " + ". . . . . . . . . . . . . . . . |".repeat(4)
                                        + "X . . . . . . . . . . . . . . . |"
                                        + ". . . . . . . . . . . . . . . . |".repeat(2)
                                        + "X . . . . . . . . . . . . . . ."))),
                new Stem("bass", "bass", "Bass", "Fingered electric bass, eighth notes on the roots with walk-ups.",
                        Part.of(Gm.FINGERED_BASS.volume(100), NoteLine.eighths("""
                                G1 G1 G1 G1 G1 G1 A1 B1 | D2 D2 D2 D2 D2 D2 C#2 B1 | E1 E1 E1 E1 E1 E1 F#1 G1 |
                                C2 C2 C2 C2 C2 B1 A1 F#1 | G1 G1 G2 G1 G1 G1 A1 B1 | D2 D2 D3 D2 D2 D2 C#2 B1 |
                                C2 C2 C3 C2 D2 D2 D3 F#1 | G1 - - - - - - -
                                """))),
                new Stem("guitar", "guitar", "Guitar", "Overdriven guitar: ringing power chords, then eighth-note chugs.",
                        Part.of(Gm.OVERDRIVEN_GUITAR.volume(82),
                                Comping.chords(Progression.parse("G5 | D5 | E5 | C5"), "G2", 4, "x-------x--x-x--"),
                                Bars.from(5, Comping.chords(Progression.parse("G5 | D5 | C5 D5"), "G2", 3,
                                        "x-xox-xox-xox-xo")),
                                Bars.from(8, Comping.chords(Progression.parse("G5"), "G2", 1, "X---------------")))),
                new Stem("vocal", "vocal", "Voice oohs", "A sung-sounding lead melody (\"voice oohs\").",
                        Part.of(Gm.VOICE_OOHS.volume(104), NoteLine.eighths("""
                                B4 - - - A4 - G4 - | A4 - - - - - . . | G4 - - - B4 - - - | E4 - - - - - . D4 |
                                D5 - - - B4 - D5 - | E5 - - - D5 - . . | E5 - - - F#5 - - - | G5 - - - - - - .
                                """))));
    }
}
