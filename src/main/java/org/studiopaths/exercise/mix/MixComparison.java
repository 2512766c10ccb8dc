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
 * in the mix, where it sits between the speakers, and (measured on demand) how its tone differs band by band.
 * The scoring criteria judge these numbers; the app uses {@link #worstTrack()} to let the learner hear the
 * biggest difference.
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
     * @param positionDifference learner's position minus the reference's (-2 to 2; negative: further left);
     *                           NaN when silent in either
     */
    public record TrackComparison(String track, StemAnalysis learner, StemAnalysis reference, double levelDb,
                                  double positionDifference) {

        /** Whether the track is heard in one mix and not in the other. */
        public boolean silentInOneOnly() {
            return learner.silent() != reference.silent();
        }
    }

    /**
     * How a track's tone differs.
     *
     * @param bandDb    per octave band, learner minus reference with the stem's own level taken out; NaN for a
     *                  band not judged
     * @param worstBand the band with the largest difference, -1 when none was judged
     */
    public record Tone(double[] bandDb, int worstBand) {

        /** The difference in {@link #worstBand()}, NaN when there is none. */
        public double worstBandDb() {
            return worstBand < 0 ? Double.NaN : bandDb[worstBand];
        }
    }

    private final RenderedMix learnerMix;
    private final RenderedMix referenceMix;
    private final double overallOffsetDb;
    private final List<TrackComparison> tracks;
    /** For each entry of {@link #tracks}: its index in the learner's mix and in the reference. */
    private final List<int[]> indexes;

    private MixComparison(RenderedMix learnerMix, RenderedMix referenceMix, double overallOffsetDb,
                          List<TrackComparison> tracks, List<int[]> indexes) {
        this.learnerMix = learnerMix;
        this.referenceMix = referenceMix;
        this.overallOffsetDb = overallOffsetDb;
        this.tracks = tracks;
        this.indexes = indexes;
    }

    public static MixComparison of(RenderedMix learner, RenderedMix reference) {
        List<StemAnalysis> refStems = MixAnalysis.stems(reference);
        List<StemAnalysis> mineStems = MixAnalysis.stems(learner);
        List<int[]> indexes = new ArrayList<>();
        List<Double> levelDiffs = new ArrayList<>();
        for (int r = 0; r < refStems.size(); r++) {
            int m = learner.trackNames().indexOf(refStems.get(r).track());
            if (m >= 0) {
                indexes.add(new int[] {m, r});
                StemAnalysis mine = mineStems.get(m);
                StemAnalysis ref = refStems.get(r);
                if (!mine.silent() && !ref.silent()) {
                    levelDiffs.add(mine.loudnessLufs() - ref.loudnessLufs());
                }
            }
        }
        double offset = levelDiffs.isEmpty() ? 0 : median(levelDiffs);
        List<TrackComparison> list = new ArrayList<>();
        for (int[] i : indexes) {
            StemAnalysis mine = mineStems.get(i[0]);
            StemAnalysis ref = refStems.get(i[1]);
            boolean heard = !mine.silent() && !ref.silent();
            list.add(new TrackComparison(ref.track(), mine, ref,
                    heard ? mine.loudnessLufs() - ref.loudnessLufs() - offset : Double.NaN,
                    heard ? mine.position() - ref.position() : Double.NaN));
        }
        return new MixComparison(learner, reference, offset, List.copyOf(list), List.copyOf(indexes));
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

    /** How the track's tone differs; empty when it is missing from either mix or silent in either. */
    public Optional<Tone> tone(String name) {
        for (int k = 0; k < tracks.size(); k++) {
            TrackComparison t = tracks.get(k);
            if (t.track().equals(name)) {
                if (t.learner().silent() || t.reference().silent()) {
                    return Optional.empty();
                }
                double[] mine = MixAnalysis.bandsDb(learnerMix)[indexes.get(k)[0]];
                double[] ref = MixAnalysis.bandsDb(referenceMix)[indexes.get(k)[1]];
                return Optional.of(tone(mine, ref));
            }
        }
        return Optional.empty();
    }

    /**
     * The track that differs most in level or position, weighing 6 dB and a position difference of 0.5 alike
     * (about where the criteria give no credit); a track heard in one mix only comes first. Empty when the mixes
     * have no tracks in common. (Tone is left out: it would cost every stem's spectrum.)
     */
    public Optional<TrackComparison> worstTrack() {
        return tracks.stream().max(Comparator.comparingDouble(MixComparison::badness));
    }

    private static double badness(TrackComparison t) {
        if (t.silentInOneOnly()) {
            return Double.MAX_VALUE;
        }
        double level = Double.isNaN(t.levelDb()) ? 0 : Math.abs(t.levelDb()) / 6;
        double pan = Double.isNaN(t.positionDifference()) ? 0 : Math.abs(t.positionDifference()) / 0.5;
        return Math.max(level, pan);
    }

    private static Tone tone(double[] mine, double[] ref) {
        double[] bands = new double[OctaveBands.COUNT];
        Arrays.fill(bands, Double.NaN);
        double floor = Arrays.stream(ref).max().orElseThrow() - BAND_RANGE_DB;
        List<Double> diffs = new ArrayList<>();
        for (int b = 0; b < bands.length; b++) {
            if (ref[b] >= floor) {
                diffs.add(mine[b] - ref[b]);
            }
        }
        double stemOffset = median(diffs);
        int worst = -1;
        for (int b = 0; b < bands.length; b++) {
            double mineLevelled = mine[b] - stemOffset;
            if (ref[b] >= floor || mineLevelled >= floor) {
                bands[b] = mineLevelled - ref[b];
                if (worst < 0 || Math.abs(bands[b]) > Math.abs(bands[worst])) {
                    worst = b;
                }
            }
        }
        return new Tone(bands, worst);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
