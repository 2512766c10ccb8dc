package org.studiopaths.generator.kits;

import java.util.List;
import org.studiopaths.generator.library.Loop;
import org.studiopaths.generator.music.Comping;
import org.studiopaths.generator.music.DrumGrid;
import org.studiopaths.generator.music.Instrument;
import org.studiopaths.generator.music.NoteLine;
import org.studiopaths.generator.music.Part;
import org.studiopaths.generator.music.Progression;
import org.studiopaths.generator.music.Score;

/** The pop kit: 100 BPM, A minor, the progression Am F C G, two chords to the bar. */
public final class PopKit {

    private static final String KIT = "pop";
    private static final double TEMPO = 100;
    private static final String KEY = "A minor";
    private static final Progression CHORDS = Progression.parse("Am F | C G");
    private static final Instrument DRUMS = Gm.STANDARD_KIT.reverb(24);

    private PopKit() {
    }

    public static List<Loop> loops() {
        return List.of(
                loop("drums-intro", "Drums intro", "drums", "intro", null,
                        "Kick on one and three, soft eighth-note hi-hats: a beat to start on.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths("""
                                kick  X . . . . . . . x . . . . . . .
                                hat   x . o . x . o . x . o . x . o .
                                """)))),
                loop("drums-verse", "Drums verse", "drums", "verse", null,
                        "Straight pop beat: kick, backbeat snare on two and four, eighth-note hats.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths("""
                                kick  X . . . . . . x X . . . . . . .
                                snare . . . . X . . . . . . . X . . .
                                hat   x . o . x . o . x . o . x . o .
                                """)))),
                loop("drums-chorus", "Drums chorus", "drums", "chorus", null,
                        "Busier, louder beat for the chorus: syncopated kick, snare with clap, open hat.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths("""
                                kick  X . . x . . x . X . . x . . . .
                                snare . . . . X . . . . . . . X . . o
                                clap  . . . . x . . . . . . . x . . .
                                hat   X o x o X o x o X o x o X o . .
                                open  . . . . . . . . . . . . . . x .
                                """)))),
                loop("drums-fill", "Drums fill", "drums", "fill", null,
                        "One bar tom fill that rolls down into the next section.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths("""
                                kick     X . . . . . . . X . . . . . . .
                                snare    . . . . X . . o . . . . . . . .
                                hat      x . x . x . x . . . . . . . . .
                                hitom    . . . . . . . . X x . . . . . .
                                midtom   . . . . . . . . . . X x . . . .
                                lowtom   . . . . . . . . . . . . X x . .
                                floortom . . . . . . . . . . . . . . X X
                                """)))),
                loop("percussion-shaker", "Shaker and tambourine", "percussion", "chorus", null,
                        "Sixteenth-note shaker with a tambourine on the backbeat: adds lift to a chorus.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths("""
                                shaker o x o x o x o X o x o x o x o X
                                tamb   . . . . x . . . . . . . x . . .
                                """)))),
                loop("bass-verse", "Bass verse", "bass", "verse", KEY,
                        "Fingered bass on the roots of Am F C G, walking up into each change.",
                        Score.of(TEMPO, 2, Part.of(Gm.FINGERED_BASS.reverb(8), NoteLine.sixteenths("""
                                A1 - - . A1 . A1 A1 | F1 - - . F1 . F1 G1 |
                                C2 - - . C2 . C2 C2 | G1 - - . G1 . G1 G#1
                                """)))),
                loop("bass-chorus", "Bass chorus", "bass", "chorus", KEY,
                        "Driving eighth notes with octave jumps over Am F C G.",
                        Score.of(TEMPO, 2, Part.of(Gm.FINGERED_BASS.reverb(8), NoteLine.eighths("""
                                A1 A1 A2 A1 F1 F1 F2 F1 | C2 C2 C3 C2 G1 G1 G2 B1
                                """)))),
                loop("keys-verse", "Piano verse", "keys", "verse", KEY,
                        "Broken piano chords over Am F C G, left hand on the roots.",
                        Score.of(TEMPO, 2, Part.of(Gm.PIANO.reverb(40),
                                Comping.roots(CHORDS, "E2", 2, "x-------x-------"),
                                Comping.arpeggio(CHORDS, "C4", 2, "0-1-2-1-0-1-2-1-")))),
                loop("keys-chorus", "Piano chorus", "keys", "chorus", KEY,
                        "Full piano chords in a pushing rhythm over Am F C G.",
                        Score.of(TEMPO, 2, Part.of(Gm.PIANO.reverb(40),
                                Comping.roots(CHORDS, "E2", 2, "X-----x-X-----x-"),
                                Comping.chords(CHORDS, "C4", 2, "X--x--x-X--x--x-")))),
                loop("pads-strings", "String pad", "pads", null, KEY,
                        "Sustained strings on Am F C G: glue for any section.",
                        Score.of(TEMPO, 2, Part.of(Gm.STRINGS.reverb(70),
                                Comping.chords(CHORDS, "A3", 2, "x-------x-------")))),
                loop("lead-hook", "Lead hook", "lead", "chorus", KEY,
                        "A one-bar square-wave hook from the A minor pentatonic; fits every chord of the kit.",
                        Score.of(TEMPO, 1, Part.of(Gm.SQUARE_LEAD.reverb(50).chorus(30).volume(90),
                                NoteLine.sixteenths("E5 - - . D5 . C5 - . A4 - . G4 . A4 -")))),
                loop("fx-riser", "Riser", "fx", "fill", KEY,
                        "A bar of build-up: rising strings over a snare roll, into the next section.",
                        Score.of(TEMPO, 1,
                                Part.of(Gm.SYNTH_STRINGS.reverb(60),
                                        Comping.arpeggio(Progression.parse("Am"), "A3", 1, "01234567")),
                                Part.of(DRUMS, DrumGrid.sixteenths("""
                                        snare o . o . o . o . x o x o x x X X
                                        """)))),
                loop("keys-clash-f-sharp-major", "Piano in F# major (clash)", "keys", null, "F# major",
                        "For a key exercise: broken chords in F# major, which clash with the kit's A minor.",
                        Score.of(TEMPO, 1, Part.of(Gm.PIANO.reverb(40),
                                Comping.roots(Progression.parse("F# C#"), "E2", 1, "x-------x-------"),
                                Comping.arpeggio(Progression.parse("F# C#"), "C4", 1, "0-1-2-1-0-1-2-1-")))));
    }

    private static Loop loop(String id, String name, String category, String variant, String key,
                             String description, Score score) {
        return new Loop(KIT, id, name, category, variant, key, description, score);
    }
}
