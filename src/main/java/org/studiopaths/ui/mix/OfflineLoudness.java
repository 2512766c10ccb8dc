package org.studiopaths.ui.mix;

import org.studiopaths.audio.AudioData;
import org.studiopaths.dsp.LoudnessMeter;
import org.studiopaths.engine.OfflineRenderer;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.model.Project;

import java.util.OptionalDouble;

/** Integrated loudness of a project rendered through the one render path. */
public final class OfflineLoudness implements LoudnessMeasure {

    private final PlanCompiler compiler;

    public OfflineLoudness(PlanCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public OptionalDouble integratedLufs(Project project) throws RenderException {
        float[][] audio = OfflineRenderer.render(compiler.compile(project));
        LoudnessMeter meter = new LoudnessMeter(AudioData.RENDER_RATE, 2);
        meter.accept(audio[0], audio[1], audio[0].length);
        return meter.integratedLufs();
    }
}
