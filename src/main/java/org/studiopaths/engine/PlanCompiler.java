package org.studiopaths.engine;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.FloatFrames;
import org.studiopaths.audio.SampleFrames;
import org.studiopaths.dsp.Decibels;
import org.studiopaths.dsp.PanLaw;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles a {@link Project} into a {@link RenderPlan}: bars become frames (rounded once, see
 * {@link Timeline}), dB become linear gains, mute and solo become zero gains, and samples whose declared
 * tempo differs from the project's are time-stretched to it (cached, so a fader move recompiles in
 * microseconds). Runs off the audio thread.
 */
public final class PlanCompiler {

    private final SampleSource samples;
    private final TimeStretcher stretcher;
    private final Map<String, SampleFrames> stretched = new ConcurrentHashMap<>();

    public PlanCompiler(SampleSource samples, TimeStretcher stretcher) {
        this.samples = samples;
        this.stretcher = stretcher;
    }

    public RenderPlan compile(Project project) throws RenderException {
        Map<String, LoadedSample> loaded = loadAll(project);
        int rate = AudioData.RENDER_RATE;
        TrackPlan[] tracks = new TrackPlan[project.tracks().size()];
        long total = 0;
        for (int t = 0; t < tracks.length; t++) {
            Track track = project.tracks().get(t);
            ClipPlan[] clips = new ClipPlan[track.clips().size()];
            boolean stereo = false;
            for (int c = 0; c < clips.length; c++) {
                clips[c] = clip(project, track.clips().get(c), loaded.get(track.clips().get(c).sample()));
                stereo |= clips[c].stereo();
                total = Math.max(total, clips[c].endFrame());
            }
            double gain = project.isAudible(t) ? Decibels.toGain(track.gainDb()) : 0;
            double left = stereo ? PanLaw.stereoLeft(track.pan()) : PanLaw.monoLeft(track.pan());
            double right = stereo ? PanLaw.stereoRight(track.pan()) : PanLaw.monoRight(track.pan());
            tracks[t] = new TrackPlan(track.name(), (float) (gain * left), (float) (gain * right), stereo,
                    track.eq(), clips);
        }
        return new RenderPlan(project, rate, total, tracks, (float) Decibels.toGain(project.master().gainDb()));
    }

    /**
     * Loads every sample the project names, the distinct ones in parallel (decoding a song's stems is most of a
     * cold compile), and reports the first problem in the project's order.
     */
    private Map<String, LoadedSample> loadAll(Project project) throws RenderException {
        List<String> paths = project.tracks().stream().flatMap(t -> t.clips().stream()).map(Clip::sample)
                .distinct().toList();
        List<Object> results = paths.parallelStream().map(path -> {
            try {
                return (Object) samples.load(path);
            } catch (RenderException e) {
                return e;
            }
        }).toList();
        Map<String, LoadedSample> loaded = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            if (results.get(i) instanceof RenderException e) {
                throw e;
            }
            loaded.put(paths.get(i), (LoadedSample) results.get(i));
        }
        return loaded;
    }

    private ClipPlan clip(Project p, Clip clip, LoadedSample sample) {
        SampleFrames audio = sample.audio();
        if (sample.hasTempo() && sample.tempo() != p.tempo()) {
            audio = stretchedAudio(clip.sample(), audio, sample.tempo() / p.tempo());
        }
        long start = Timeline.frameOfBar(p, clip.startBar());
        long end = Timeline.frameOfBar(p, clip.endBar());
        long offset = Timeline.frames(clip.offsetBars(), p.tempo(), p.beatsPerBar());
        return new ClipPlan(audio, start, end, offset, (float) Decibels.toGain(clip.gainDb()), clip.loop());
    }

    private SampleFrames stretchedAudio(String path, SampleFrames audio, double ratio) {
        int target = (int) Math.round(audio.frames() * ratio);
        return stretched.computeIfAbsent(path + "@" + target, k -> {
            float[][] in = audio.toFloats();
            float[][] out = new float[in.length][];
            for (int ch = 0; ch < in.length; ch++) {
                out[ch] = stretcher.stretch(in[ch], AudioData.RENDER_RATE, target);
            }
            return new FloatFrames(out);
        });
    }
}
