package org.studiopaths.generator.kits;

import java.util.List;
import org.studiopaths.generator.library.Loop;
import org.studiopaths.generator.music.Comping;
import org.studiopaths.generator.music.DrumGrid;
import org.studiopaths.generator.music.Instrument;
import org.studiopaths.generator.music.NoteEvent;
import org.studiopaths.generator.music.NoteLine;
import org.studiopaths.generator.music.Part;
import org.studiopaths.generator.music.Progression;
import org.studiopaths.generator.music.Score;

/** The house kit: 120 BPM, F minor, one-chord Fm9 vamps and the two-bar turn Fm7 | Dbmaj7 Eb. */
public final class HouseKit {

    private static final String KIT = "house";
    private static final double TEMPO = 120;
    private static final String KEY = "F minor";
    private static final Progression VAMP = Progression.parse("Fm9");
    private static final Progression TURN = Progression.parse("Fm7 | Dbmaj7 Eb");
    private static final Instrument DRUMS = Gm.ELECTRONIC_KIT.reverb(20);
    private static final String FOUR_ON_THE_FLOOR = "kick X . . . X . . . X . . . X . . .";

    private HouseKit() {
    }

    public static List<Loop> loops() {
        return List.of(
                loop("drums-intro", "Drums intro", "drums", "intro", null,
                        "Four-on-the-floor kick and off-beat open hats.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths(FOUR_ON_THE_FLOOR + """

                                open . . x . . . x . . . x . . . x .
                                """)))),
                loop("drums-main", "Drums main", "drums", "chorus", null,
                        "The full house beat: kick on every beat, clap on two and four, closed and open hats.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths(FOUR_ON_THE_FLOOR + """

                                clap . . . . X . . . . . . . X . . .
                                hat  . o . o . o . o . o . o . o . o
                                open . . x . . . x . . . x . . . x .
                                """)))),
                loop("drums-break", "Drums break", "drums", "break", null,
                        "No kick: clap, hats and ride, for a breakdown.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths("""
                                clap . . . . X . . . . . . . X . . .
                                hat  . o . o . o . o . o . o . o . o
                                open . . x . . . x . . . x . . . x .
                                ride x . . . x . . . x . . . x . . .
                                """)))),
                loop("drums-fill", "Drums fill", "drums", "fill", null,
                        "Kick on the beat under a snare roll that doubles up: the bar before a drop.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths(FOUR_ON_THE_FLOOR + """

                                snare x . . . x . . . x . x . x x X X
                                """)))),
                loop("percussion-congas", "Congas", "percussion", "verse", null,
                        "Latin conga pattern that rides on top of the house beat.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths("""
                                congahi   . . x . . x . . . . x . . x . x
                                congalo   x . . . . . . x x . . . . . . .
                                congamute . . . x . . . . . . . x . . . .
                                """)))),
                loop("percussion-shaker", "Shaker and cowbell", "percussion", "chorus", null,
                        "Sixteenth shaker and a syncopated cowbell for the full sections.",
                        Score.of(TEMPO, 1, Part.of(DRUMS, DrumGrid.sixteenths("""
                                shaker  o x o x o x o x o x o x o x o x
                                cowbell . . . x . . x . . . . x . . x .
                                """)))),
                loop("bass-offbeat", "Bass off-beat", "bass", "verse", KEY,
                        "Synth bass between the kicks on F, turning around through Ab and C.",
                        Score.of(TEMPO, 1, Part.of(Gm.SYNTH_BASS, NoteLine.sixteenths(
                                ". . F1 - . . F1 - . . F1 - . Ab1 . C2")))),
                loop("bass-rolling", "Bass rolling", "bass", "chorus", KEY,
                        "Rolling sixteenth-note bass on Fm7 | Dbmaj7 Eb, leaving room for the kick.",
                        Score.of(TEMPO, 2, Part.of(Gm.SYNTH_BASS,
                                Comping.roots(TURN, "D1", 2, ". x o x . x o x . x o x . x o x")))),
                loop("keys-stabs", "Chord stabs", "keys", "verse", KEY,
                        "Syncopated piano stabs on a lush Fm9: the classic house hook.",
                        Score.of(TEMPO, 1, stabs())),
                loop("keys-chords", "Organ chords", "keys", "chorus", KEY,
                        "Organ in a dotted rhythm over Fm7 | Dbmaj7 Eb.",
                        Score.of(TEMPO, 2, Part.of(Gm.ORGAN.reverb(40).volume(80),
                                Comping.chords(TURN, "C4", 2, "x--x--x---x--x--")))),
                loop("pads-warm", "Warm pad", "pads", null, KEY,
                        "A held Fm9 on a warm synth pad: intro, breakdown or under everything.",
                        Score.of(TEMPO, 1, Part.of(Gm.WARM_PAD.reverb(70),
                                Comping.chords(VAMP, "F3", 1, "x---------------")))),
                loop("lead-arp", "Arpeggio lead", "lead", "chorus", KEY,
                        "Plucky saw arpeggio through the tones of Fm9.",
                        Score.of(TEMPO, 1, Part.of(Gm.SAW_LEAD.reverb(50).volume(80),
                                Comping.arpeggio(VAMP, "F4", 1, "0.2.4.2.1.3.5.3.")))),
                loop("fx-sweep", "Noise sweep", "fx", "fill", null,
                        "A washing noise swell with a reverse cymbal that peaks into the next bar.",
                        Score.of(TEMPO, 1,
                                Part.of(Gm.SEASHORE.reverb(60), List.of(new NoteEvent(0, 4, 60, 100))),
                                Part.of(Gm.REVERSE_CYMBAL.reverb(30), List.of(new NoteEvent(1, 3, 60, 110))))),
                loop("keys-stabs-128bpm-clash", "Chord stabs at 128 BPM (tempo clash)", "keys", null, KEY,
                        "For a tempo exercise: the house stabs played at 128 BPM, faster than the kit's 120.",
                        Score.of(128, 1, stabs())));
    }

    private static Part stabs() {
        return Part.of(Gm.PIANO.reverb(50), Comping.chords(VAMP, "Ab3", 1, "X-.x-.x-..x-.x-."));
    }

    private static Loop loop(String id, String name, String category, String variant, String key,
                             String description, Score score) {
        return new Loop(KIT, id, name, category, variant, key, description, score);
    }
}
