package org.studiopaths.ui.arrange;

import javafx.scene.Node;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.LibraryEntry;
import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Attempt;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.compare.RatingDialog;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the arrange screen needs beyond {@link AppServices}, as seams so tests can supply their own: the loops,
 * their audio (for waveforms), the production exercises, the journal and the rating prompt.
 *
 * @param loops     the loop browser's content
 * @param audio     a sample path's audio, for drawing waveforms (may throw for a missing file)
 * @param exercises the production exercises, in the order they are offered
 * @param journal   records an attempt
 * @param rating    asks the learner how the recorded attempt went and stores the answer; never blocks
 * @param importer  keeps a loop the user imports (drops on the loop browser or picks with "Import loop…")
 */
public record ArrangeEnvironment(LoopCatalog loops, AudioLoader audio, Supplier<List<ArrangeExercise>> exercises,
                                 AttemptSink journal, RatingPrompt rating, LoopImporter importer) {

    /** An environment whose imports are refused with a message (screens tested without a user library). */
    public ArrangeEnvironment(LoopCatalog loops, AudioLoader audio, Supplier<List<ArrangeExercise>> exercises,
                              AttemptSink journal, RatingPrompt rating) {
        this(loops, audio, exercises, journal, rating, (wav, facts) -> {
            throw new IllegalStateException("importing loops is not available here");
        });
    }

    /** The app's environment: the sample library, the exercise catalogue, the journal and the rating dialog. */
    public static ArrangeEnvironment of(AppServices services) {
        List<ArrangeExercise> exercises = services.exercises().of(Side.PRODUCTION).stream()
                .map(e -> (ArrangeExercise) new CatalogExercise(e, services.checkServices()))
                .toList();
        return new ArrangeEnvironment(new LibraryLoops(services::library), path -> services.samples().store().load(path), () -> exercises,
                attempt -> {
                    if (!services.recordAttempt(attempt)) {
                        throw new IllegalStateException("the journal could not be written (see the status bar)");
                    }
                },
                (owner, attempt) -> RatingDialog.rateAttempt(owner, services, attempt, () -> { }),
                (wav, facts) -> {
                    LibraryEntry entry = services.userLibrary().add(wav, facts);
                    services.samples().add(entry); // the engine stretches it by its tempo from now on
                    return loopInfo(entry);
                });
    }

    static LoopInfo loopInfo(LibraryEntry e) {
        return new LoopInfo(e.path(), e.name(), e.category(), e.kit(), e.tempo(), e.key(),
                e.bars() == null ? Double.NaN : e.bars());
    }

    @FunctionalInterface
    public interface AudioLoader {
        AudioData load(String samplePath) throws Exception;
    }

    @FunctionalInterface
    public interface RatingPrompt {
        /** Asks about an attempt already in the journal; the answer is stored by the prompt itself. */
        void ask(Node owner, Attempt recorded);
    }

    @FunctionalInterface
    public interface AttemptSink {
        void record(Attempt attempt) throws Exception;
    }
}
