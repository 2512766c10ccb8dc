package org.studiopaths.exercise.drill;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.model.json.JsonFormatException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EqDrillTest {

    private static final EqDrill.Round BOOST_AT_1K = new EqDrill.Round("Song", "Keys", 5, true, 1);

    /** A stem with the same level in every band: every reachable band is fair. */
    static EqDrill.Stem even(String song, String track) {
        double[] bands = new double[10];
        Arrays.fill(bands, -20);
        return new EqDrill.Stem(song, track, bands);
    }

    private static double credit(int band, boolean boost) {
        return EqDrill.credit(BOOST_AT_1K, new EqDrill.Answer(band, boost));
    }

    @Test
    void creditFallsWithOctavesOffAndHalvesForTheWrongDirection() {
        assertEquals(1, credit(5, true));
        assertEquals(0.5, credit(4, true));
        assertEquals(0.5, credit(6, true));
        assertEquals(0.25, credit(3, true));
        assertEquals(0.25, credit(7, true));
        assertEquals(0, credit(8, true));
        assertEquals(0, credit(0, true));
        assertEquals(0.5, credit(5, false));
        assertEquals(0.25, credit(6, false));
        assertEquals(0.125, credit(7, false));
        assertEquals(0, credit(2, false));
    }

    @Test
    void theHiddenChangeShrinksAndNarrowsOverTheLevels() {
        assertEquals(12, EqDrill.sizeDb(1), 1e-9);
        assertEquals(4, EqDrill.sizeDb(EqDrill.LEVELS), 1e-9);
        assertEquals(1, EqDrill.q(1), 1e-9);
        assertEquals(4, EqDrill.q(EqDrill.LEVELS), 1e-9);
        assertEquals(new Eq.Band(1000, 12, 1), BOOST_AT_1K.hiddenBand());
        assertEquals(new Eq.Band(250, -4, 4), new EqDrill.Round("Song", "Bass", 3, false, 5).hiddenBand());
    }

    @Test
    void theSameSeedGivesTheSameRoundsAndOnlyReachableBands() {
        List<EqDrill.Stem> stems = List.of(even("A", "Drums"), even("A", "Bass"), even("B", "Keys"));
        EqDrill a = new EqDrill(stems, EqDrillScores.FIRST, new Random(42));
        EqDrill b = new EqDrill(stems, EqDrillScores.FIRST, new Random(42));
        List<EqDrill.Round> rounds = new ArrayList<>();
        Set<Integer> bands = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            EqDrill.Round r = a.next();
            assertEquals(r, b.next());
            rounds.add(r);
            bands.add(r.band());
        }
        assertEquals(Set.of(2, 3, 4, 5, 6, 7, 8), bands);
        assertTrue(rounds.stream().anyMatch(EqDrill.Round::boost) && rounds.stream().anyMatch(r -> !r.boost()));
        assertNotEquals(rounds, rounds(new EqDrill(stems, EqDrillScores.FIRST, new Random(43)), 200), "another seed");
    }

    private static List<EqDrill.Round> rounds(EqDrill drill, int n) {
        List<EqDrill.Round> rounds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rounds.add(drill.next());
        }
        return rounds;
    }

    @Test
    void theStemsOfBothSongsTakeTurnsAndNoneComesTwiceInARow() {
        List<EqDrill.Stem> stems = List.of(even("Sunday Drive", "Kick"), even("Sunday Drive", "Bass"),
                even("Night Shift", "Pad"), even("Night Shift", "Lead"), even("Night Shift", "Vocal"));
        List<EqDrill.Round> rounds = rounds(new EqDrill(stems, EqDrillScores.FIRST, new Random(5)), 50);
        for (int pass = 0; pass < 10; pass++) {
            Set<String> heard = new HashSet<>();
            for (EqDrill.Round r : rounds.subList(pass * 5, pass * 5 + 5)) {
                heard.add(r.song() + "/" + r.track());
            }
            assertEquals(5, heard.size(), "every stem once in pass " + pass + ": " + heard);
        }
        for (int i = 1; i < rounds.size(); i++) {
            assertNotEquals(rounds.get(i - 1).track(), rounds.get(i).track(), "round " + i);
        }
    }

    @Test
    void aChangeIsHiddenOnlyWhereTheStemHasEnergy() {
        // strongest -10 dB at 125 Hz; 250 Hz (-15) and 500 Hz (-25) are within 20 dB, 1 kHz (-31) is not
        EqDrill.Stem bass = new EqDrill.Stem("Song", "Bass",
                new double[] {-60, -12, -10, -15, -25, -31, -40, -80, -90, -100});
        assertEquals(List.of(2, 3, 4), bass.fairBands());
        // all its energy at 31.5 Hz, out of reach: the loudest reachable band is the one left
        EqDrill.Stem sub = new EqDrill.Stem("Song", "Sub",
                new double[] {-5, -30, -40, -50, -60, -70, -70, -70, -70, -70});
        assertEquals(List.of(2), sub.fairBands());
        EqDrill.Stem hats = new EqDrill.Stem("Song", "Hats",
                new double[] {-100, -100, -100, -90, -70, -40, -22, -18, -20, -12});
        assertEquals(List.of(6, 7, 8), hats.fairBands(), "16 kHz is the strongest but out of reach");

        Set<String> seen = new HashSet<>();
        for (EqDrill.Round r : rounds(new EqDrill(List.of(bass, sub, hats), EqDrillScores.FIRST, new Random(3)), 300)) {
            List<Integer> fair = switch (r.track()) {
                case "Bass" -> bass.fairBands();
                case "Sub" -> sub.fairBands();
                default -> hats.fairBands();
            };
            assertTrue(fair.contains(r.band()), r.toString());
            seen.add(r.track() + r.band());
        }
        assertEquals(Set.of("Bass2", "Bass3", "Bass4", "Sub2", "Hats6", "Hats7", "Hats8"), seen);
    }

    @Test
    void threeRightAnswersInARowMoveUpALevel() {
        EqDrill drill = new EqDrill(List.of(even("Song", "Keys")), EqDrillScores.FIRST, new Random(7));
        for (int i = 0; i < 2; i++) {
            EqDrill.Round r = drill.next();
            drill.answer(r, new EqDrill.Answer(r.band(), r.boost()));
        }
        EqDrill.Round r = drill.next();
        EqDrill.Outcome miss = drill.answer(r, new EqDrill.Answer(r.band(), !r.boost()));
        assertEquals(new EqDrillScores(1, 0, 3, 2.5), miss.scores());
        for (int i = 0; i < 3; i++) {
            EqDrill.Round right = drill.next();
            assertEquals(1, right.level());
            drill.answer(right, new EqDrill.Answer(right.band(), right.boost()));
        }
        assertEquals(new EqDrillScores(2, 0, 6, 5.5), drill.scores());
        assertEquals(2, drill.next().level());
    }

    @Test
    void theOutcomeSaysWhatItWas() {
        EqDrill drill = new EqDrill(List.of(even("Song", "Keys")), EqDrillScores.FIRST, new Random(1));
        assertEquals("Right: 1 kHz. You heard the boost right. The change: a 12 dB boost on Keys.",
                drill.answer(BOOST_AT_1K, new EqDrill.Answer(5, true)).message());
        assertEquals("Close: it was 1 kHz, one octave up. You heard the boost right. The change: a 12 dB boost on Keys.",
                drill.answer(BOOST_AT_1K, new EqDrill.Answer(4, true)).message());
        assertEquals("Near: it was 1 kHz, two octaves up. But it was a boost, not a cut. The change: a 12 dB boost on Keys.",
                drill.answer(BOOST_AT_1K, new EqDrill.Answer(3, false)).message());
        assertEquals("Right band: 1 kHz. But it was a boost, not a cut. The change: a 12 dB boost on Keys.",
                drill.answer(BOOST_AT_1K, new EqDrill.Answer(5, false)).message());
        assertEquals("Not this time: it was 1 kHz, four octaves down. You heard the boost right."
                        + " The change: a 12 dB boost on Keys.",
                drill.answer(BOOST_AT_1K, new EqDrill.Answer(9, true)).message());
    }

    @Test
    void aRoundPutsItsChangeOnItsTrackOnly() {
        Project p = Project.empty("drill", 100).addTrack(Track.named("Bass")).addTrack(Track.named("Keys")
                .withEq(Eq.FLAT.withHighPassHz(80)));
        Project changed = BOOST_AT_1K.applyTo(p);
        assertEquals(Eq.FLAT, changed.tracks().get(0).eq());
        assertEquals(Eq.FLAT.withHighPassHz(80).withMid(new Eq.Band(1000, 12, 1)), changed.tracks().get(1).eq());
    }

    @Test
    void scoresSurviveASaveAndLoad(@TempDir Path data) throws Exception {
        EqDrillStore store = new EqDrillStore(data);
        assertEquals(EqDrillScores.FIRST, store.load());
        EqDrillScores s = new EqDrillScores(3, 2, 17, 11.5);
        store.save(s);
        assertEquals(s, new EqDrillStore(data).load());
        assertEquals(List.of(EqDrillStore.FILE_NAME), Files.list(data).map(f -> f.getFileName().toString()).toList());
    }

    @Test
    void aBrokenScoresFileIsNamedWithThePlace(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("eq-drill.json"),
                "{\"format\": \"studio-paths.eq-drill/1\",\n \"level\": 9, \"rounds\": 1}");
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> new EqDrillStore(data).load());
        assertEquals(data.resolve("eq-drill.json") + ":2:11: level is 9; allowed 1 to 5", e.getMessage());
    }
}
