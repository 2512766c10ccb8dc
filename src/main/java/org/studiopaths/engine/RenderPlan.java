package org.studiopaths.engine;

import org.studiopaths.model.Project;

/**
 * A project compiled for rendering: everything in frames and linear gains, all audio decoded, stretched
 * and resampled. Built off the audio thread and published whole; never changed after that.
 *
 * @param project     the project it was compiled from
 * @param totalFrames the song's length: up to the end of its last clip
 */
public record RenderPlan(Project project, int sampleRate, long totalFrames, TrackPlan[] tracks, float masterGain) {

    public static RenderPlan silent(Project project, int sampleRate) {
        return new RenderPlan(project, sampleRate, 0, new TrackPlan[0], 1f);
    }
}
