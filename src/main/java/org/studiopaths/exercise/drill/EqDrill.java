package org.studiopaths.exercise.drill;

import org.studiopaths.dsp.MeterScale;
import org.studiopaths.dsp.OctaveBands;
import org.studiopaths.exercise.mix.BandLabels;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * EQ ear training: a stem is played with a hidden boost or cut (the mid band, a peaking filter, at the centre
 * of one octave band), and the learner names the band and whether it was a boost or a cut. The hidden change
 * shrinks and narrows with the level, from ±12 dB at Q 1 to ±4 dB at Q 4; three full-credit answers in a row
 * move up a level. Credit is 1, 0.5 or 0.25 for naming the band exactly or 1 or 2 octaves off, 0 further off;
 * the wrong direction halves it.
 *
 * <p>The hidden band is one the mid band can reach (the project format allows it from 100 Hz to 10 kHz), so
 * 125 Hz to 8 kHz, and one where the stem has real energy (within {@link #FAIR_RANGE_DB} of its strongest
 * octave): a boost where a part has nothing cannot be heard. The stems take turns, every one once (in a shuffled
 * order) before any comes again, so the rounds go over both songs. The learner may answer any of the ten bands.
 * Deterministic for a seeded {@link Random}. Not thread-safe: one drill per view.
 */
public final class EqDrill {

    public static final int LEVELS = 5;
    /** Full-credit answers in a row that move the learner up a level. */
    public static final int STREAK_TO_LEVEL_UP = 3;
    /** The octave bands (indices into {@link OctaveBands}) that can be hidden: 125 Hz to 8 kHz. */
    public static final int FIRST_BAND = 2;
    public static final int LAST_BAND = 8;
    /** A band is fair to hide a change in when the stem's level there is at most this far below its strongest. */
    public static final double FAIR_RANGE_DB = 20;

    /**
     * A part the drill can play.
     *
     * @param song    the song's title (the UI plays that song's project)
     * @param track   the track's name in it
     * @param bandsDb the stem's ten octave-band levels in dB (exercise.mix.MixAnalysis#bandsDb)
     */
    public record Stem(String song, String track, double[] bandsDb) {
        public Stem {
            if (bandsDb.length != OctaveBands.COUNT) {
                throw new IllegalArgumentException(bandsDb.length + " band levels; allowed " + OctaveBands.COUNT);
            }
            bandsDb = bandsDb.clone();
        }

        /**
         * The reachable bands within {@link #FAIR_RANGE_DB} of the strongest band; when none is, the loudest
         * reachable band alone (a change there is the most audible one there is).
         */
        public List<Integer> fairBands() {
            double strongest = Arrays.stream(bandsDb).max().orElseThrow();
            List<Integer> fair = new ArrayList<>();
            int loudest = FIRST_BAND;
            for (int b = FIRST_BAND; b <= LAST_BAND; b++) {
                if (bandsDb[b] >= strongest - FAIR_RANGE_DB && bandsDb[b] > MeterScale.FLOOR_DB) {
                    fair.add(b);
                }
                if (bandsDb[b] > bandsDb[loudest]) {
                    loudest = b;
                }
            }
            return fair.isEmpty() ? List.of(loudest) : List.copyOf(fair);
        }
    }

    /** One hidden change to find, on the track of that song. */
    public record Round(String song, String track, int band, boolean boost, int level) {

        public double freqHz() {
            return OctaveBands.centreHz(band);
        }

        /** The size of the change in dB (positive; see {@link #boost()}). */
        public double sizeDb() {
            return EqDrill.sizeDb(level);
        }

        public double q() {
            return EqDrill.q(level);
        }

        /** The mid band that makes the change. */
        public Eq.Band hiddenBand() {
            return new Eq.Band(freqHz(), boost ? sizeDb() : -sizeDb(), q());
        }

        /** The project with the change on the round's track (its other EQ settings kept). */
        public Project applyTo(Project project) {
            for (int i = 0; i < project.tracks().size(); i++) {
                if (project.tracks().get(i).name().equals(track)) {
                    return project.updateTrack(i, t -> t.withEq(t.eq().withMid(hiddenBand())));
                }
            }
            throw new IllegalArgumentException("the project has no track called " + track);
        }
    }

    /** What the learner heard: a band (0 to 9) and boost or cut. */
    public record Answer(int band, boolean boost) {
        public Answer {
            if (band < 0 || band >= OctaveBands.COUNT) {
                throw new IllegalArgumentException("band " + band + "; allowed 0 to " + (OctaveBands.COUNT - 1));
            }
        }
    }

    /** How an answer did, with the scores after it. */
    public record Outcome(Round round, Answer answer, double credit, String message, EqDrillScores scores) {
    }

    private final List<Stem> stems;
    private final Random random;
    private final List<Stem> turns = new ArrayList<>();
    private Stem last;
    private EqDrillScores scores;

    /**
     * @param stems  the parts to drill on, with their band levels
     * @param scores where the learner stands (from {@link EqDrillStore})
     * @param random the source of the rounds; seeded in tests
     */
    public EqDrill(List<Stem> stems, EqDrillScores scores, Random random) {
        if (stems.isEmpty()) {
            throw new IllegalArgumentException("the EQ drill needs at least one stem");
        }
        this.stems = List.copyOf(stems);
        this.scores = scores;
        this.random = random;
    }

    public EqDrillScores scores() {
        return scores;
    }

    /** A new hidden change at the learner's level. */
    public Round next() {
        Stem stem = nextStem();
        List<Integer> fair = stem.fairBands();
        int band = fair.get(random.nextInt(fair.size()));
        return new Round(stem.song(), stem.track(), band, random.nextBoolean(), scores.level());
    }

    /** The next stem's turn: a new shuffled pass when one ends, never the same stem twice in a row. */
    private Stem nextStem() {
        if (turns.isEmpty()) {
            turns.addAll(stems);
            Collections.shuffle(turns, random);
            if (turns.size() > 1 && turns.get(0) == last) {
                Collections.swap(turns, 0, 1);
            }
        }
        last = turns.remove(0);
        return last;
    }

    /** Scores an answer and moves the learner on. */
    public Outcome answer(Round round, Answer answer) {
        double credit = credit(round, answer);
        int streak = credit == 1 ? scores.streak() + 1 : 0;
        int level = scores.level();
        if (streak >= STREAK_TO_LEVEL_UP && level < LEVELS) {
            level++;
            streak = 0;
        }
        scores = new EqDrillScores(level, streak, scores.rounds() + 1, scores.totalCredit() + credit);
        return new Outcome(round, answer, credit, message(round, answer, credit), scores);
    }

    /** 1 / 0.5 / 0.25 / 0 for 0 / 1 / 2 / 3+ octaves off; halved for the wrong direction. */
    public static double credit(Round round, Answer answer) {
        int octaves = Math.abs(answer.band() - round.band());
        double credit = octaves == 0 ? 1 : octaves == 1 ? 0.5 : octaves == 2 ? 0.25 : 0;
        return answer.boost() == round.boost() ? credit : credit / 2;
    }

    /** The size of the hidden change at a level: 12 dB at level 1 down to 4 dB at level 5. */
    public static double sizeDb(int level) {
        return 12 - 8.0 * (level - 1) / (LEVELS - 1);
    }

    /** The width of the hidden change at a level: Q 1 at level 1 up to Q 4 at level 5 (evenly in octaves). */
    public static double q(int level) {
        return Math.pow(4, (level - 1) / (double) (LEVELS - 1));
    }

    /**
     * Feedback in words: how close the band was ("Close: it was 500 Hz, one octave up."), then the direction
     * ("You heard the boost right." / "But it was a cut, not a boost."), then what the change was.
     */
    static String message(Round round, Answer answer, double credit) {
        String what = "The change: a " + Math.round(round.sizeDb()) + " dB " + (round.boost() ? "boost" : "cut")
                + " on " + round.track() + ".";
        String kind = round.boost() ? "boost" : "cut";
        String direction = answer.boost() == round.boost()
                ? "You heard the " + kind + " right."
                : "But it was a " + kind + ", not a " + (answer.boost() ? "boost" : "cut") + ".";
        if (credit == 1) {
            return "Right: " + BandLabels.of(round.band()) + ". " + direction + " " + what;
        }
        int steps = round.band() - answer.band();
        String where;
        if (steps == 0) {
            where = "Right band: " + BandLabels.of(round.band()) + ".";
        } else {
            int octaves = Math.abs(steps);
            String how = octaves == 1 ? "Close" : octaves == 2 ? "Near" : "Not this time";
            where = how + ": it was " + BandLabels.of(round.band()) + ", " + OCTAVES[Math.min(octaves, OCTAVES.length - 1)]
                    + (steps > 0 ? " up." : " down.");
        }
        return where + " " + direction + " " + what;
    }

    /** "one octave", "two octaves" ... as far as the bands reach. */
    private static final String[] OCTAVES = {"", "one octave", "two octaves", "three octaves", "four octaves",
            "five octaves", "six octaves", "seven octaves", "eight octaves", "nine octaves"};
}
