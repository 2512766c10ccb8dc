package org.studiopaths.ui.mix;

import org.studiopaths.audio.AudioData;

/**
 * A stereo level meter's state as a console shows it: a peak bar that falls back at 20 dB/s, an RMS bar over
 * about 300 ms, a peak-hold line kept 1.5 s, and a clip light that stays lit (at 0 dBFS or over) until
 * clicked. Fed once per frame with what the {@link org.studiopaths.engine.MeterBank} measured; plain numbers,
 * so the view draws it without listeners.
 */
public final class LevelMeterModel {

    public static final double FLOOR_DB = -60;
    static final double FALL_DB_PER_S = 20;
    static final double HOLD_S = 1.5;
    static final double RMS_SECONDS = 0.3;

    private final double[] peakDb = {FLOOR_DB, FLOOR_DB};
    private final double[] holdDb = {FLOOR_DB, FLOOR_DB};
    private final long[] holdSince = new long[2];
    private final double[] meanSquare = new double[2];
    private boolean clipped;
    private long lastNanos = -1;

    /**
     * One update per channel and frame: {@code level} is (peak, sum of squares, frames) since the last update,
     * {@code nanos} the frame's time.
     */
    public void update(int channel, double[] level, long nanos) {
        double elapsed = lastNanos < 0 ? 0 : Math.max(0, (nanos - lastNanos) / 1e9);
        double peak = level[0];
        double blockDb = peak > 0 ? Math.max(FLOOR_DB, 20 * Math.log10(peak)) : FLOOR_DB;
        double fallen = Math.max(FLOOR_DB, peakDb[channel] - FALL_DB_PER_S * elapsed);
        peakDb[channel] = Math.max(blockDb, fallen);
        if (blockDb >= holdDb[channel] || (nanos - holdSince[channel]) / 1e9 > HOLD_S) {
            holdDb[channel] = blockDb;
            holdSince[channel] = nanos;
        }
        if (peak >= 1.0) {
            clipped = true;
        }
        double frames = level[2];
        double silentFrames = Math.max(0, elapsed * AudioData.RENDER_RATE - frames);
        // an exponential average whose weight is the audio that passed (silence when nothing came)
        double total = frames + (frames > 0 ? 0 : silentFrames);
        if (total > 0) {
            double a = 1 - Math.exp(-total / (RMS_SECONDS * AudioData.RENDER_RATE));
            double block = frames > 0 ? level[1] / frames : 0;
            meanSquare[channel] += a * (block - meanSquare[channel]);
        }
        if (channel == 1) {
            lastNanos = nanos;
        }
    }

    public double peakDb(int channel) { return peakDb[channel]; }
    public double holdDb(int channel) { return holdDb[channel]; }

    public double rmsDb(int channel) {
        double ms = meanSquare[channel];
        return ms > 0 ? Math.max(FLOOR_DB, 10 * Math.log10(ms)) : FLOOR_DB;
    }

    /** The louder channel's held peak, for the number under the meter. */
    public double maxHoldDb() {
        return Math.max(holdDb[0], holdDb[1]);
    }

    public boolean clipped() { return clipped; }

    public void resetClip() {
        clipped = false;
    }
}
