package org.studiopaths.ui.arrange;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.WavReader;
import org.studiopaths.files.Installation;
import org.studiopaths.journal.Journal;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Rating;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the arrange screen needs beyond {@link org.studiopaths.ui.AppServices}: the seams to the sample library,
 * the exercises, the rating dialog and the journal, so tests and the shell can each supply their own.
 *
 * @param loops     the loop browser's content
 * @param audio     a sample path's audio, for drawing waveforms (may throw for a missing file)
 * @param exercises the production exercises, in the order they are offered
 * @param rating    asks the learner how it went (empty when they skip it); runs on the JavaFX thread
 * @param journal   records an attempt
 */
public record ArrangeEnvironment(LoopCatalog loops, AudioLoader audio, Supplier<List<ArrangeExercise>> exercises,
                                 RatingPrompt rating, AttemptSink journal) {

    /**
     * What the app uses until the shell wires the sample library and the exercise catalogue: loops found in
     * the samples folder, no exercises (free play), no rating dialog, the journal in the data folder.
     */
    public static ArrangeEnvironment defaults(Installation installation) {
        AudioLoader audio = path -> WavReader.read(path.startsWith("user/")
                ? installation.userLibrary().resolve(path.substring(5))
                : installation.samples().resolve(path));
        return new ArrangeEnvironment(new FolderLoopCatalog(installation.samples()), audio, List::of,
                title -> Optional.empty(), attempt -> Journal.open(installation.data()).journal().record(attempt));
    }

    @FunctionalInterface
    public interface AudioLoader {
        AudioData load(String samplePath) throws Exception;
    }

    @FunctionalInterface
    public interface RatingPrompt {
        Optional<Rating> ask(String exerciseTitle);
    }

    @FunctionalInterface
    public interface AttemptSink {
        void record(Attempt attempt) throws Exception;
    }
}
