package org.studiopaths.engine;

import org.studiopaths.model.Eq;

/**
 * A track in frames and linear gains.
 *
 * @param gainLeft  fader × pan law for the left channel (0 when the track is not heard: muted or not soloed)
 * @param gainRight the same for the right channel
 * @param stereo    whether any clip is stereo (then mono clips feed both channels and the pan is a balance)
 */
public record TrackPlan(String name, float gainLeft, float gainRight, boolean stereo, Eq eq, ClipPlan[] clips) {
}
