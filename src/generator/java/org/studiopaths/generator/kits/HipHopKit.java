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

/** The hip-hop kit: 85 BPM, D minor, swung sixteenths, Dm9 and Gm7 in one bar. */
public final class HipHopKit {

    private static final String KIT = "hiphop";
    private static final double TEMPO = 85;
    private static final double SWING = 0.3;
    private static final String KEY = "D minor";
    private static final Progression CHORDS = Progression.parse("Dm9 Gm7");
    private static final Instrument DRUMS = Gm.ROOM_KIT.reverb(16);

    private HipHopKit() {
    }

    public static List<Loop> loops() {
        return List.of(
                loop("drums-intro", "Drums intro", "drums", "intro", null,
                        "Swung hats over a lone kick on the one: the beat before the beat.",
                        bar(Part.of(DRUMS, DrumGrid.sixteenths("""
                                kick X . . . . . . . . . . . . . . .
                                hat  x . o . x . o . x . o . x . o .
                                """)))),
                loop("drums-verse", "Drums verse", "drums", "verse", null,
                        "Boom-bap: heavy kick, cracking snare on two and four, swung hats.",
                        bar(Part.of(DRUMS, boomBap()))),
                loop("drums-chorus", "Drums chorus", "drums", "chorus", null,
                        "The boom-bap with more kicks, a ghost snare and an open hat.",
                        bar(Part.of(DRUMS, DrumGrid.sixteenths("""
                                kick  X . . . . . x . x . X . . . x .
                                snare . . . . X . . o . . . . X . . .
                                hat   X o x o X o x o X o x o X o . .
                                open  . . . . . . . . . . . . . . x .
                                """)))),
                loop("drums-fill", "Drums fill", "drums", "fill", null,
                        "Snare and toms take over the second half of the bar.",
                        bar(Part.of(DRUMS, DrumGrid.sixteenths("""
                                kick   X . . . . . x . . . . . . . . .
                                snare  . . . . X . . . x . o . . . x X
                                hat    x . x . x . x . . . . . . . . .
                                hitom  . . . . . . . . . . . . x . . .
                                midtom . . . . . . . . . . . . . x . .
                                """)))),
                loop("percussion-shaker", "Shaker and tambourine", "percussion", null, null,
                        "Swung shaker with a tambourine on the backbeat.",
                        bar(Part.of(DRUMS, DrumGrid.sixteenths("""
                                shaker o x o x o x o x o x o x o x o x
                                tamb   . . . . x . . . . . . . x . . .
                                """)))),
                loop("bass-verse", "Bass", "bass", "verse", KEY,
                        "Round fingered bass from D down to G, walking back through F and E.",
                        bar(Part.of(Gm.FINGERED_BASS, NoteLine.sixteenths(
                                "D2 - - - . . . A1 G1 - - - . . F2 E2")))),
                loop("keys-verse", "Rhodes verse", "keys", "verse", KEY,
                        "Long, warm Rhodes chords: Dm9 then Gm7.",
                        bar(Part.of(Gm.RHODES.reverb(40), Comping.chords(CHORDS, "F3", 1, "x------.x------.")))),
                loop("keys-chorus", "Rhodes chorus", "keys", "chorus", KEY,
                        "The same chords, played in a bouncing rhythm.",
                        bar(Part.of(Gm.RHODES.reverb(40), Comping.chords(CHORDS, "F3", 1, "x--x--x.x--x--x.")))),
                loop("pads-choir", "Choir pad", "pads", null, KEY,
                        "Soft choir holding Dm9 and Gm7.",
                        bar(Part.of(Gm.CHOIR_AAHS.reverb(70), Comping.chords(CHORDS, "D3", 1, "x-------x-------")))),
                loop("lead-flute", "Flute melody", "lead", "chorus", KEY,
                        "A two-bar flute line over the chords, ending where it began.",
                        new Score(TEMPO, 4, 2, SWING, List.of(Part.of(Gm.FLUTE.reverb(50), NoteLine.sixteenths("""
                                A4 - - - C5 - D5 - . . F5 - E5 - D5 - | C5 - - - A4 - - - . . G4 - A4 - - -
                                """))))),
                loop("fx-reverse-cymbal", "Reverse cymbal", "fx", "fill", null,
                        "A cymbal played backwards, swelling into the next bar.",
                        bar(Part.of(Gm.REVERSE_CYMBAL.reverb(30), List.of(new NoteEvent(1.5, 2.5, 60, 110))))),
                loop("drums-92bpm-clash", "Drums at 92 BPM (tempo clash)", "drums", null, null,
                        "For a tempo exercise: the boom-bap played at 92 BPM, faster than the kit's 85.",
                        new Score(92, 4, 1, SWING, List.of(Part.of(DRUMS, boomBap())))),
                loop("keys-eb-minor-clash", "Rhodes in Eb minor (clash)", "keys", null, "Eb minor",
                        "For a key exercise: the Rhodes chords a semitone up, in Eb minor, against the kit's D minor.",
                        bar(Part.of(Gm.RHODES.reverb(40),
                                Comping.chords(Progression.parse("Ebm9 Abm7"), "F#3", 1, "x------.x------.")))));
    }

    private static List<NoteEvent> boomBap() {
        return DrumGrid.sixteenths("""
                kick  X . . . . . . x . . X . . . . .
                snare . . . . X . . . . . . . X . . .
                hat   x . x . x . x . x . x . x . x .
                """);
    }

    private static Score bar(Part part) {
        return new Score(TEMPO, 4, 1, SWING, List.of(part));
    }

    private static Loop loop(String id, String name, String category, String variant, String key,
                             String description, Score score) {
        return new Loop(KIT, id, name, category, variant, key, description, score);
    }
}
