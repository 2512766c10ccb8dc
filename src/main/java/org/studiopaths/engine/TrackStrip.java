package org.studiopaths.engine;

import org.studiopaths.audio.SampleFrames;
import org.studiopaths.dsp.TrackEq;

import java.util.Arrays;

/**
 * One track's state between blocks (its two EQ chains and the gains it last ended at) and the code that
 * renders one block of it: clips × clip gain summed → EQ → fader and pan, ramped from the last gains to the
 * plan's. {@link BlockRenderer} holds one per track; the parallel offline render gives each track its own,
 * so both compute every sample with the same operations in the same order.
 *
 * <p>Allocates only in its constructor. Not thread-safe: one thread renders a strip at a time.
 */
final class TrackStrip {

    private final TrackEq eqLeft = new TrackEq();
    private final TrackEq eqRight = new TrackEq();
    /** For samples read in place, which convert as they are added (see SampleFrames). */
    private final short[] scratch;
    private float currentLeft;
    private float currentRight;

    /** A strip for blocks of at most {@code maxBlock} frames. */
    TrackStrip(int maxBlock) {
        scratch = new short[2 * maxBlock];
    }

    /** Starts the next block at the track's gains with clean filters. */
    void jumpTo(TrackPlan track) {
        currentLeft = track.gainLeft();
        currentRight = track.gainRight();
        resetFilters();
    }

    void resetFilters() {
        eqLeft.reset();
        eqRight.reset();
    }

    /**
     * Renders frames [{@code start}, {@code start + n}) of the track into {@code left}/{@code right} at
     * [{@code off}, {@code off + n}), overwriting them. Returns false, leaving the buffers untouched, when the
     * track is not heard before or after this block.
     */
    boolean render(TrackPlan track, int sampleRate, long start, float[] left, float[] right, int off, int n) {
        float fromL = currentLeft;
        float fromR = currentRight;
        float toL = track.gainLeft();
        float toR = track.gainRight();
        currentLeft = toL;
        currentRight = toR;
        if (fromL == 0 && fromR == 0 && toL == 0 && toR == 0) {
            return false;
        }
        boolean stereo = track.stereo();
        Arrays.fill(left, off, off + n, 0f);
        if (stereo) {
            Arrays.fill(right, off, off + n, 0f);
        }
        for (ClipPlan clip : track.clips()) {
            mixClip(clip, start, left, right, off, n, stereo, scratch);
        }
        eqLeft.set(track.eq(), sampleRate);
        eqLeft.process(left, off, n);
        if (stereo) {
            eqRight.set(track.eq(), sampleRate);
            eqRight.process(right, off, n);
        }
        float[] srcR = stereo ? right : left;
        if (fromL == toL && fromR == toR) {
            // The gains hold (always, offline): the ramp below with a step of 0, in a loop the JIT vectorizes.
            for (int i = 0; i < n; i++) {
                float r = srcR[off + i] * toR;
                left[off + i] *= toL;
                right[off + i] = r;
            }
            return true;
        }
        float stepL = (toL - fromL) / n;
        float stepR = (toR - fromR) / n;
        for (int i = 0; i < n; i++) {
            float gl = fromL + stepL * (i + 1);
            float gr = fromR + stepR * (i + 1);
            float r = srcR[off + i] * gr;
            left[off + i] *= gl;
            right[off + i] = r;
        }
        return true;
    }

    /** Adds the clip's part of [start, start+n) to the track buffers. */
    private static void mixClip(ClipPlan clip, long start, float[] left, float[] right, int off, int n,
                                boolean stereoTrack, short[] scratch) {
        long from = Math.max(start, clip.startFrame());
        long to = Math.min(start + n, clip.endFrame());
        if (from >= to) {
            return;
        }
        SampleFrames audio = clip.audio();
        int len = audio.frames();
        if (len == 0) {
            return;
        }
        float g = clip.gain();
        int outIndex = off + (int) (from - start);
        int count = (int) (to - from);
        long pos = from - clip.startFrame() + clip.offsetFrame();
        if (clip.loop()) {
            int p = (int) (pos % len);
            while (count > 0) {
                int run = Math.min(count, len - p);
                add(audio, p, left, right, outIndex, run, g, stereoTrack, scratch);
                outIndex += run;
                count -= run;
                p = 0;
            }
        } else if (pos < len) {
            int run = (int) Math.min(count, len - pos);
            add(audio, (int) pos, left, right, outIndex, run, g, stereoTrack, scratch);
        }
    }

    private static void add(SampleFrames audio, int src, float[] left, float[] right, int dst, int run, float g,
                            boolean stereoTrack, short[] scratch) {
        audio.addTo(0, src, left, dst, run, g, scratch);
        if (stereoTrack) {
            audio.addTo(1, src, right, dst, run, g, scratch);
        }
    }
}
