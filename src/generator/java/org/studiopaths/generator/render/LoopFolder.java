package org.studiopaths.generator.render;

/**
 * Makes a rendered loop seamless: whatever rings past the loop's end (release tails, reverb) is added back
 * onto its start, as it would sound when the loop plays again, so the wrap neither clicks nor cuts notes off.
 */
public final class LoopFolder {

    private LoopFolder() {
    }

    public static float[] fold(float[] rendered, int loopFrames) {
        float[] loop = new float[loopFrames];
        for (int i = 0; i < rendered.length; i++) {
            loop[i % loopFrames] += rendered[i];
        }
        return loop;
    }
}
