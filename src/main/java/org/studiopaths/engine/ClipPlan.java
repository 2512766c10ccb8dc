package org.studiopaths.engine;

import org.studiopaths.audio.SampleFrames;

/**
 * A clip in frames. {@code audio} is at the render rate and already at the project's tempo.
 *
 * @param startFrame  first frame of the song where the clip sounds
 * @param endFrame    first frame after the clip
 * @param offsetFrame where in the audio the clip begins
 */
public record ClipPlan(SampleFrames audio, long startFrame, long endFrame, long offsetFrame, float gain,
                       boolean loop) {

    public int sampleFrames() {
        return audio.frames();
    }

    public boolean stereo() {
        return audio.channels() > 1;
    }
}
