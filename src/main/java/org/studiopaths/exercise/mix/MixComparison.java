package org.studiopaths.exercise.mix;

import org.studiopaths.dsp.OctaveBands;
import org.studiopaths.exercise.RenderedMix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A learner's mix set against the reference, track by track (matched by name): how much louder each stem sits
 * in the mix, how its tone differs band by band, and where it sits between the speakers. The scoring criteria
 * judge these numbers; the app uses {@link #worstTrack()} to let the learner hear the biggest difference.
 *
 * <p>Level is compared with the overall difference between the two mixes taken out: that difference is the
 * median of the tracks' loudness differences, so one track that is far off does not drag the others with it
 * (with a plain "relative to the whole mix", a loud track raised 6 dB raises the mix almost as much and
 * hides itself). Tone is compared the same way within a stem: the median band difference is its overall
 * level, and only bands within {@link #BAND_RANGE_DB} of the stem's strongest band are judged, since
 * differences far below what the stem holds are not heard.
 */
public final class MixComparison {

    /** Bands this far below a stem's strongest band (in the reference and in the learner's mix) are not judged. */
    public static final double BAND_RANGE_DB = 30;

    /**
     * One track in both mixes.
     *
     * @param levelDb            learner's level in the mix minus the reference's, overall difference taken out;
     *                           NaN when the track is silent in either mix
     * @param bandDb             per octave band, learner minus reference with the stem's own level taken out;
     *                           NaN for a band not judged (or when silent in either)
     * @param worstBand          the band with the largest difference, -1 when none was judged
     * @param positionDifference learner's position minus the reference's (-2 to 2; negative: further left);
     *                           NaN when silent in either
     */
    public record TrackComparison(String track, StemAnalysis learner, StemAnalysis reference, double levelDb,
                                  double[] bandDb, int worstBand, double positionDifference) {

        /** The difference in {@link #worstBand()}, NaN when there is none. */
        public double worstBandDb() {
            return worstBand < 0 ? Double.NaN : bandDb[worstBand];
        }

        /** Whether the track is heard in one mix and not in the other. */
        public boolean silentInOneOnly() {
            return learner.silent() != reference.silent();
        }
    }

    private final double overallOffsetDb;
    private final List<TrackComparison> tracks;

    private MixComparison(double overallOffsetDb, List<TrackComparison> tracks) {
        this.overallOffsetDb = overallOffsetDb;
        this.tracks = tracks;
    }

    public static MixComparison of(RenderedMix learner, RenderedMix reference) {
        List<StemAnalysis> refStems = MixAnalysis.stems(reference);
        List<StemAnalysis[]> pairs = new ArrayList<>();
        List<Double> levelDiffs = new ArrayList<>();
        for (StemAnalysis ref : refStems) {
            Optional<StemAnalysis> mine = MixAnalysis.stem(learner, ref.track());
            if (mine.isPresent()) {
                pairs.add(new StemAnalysis[] {mine.get(), ref});
                if (!mine.get().silent() && !ref.silent()) {
                    levelDiffs.add(mine.get().loudnessLufs() - ref.loudnessLufs());
                }
            }
        }
        double offset = levelDiffs.isEmpty() ? 0 : median(levelDiffs);
        List<TrackComparison> list = new ArrayList<>();
        for (StemAnalysis[] p : pairs) {
            list.add(compare(p[0], p[1], offset));
        }
        return new MixComparison(offset, List.copyOf(list));
    }

    /** How much louder the learner's mix is overall (the median of the tracks' differences), in dB. */
    public double overallOffsetDb() {
        return overallOffsetDb;
    }

    /** The tracks found in both mixes, in the reference's order. */
    public List<TrackComparison> tracks() {
        return tracks;
    }

    public Optional<TrackComparison> track(String name) {
        return tracks.stream().filter(t -> t.track().equals(name)).findFirst();
    }

    /**
     * The track that differs most, weighing a level difference of 6 dB, a band difference of 9 dB and a
     * position difference of 0.5 alike (each about where the criteria give no credit); a track heard in one
     * mix only comes first. Empty when the mixes have no tracks in common.
     */
    public Optional<TrackComparison> worstTrack() {
        return tracks.stream().max(Comparator.comparingDouble(MixComparison::badness));
    }

    private static double badness(TrackComparison t) {
        if (t.silentInOneOnly()) {
            return Double.MAX_VALUE;
        }
        double level = Double.isNaN(t.levelDb()) ? 0 : Math.abs(t.levelDb()) / 6;
        double tone = t.worstBand() < 0 ? 0 : Math.abs(t.worstBandDb()) / 9;
        double pan = Double.isNaN(t.positionDifference()) ? 0 : Math.abs(t.positionDifference()) / 0.5;
        return Math.max(level, Math.max(tone, pan));
    }

    private static TrackComparison compare(StemAnalysis mine, StemAnalysis ref, double offset) {
        double[] bands = new double[OctaveBands.COUNT];
        Arrays.fill(bands, Double.NaN);
        if (mine.silent() || ref.silent()) {
            return new TrackComparison(ref.track(), mine, ref, Double.NaN, bands, -1, Double.NaN);
        }
        double refMax = Arrays.stream(ref.bandsDb()).max().orElseThrow();
        double floor = refMax - BAND_RANGE_DB;
        List<Double> diffs = new ArrayList<>();
        for (int b = 0; b < bands.length; b++) {
            if (ref.bandsDb()[b] >= floor) {
                diffs.add(mine.bandsDb()[b] - ref.bandsDb()[b]);
            }
        }
        double stemOffset = median(diffs);
        int worst = -1;
        for (int b = 0; b < bands.length; b++) {
            double mineLevelled = mine.bandsDb()[b] - stemOffset;
            if (ref.bandsDb()[b] >= floor || mineLevelled >= floor) {
                bands[b] = mineLevelled - ref.bandsDb()[b];
                if (worst < 0 || Math.abs(bands[b]) > Math.abs(bands[worst])) {
                    worst = b;
                }
            }
        }
        double level = mine.loudnessLufs() - ref.loudnessLufs() - offset;
        return new TrackComparison(ref.track(), mine, ref, level, bands, worst, mine.position() - ref.position());
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
