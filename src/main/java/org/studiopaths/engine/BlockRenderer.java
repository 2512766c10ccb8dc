package org.studiopaths.engine;

import org.studiopaths.model.Project;

import java.util.Arrays;

/**
 * The one render path: playback, export, analysis and scoring all call {@link #render}. Per track: clips ×
 * clip gain summed → high-pass → low shelf → mid peak → high shelf → fader and pan → master → master gain.
 *
 * <p>Everything is allocated in the constructor (for up to {@link Project#MAX_TRACKS} tracks and
 * {@code maxBlock} frames), so rendering a block allocates nothing. Gains ramp linearly across a block from
 * their last value to the plan's, so a fader, pan, mute or solo change never clicks; {@link #jumpTo} starts a
 * render at the plan's values (an offline render never fades in). Not thread-safe: one renderer per thread.
 */
public final class BlockRenderer {

    private final int maxBlock;
    private final float[] trackLeft;
    private final float[] trackRight;
    private final TrackStrip[] strips = new TrackStrip[Project.MAX_TRACKS];
    private float currentMaster = 1f;
    private TrackTap tap;

    public BlockRenderer(int maxBlock) {
        this.maxBlock = maxBlock;
        trackLeft = new float[maxBlock];
        trackRight = new float[maxBlock];
        for (int t = 0; t < Project.MAX_TRACKS; t++) {
            strips[t] = new TrackStrip(maxBlock);
        }
    }

    public int maxBlock() {
        return maxBlock;
    }

    /** Sets who hears each track's block (null for nobody). */
    public void setTrackTap(TrackTap tap) {
        this.tap = tap;
    }

    /** Starts the next block at the plan's gains with clean filters (for a render that starts from scratch). */
    public void jumpTo(RenderPlan plan) {
        for (int t = 0; t < plan.tracks().length; t++) {
            strips[t].jumpTo(plan.tracks()[t]);
        }
        currentMaster = plan.masterGain();
    }

    /** Clears filter memory (after a seek, so no old tail rings into the new place). */
    public void resetFilters() {
        for (int t = 0; t < Project.MAX_TRACKS; t++) {
            strips[t].resetFilters();
        }
    }

    /**
     * Renders frames [{@code startFrame}, {@code startFrame + n}) of the plan into {@code outLeft}/{@code outRight}
     * (overwritten). Frames past the song's end are silence.
     */
    public void render(RenderPlan plan, long startFrame, float[] outLeft, float[] outRight, int n) {
        if (n > maxBlock) {
            throw new IllegalArgumentException("block of " + n + " frames; this renderer takes at most " + maxBlock);
        }
        Arrays.fill(outLeft, 0, n, 0f);
        Arrays.fill(outRight, 0, n, 0f);
        TrackPlan[] tracks = plan.tracks();
        for (int t = 0; t < tracks.length; t++) {
            if (strips[t].render(tracks[t], plan.sampleRate(), startFrame, trackLeft, trackRight, 0, n)) {
                if (tap != null) {
                    tap.trackBlock(t, trackLeft, trackRight, n);
                }
                addInto(outLeft, outRight, 0, trackLeft, trackRight, 0, n);
            }
        }
        float master = plan.masterGain();
        applyGain(outLeft, outRight, 0, n, currentMaster, master);
        currentMaster = master;
    }

    /** out[outOff, outOff + n) += track[trackOff, trackOff + n), both channels. */
    static void addInto(float[] outL, float[] outR, int outOff, float[] trackL, float[] trackR, int trackOff, int n) {
        for (int i = 0; i < n; i++) {
            outL[outOff + i] += trackL[trackOff + i];
            outR[outOff + i] += trackR[trackOff + i];
        }
    }

    /** Ramps the gain across [off, off + n) from {@code from} to {@code to}. */
    static void applyGain(float[] l, float[] r, int off, int n, float from, float to) {
        if (from == 1f && to == 1f) {
            return;
        }
        if (from == to) { // the ramp with a step of 0, in a loop the JIT vectorizes
            for (int i = 0; i < n; i++) {
                l[off + i] *= to;
                r[off + i] *= to;
            }
            return;
        }
        float step = (to - from) / n;
        for (int i = 0; i < n; i++) {
            float g = from + step * (i + 1);
            l[off + i] *= g;
            r[off + i] *= g;
        }
    }
}
