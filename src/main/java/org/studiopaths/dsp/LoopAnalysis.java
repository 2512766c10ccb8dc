package org.studiopaths.dsp;

import org.studiopaths.audio.AudioData;

import java.util.List;

/**
 * What the import dialog suggests for a loop: the tempos that fit its length (best first) and a key.
 *
 * @param seconds the loop's length
 * @param tempos  whole-bar tempos between {@link TempoDetector#MIN_BPM} and {@link TempoDetector#MAX_BPM},
 *                best first; empty when none fits
 * @param key     the key suggested, or null for silence
 */
public record LoopAnalysis(double seconds, List<TempoDetector.Candidate> tempos, KeyDetector.Suggestion key) {

    public static LoopAnalysis of(AudioData audio, int beatsPerBar) {
        float[] mono = Mono.of(audio);
        return new LoopAnalysis(audio.seconds(), TempoDetector.candidates(mono, audio.sampleRate(), beatsPerBar),
                KeyDetector.suggest(mono, audio.sampleRate()));
    }

    /** The tempo at which the loop lasts {@code bars} bars, snapped as {@link TempoDetector} does. */
    public static double tempoFor(double bars, int beatsPerBar, double seconds, int frames) {
        return TempoDetector.snap(bars * beatsPerBar * 60.0 / seconds, frames);
    }
}
