package org.studiopaths.engine;

import org.studiopaths.dsp.TrackEq;
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
    private final TrackEq[] eqLeft = new TrackEq[Project.MAX_TRACKS];
    private final TrackEq[] eqRight = new TrackEq[Project.MAX_TRACKS];
    private final float[] currentLeft = new float[Project.MAX_TRACKS];
    private final float[] currentRight = new float[Project.MAX_TRACKS];
    private float currentMaster = 1f;
    private TrackTap tap;

    public BlockRenderer(int maxBlock) {
        this.maxBlock = maxBlock;
        trackLeft = new float[maxBlock];
        trackRight = new float[maxBlock];
        for (int t = 0; t < Project.MAX_TRACKS; t++) {
            eqLeft[t] = new TrackEq();
            eqRight[t] = new TrackEq();
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
            currentLeft[t] = plan.tracks()[t].gainLeft();
            currentRight[t] = plan.tracks()[t].gainRight();
            eqLeft[t].reset();
            eqRight[t].reset();
        }
        currentMaster = plan.masterGain();
    }

    /** Clears filter memory (after a seek, so no old tail rings into the new place). */
    public void resetFilters() {
        for (int t = 0; t < Project.MAX_TRACKS; t++) {
            eqLeft[t].reset();
            eqRight[t].reset();
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
            renderTrack(plan, t, tracks[t], startFrame, outLeft, outRight, n);
        }
        float master = plan.masterGain();
        applyGain(outLeft, outRight, n, currentMaster, master);
        currentMaster = master;
    }

    private void renderTrack(RenderPlan plan, int t, TrackPlan track, long start, float[] outL, float[] outR, int n) {
        float fromL = currentLeft[t];
        float fromR = currentRight[t];
        float toL = track.gainLeft();
        float toR = track.gainRight();
        currentLeft[t] = toL;
        currentRight[t] = toR;
        if (fromL == 0 && fromR == 0 && toL == 0 && toR == 0) {
            return; // not heard before or after this block
        }
        boolean stereo = track.stereo();
        Arrays.fill(trackLeft, 0, n, 0f);
        if (stereo) {
            Arrays.fill(trackRight, 0, n, 0f);
        }
        for (ClipPlan clip : track.clips()) {
            mixClip(clip, start, n, stereo);
        }
        eqLeft[t].set(track.eq(), plan.sampleRate());
        eqLeft[t].process(trackLeft, n);
        if (stereo) {
            eqRight[t].set(track.eq(), plan.sampleRate());
            eqRight[t].process(trackRight, n);
        }
        float[] srcR = stereo ? trackRight : trackLeft;
        float stepL = (toL - fromL) / n;
        float stepR = (toR - fromR) / n;
        for (int i = 0; i < n; i++) {
            float gl = fromL + stepL * (i + 1);
            float gr = fromR + stepR * (i + 1);
            float r = srcR[i] * gr;
            trackLeft[i] *= gl;
            trackRight[i] = r;
        }
        if (tap != null) {
            tap.trackBlock(t, trackLeft, trackRight, n);
        }
        for (int i = 0; i < n; i++) {
            outL[i] += trackLeft[i];
            outR[i] += trackRight[i];
        }
    }

    /** Adds the clip's part of [start, start+n) to the track buffers. */
    private void mixClip(ClipPlan clip, long start, int n, boolean stereoTrack) {
        long from = Math.max(start, clip.startFrame());
        long to = Math.min(start + n, clip.endFrame());
        if (from >= to) {
            return;
        }
        float[][] audio = clip.audio();
        float[] srcL = audio[0];
        float[] srcR = audio.length > 1 ? audio[1] : audio[0];
        int len = srcL.length;
        if (len == 0) {
            return;
        }
        float g = clip.gain();
        int outIndex = (int) (from - start);
        int count = (int) (to - from);
        long pos = from - clip.startFrame() + clip.offsetFrame();
        if (clip.loop()) {
            int p = (int) (pos % len);
            while (count > 0) {
                int run = Math.min(count, len - p);
                add(srcL, srcR, p, outIndex, run, g, stereoTrack);
                outIndex += run;
                count -= run;
                p = 0;
            }
        } else if (pos < len) {
            int run = (int) Math.min(count, len - pos);
            add(srcL, srcR, (int) pos, outIndex, run, g, stereoTrack);
        }
    }

    private void add(float[] srcL, float[] srcR, int src, int dst, int run, float g, boolean stereoTrack) {
        for (int i = 0; i < run; i++) {
            trackLeft[dst + i] += srcL[src + i] * g;
        }
        if (stereoTrack) {
            for (int i = 0; i < run; i++) {
                trackRight[dst + i] += srcR[src + i] * g;
            }
        }
    }

    private static void applyGain(float[] l, float[] r, int n, float from, float to) {
        if (from == 1f && to == 1f) {
            return;
        }
        float step = (to - from) / n;
        for (int i = 0; i < n; i++) {
            float g = from + step * (i + 1);
            l[i] *= g;
            r[i] *= g;
        }
    }
}
