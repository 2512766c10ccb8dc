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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** What the exercise commands share: finding an exercise by id and the samples a check needs. */
final class ExerciseSupport {

    private ExerciseSupport() {
    }

    static Exercise find(Installation inst, String id) {
        // An exercise's folder is named after its id, so only that folder is read (not the whole catalogue,
        // which a check would otherwise spend a fifth of its time on); the catalogue explains a miss.
        Path folder = inst.exercises().resolve(id);
        boolean plainName = id.matches("[A-Za-z0-9][A-Za-z0-9._-]*"); // never a path out of the folder
        if (plainName && Files.isRegularFile(folder.resolve(ExerciseCatalog.EXERCISE_FILE))) {
            try {
                return ExerciseCatalog.loadOne(folder);
            } catch (JsonFormatException e) {
                throw new UserError(e.getMessage());
            }
        }
        ExerciseCatalog catalog = ExerciseCatalog.load(inst.exercises());
        return catalog.find(id).orElseThrow(() -> {
            String known = catalog.exercises().stream().map(Exercise::id).collect(Collectors.joining(", "));
            String broken = catalog.problems().stream().filter(p -> p.startsWith(folder.toString())).findFirst()
                    .orElse(null);
            if (broken != null) {
                return new UserError(broken);
            }
            return new UserError("no exercise \"" + id + "\" in " + inst.exercises() + "; known: "
                    + (known.isEmpty() ? "none" : known) + " (see the exercises command)");
        });
    }

    static CheckServices services(StoreSampleSource samples) {
        return new CheckServices(samples, new WsolaStretcher(), new LibraryFacts(samples.library()));
    }
}
