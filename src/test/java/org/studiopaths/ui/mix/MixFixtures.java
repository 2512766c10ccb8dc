package org.studiopaths.ui.mix;

import org.studiopaths.audio.AudioData;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

/** Two sine stems in memory, a project of them, and an engine with no sound card. */
final class MixFixtures {

    private MixFixtures() {
    }

    static float[] sine(double hz, double amplitude, int frames) {
        float[] x = new float[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / AudioData.RENDER_RATE));
        }
        return x;
    }

    static LoadedSample load(String path) throws RenderException {
        float[] x = switch (path) {
            case "bass.wav" -> sine(110, 0.3, AudioData.RENDER_RATE * 4);
            case "keys.wav" -> sine(880, 0.2, AudioData.RENDER_RATE * 4);
            default -> throw new RenderException(path + ": no such sample");
        };
        return new LoadedSample(new AudioData(new float[][] {x}, AudioData.RENDER_RATE), Double.NaN);
    }

    static LiveEngine engine() {
        PlanCompiler compiler = new PlanCompiler(MixFixtures::load, (mono, rate, target) -> mono);
        return new LiveEngine(compiler, (rate, frames) -> {
            throw new AudioUnavailableException("no sound card in tests");
        });
    }

    /** Two bars at 120 bpm (4 s): bass and keys. */
    static Project song() {
        return Project.empty("Test song", 120)
                .addTrack(Track.named("Bass").addClip(Clip.of("bass.wav", 1, 2).withLoop(false)))
                .addTrack(Track.named("Keys").addClip(Clip.of("keys.wav", 1, 2).withLoop(false)));
    }
}
