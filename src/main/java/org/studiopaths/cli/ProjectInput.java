package org.studiopaths.cli;

import org.studiopaths.audio.SampleException;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.engine.WsolaStretcher;
import org.studiopaths.files.Installation;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectFiles;

import java.nio.file.Path;

/** Reading a project file given on the command line and compiling it, with every problem as one line. */
final class ProjectInput {

    private ProjectInput() {
    }

    static Project read(Path file) {
        try {
            return ProjectFiles.read(file);
        } catch (JsonFormatException e) {
            throw new UserError(e.getMessage());
        }
    }

    static StoreSampleSource samples(Installation inst) {
        try {
            return StoreSampleSource.open(inst.samples(), inst.userLibrary());
        } catch (JsonFormatException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Refuses a project whose samples cannot be found or escape their root, naming the file and the clip. */
    static void requireSamples(SampleStore store, Project project, Path file) {
        for (int t = 0; t < project.tracks().size(); t++) {
            Track track = project.tracks().get(t);
            for (int c = 0; c < track.clips().size(); c++) {
                Clip clip = track.clips().get(c);
                try {
                    store.resolve(clip.sample());
                } catch (SampleException e) {
                    throw new UserError(file + ": tracks[" + t + "].clips[" + c + "].sample: " + e.getMessage());
                }
            }
        }
    }

    /**
     * Reads, checks and compiles a project file against the installation's samples. {@code toPlay}: for the
     * audio thread, every sample decoded into memory; otherwise (a one-shot offline render) 16-bit samples are
     * read in place.
     */
    static RenderPlan compile(Installation inst, Path file, boolean toPlay) {
        Project project = read(file);
        StoreSampleSource samples = toPlay ? samples(inst) : samples(inst).readingInPlace();
        requireSamples(samples.store(), project, file);
        try {
            return new PlanCompiler(samples, new WsolaStretcher()).compile(project);
        } catch (RenderException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
    }
}
