package org.studiopaths.cli;

import org.studiopaths.audio.SampleException;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.engine.WsolaStretcher;
import org.studiopaths.exercise.CheckServices;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.exercise.ExerciseCatalog;
import org.studiopaths.exercise.LibraryFacts;
import org.studiopaths.files.Installation;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.model.json.JsonFormatException;

import java.nio.file.Path;
import java.util.stream.Collectors;

/** What the exercise commands share: finding an exercise by id and the samples a check needs. */
final class ExerciseSupport {

    private ExerciseSupport() {
    }

    static Exercise find(Installation inst, String id) {
        ExerciseCatalog catalog = ExerciseCatalog.load(inst.exercises());
        return catalog.find(id).orElseThrow(() -> {
            String known = catalog.exercises().stream().map(Exercise::id).collect(Collectors.joining(", "));
            String folder = inst.exercises().resolve(id).toString();
            String broken = catalog.problems().stream().filter(p -> p.startsWith(folder)).findFirst().orElse(null);
            if (broken != null) {
                return new UserError(broken);
            }
            return new UserError("no exercise \"" + id + "\" in " + inst.exercises() + "; known: "
                    + (known.isEmpty() ? "none" : known) + " (see the exercises command)");
        });
    }

    static CheckServices services(Installation inst) {
        SampleLibrary library;
        try {
            library = SampleLibrary.load(inst.samples().resolve(SampleLibrary.FILE_NAME));
        } catch (JsonFormatException e) {
            throw new UserError(e.getMessage());
        }
        SampleStore store = new SampleStore(inst.samples(), inst.userLibrary());
        return new CheckServices(new StoreSampleSource(store, library), new WsolaStretcher(), new LibraryFacts(library));
    }

    /** Refuses a project whose samples cannot be found, naming the file and the clip. */
    static void requireSamples(Installation inst, Project project, Path file) {
        SampleStore store = new SampleStore(inst.samples(), inst.userLibrary());
        for (int t = 0; t < project.tracks().size(); t++) {
            Track track = project.tracks().get(t);
            for (int c = 0; c < track.clips().size(); c++) {
                Clip clip = track.clips().get(c);
                try {
                    store.resolve(clip.sample());
                } catch (SampleException e) {
                    throw new UserError(file + ": tracks[" + t + "].clips[" + c + "]: " + e.getMessage());
                }
            }
        }
    }
}
