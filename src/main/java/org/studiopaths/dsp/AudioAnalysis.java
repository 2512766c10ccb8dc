package org.studiopaths.dsp;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

/** Measures a whole piece of audio for {@code analyze}: levels, loudness, true peak and octave bands. */
public final class AudioAnalysis {

    private AudioAnalysis() {
    }

    /**
     * @param channels one array per channel, mono or stereo, all the same length, ±1.0 full scale
     * @throws IllegalArgumentException for no channels, more than two, unequal lengths or a bad rate
     */
    public static Analysis analyze(float[][] channels, int sampleRate) {
        if (channels.length != 1 && channels.length != 2) {
            throw new IllegalArgumentException("can analyse mono or stereo audio, not " + channels.length + " channels");
        }
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate);
        }
        float[] left = channels[0];
        float[] right = channels[channels.length - 1];
        if (left.length != right.length) {
            throw new IllegalArgumentException("channels differ in length: " + left.length + " and " + right.length);
        }
        int frames = left.length;

        double peak = 0;
        double sumOfSquares = 0;
        for (float[] channel : channels) {
            for (float v : channel) {
                double a = Math.abs(v);
                if (a > peak) {
                    peak = a;
                }
                sumOfSquares += v * (double) v;
            }
        }
        double meanSquare = frames == 0 ? 0 : sumOfSquares / ((double) frames * channels.length);

        // True peak costs the most; it runs on a second core while the rest is measured here.
        CompletableFuture<Double> truePeak = CompletableFuture.supplyAsync(() -> {
            TruePeakMeter meter = new TruePeakMeter(channels.length);
            meter.accept(left, right, frames);
            return meter.truePeakDbtp();
        });
        LoudnessMeter loudness = new LoudnessMeter(sampleRate, channels.length);
        loudness.accept(left, right, frames);
        OptionalDouble integrated = loudness.integratedLufs();

        double[] bandDb = OctaveBands.levelsDb(channels, sampleRate);
        List<Analysis.Band> bands = new ArrayList<>(OctaveBands.COUNT);
        for (int b = 0; b < OctaveBands.COUNT; b++) {
            bands.add(new Analysis.Band(OctaveBands.centreHz(b), bandDb[b]));
        }

        return new Analysis(frames / (double) sampleRate, sampleRate, channels.length,
                MeterScale.amplitudeDb(peak), truePeak.join(), MeterScale.powerDb(meanSquare),
                integrated.isPresent() ? integrated.getAsDouble() : null, loudness.loudnessRangeLu(), bands);
    }
}
