package org.studiopaths.dsp;

import org.studiopaths.audio.AudioData;

/** Audio folded to one channel (the mean of its channels), for the analyses that look at one signal. */
public final class Mono {

    private Mono() {
    }

    public static float[] of(AudioData audio) {
        if (audio.channelCount() == 1) {
            return audio.channels()[0];
        }
        float[] m = new float[audio.frames()];
        for (float[] ch : audio.channels()) {
            for (int i = 0; i < m.length; i++) {
                m[i] += ch[i] / audio.channelCount();
            }
        }
        return m;
    }
}
