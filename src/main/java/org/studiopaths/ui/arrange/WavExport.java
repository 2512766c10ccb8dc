package org.studiopaths.ui.arrange;

import javafx.concurrent.Task;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.engine.BlockRenderer;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.model.Project;

import java.nio.file.Path;

/**
 * Exports a project to a 16-bit stereo WAV on a worker thread through the one render path, block by block,
 * reporting progress; its message is the line to show when done.
 */
public final class WavExport extends Task<String> {

    private static final int BLOCK = 4096;

    private final PlanCompiler compiler;
    private final Project project;
    private final Path target;

    public WavExport(PlanCompiler compiler, Project project, Path target) {
        this.compiler = compiler;
        this.project = project;
        this.target = target;
    }

    @Override
    protected String call() throws Exception {
        updateMessage("Preparing the loops…");
        RenderPlan plan = compiler.compile(project);
        long total = plan.totalFrames();
        if (total == 0) {
            return "Nothing to export yet: the song has no clips.";
        }
        BlockRenderer renderer = new BlockRenderer(BLOCK);
        renderer.jumpTo(plan);
        long[] done = {0};
        float[] l = new float[BLOCK];
        float[] r = new float[BLOCK];
        updateMessage("Exporting " + target.getFileName() + "…");
        long clipped = WavWriter.write(target, total, AudioData.RENDER_RATE, 16, (left, right, frames) -> {
            for (int off = 0; off < frames; off += BLOCK) {
                int n = Math.min(BLOCK, frames - off);
                renderer.render(plan, done[0], l, r, n);
                System.arraycopy(l, 0, left, off, n);
                System.arraycopy(r, 0, right, off, n);
                done[0] += n;
            }
            updateProgress(done[0], total);
        });
        String seconds = String.format("%.1f s", total / (double) AudioData.RENDER_RATE);
        return "Exported " + target.getFileName() + " (" + seconds + ")"
                + (clipped > 0 ? "; " + clipped + " samples clipped: lower a fader and export again" : "");
    }
}
