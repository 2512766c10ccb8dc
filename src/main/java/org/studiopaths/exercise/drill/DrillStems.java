package org.studiopaths.exercise.drill;

import org.studiopaths.engine.RenderException;
import org.studiopaths.exercise.RenderedMix;
import org.studiopaths.exercise.mix.MixAnalysis;
import org.studiopaths.model.Project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stems of the songs the EQ drill plays, each measured in octave bands over the bars the drill loops (what
 * the learner hears), so {@link EqDrill} hides its changes only where a part has something to change.
 */
public final class DrillStems {

    /** Renders a song with its stems kept (exercise.CheckServices#render in the app). */
    public interface Renderer {
        RenderedMix render(Project song) throws RenderException;
    }

    private DrillStems() {
    }

    /**
     * Every track of every song (flat, as a free mix has them), measured over the song's first {@code loopBars}
     * bars. A song that cannot be rendered is left out; none at all is an error.
     *
     * @throws RenderException when no song could be rendered (the message names the first failure)
     */
    public static List<EqDrill.Stem> measure(List<Project> songs, double loopBars, Renderer renderer)
            throws RenderException {
        List<EqDrill.Stem> stems = new ArrayList<>();
        RenderException first = null;
        for (Project song : songs) {
            RenderedMix mix;
            try {
                mix = loopOf(renderer.render(song), song.secondsPerBar() * loopBars);
            } catch (RenderException e) {
                first = first == null ? e : first;
                continue;
            }
            double[][] bands = MixAnalysis.bandsDb(mix);
            for (int t = 0; t < bands.length; t++) {
                stems.add(new EqDrill.Stem(song.title(), mix.trackNames().get(t), bands[t]));
            }
        }
        if (stems.isEmpty()) {
            throw first != null ? first : new RenderException("no song has a stem to drill on");
        }
        return stems;
    }

    /** The mix cut to its first {@code seconds}. */
    static RenderedMix loopOf(RenderedMix mix, double seconds) {
        int frames = (int) Math.min(mix.master()[0].length, Math.round(seconds * mix.sampleRate()));
        float[][][] stems = new float[mix.stems().length][][];
        for (int t = 0; t < stems.length; t++) {
            stems[t] = cut(mix.stems()[t], frames);
        }
        return new RenderedMix(cut(mix.master(), frames), stems, mix.trackNames(), mix.sampleRate());
    }

    private static float[][] cut(float[][] channels, int frames) {
        float[][] out = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            out[c] = Arrays.copyOf(channels[c], frames);
        }
        return out;
    }
}
