package org.studiopaths.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.studiopaths.engine.AudioOutput;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.engine.JavaSoundOutput;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.Player;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.engine.TimeStretcher;
import org.studiopaths.engine.WsolaStretcher;
import org.studiopaths.exercise.CheckServices;
import org.studiopaths.exercise.ExerciseCatalog;
import org.studiopaths.exercise.LibraryFacts;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.audio.importing.UserLibrary;
import org.studiopaths.files.Installation;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Comparison;
import org.studiopaths.journal.Journal;
import org.studiopaths.journal.Rating;
import org.studiopaths.ui.session.RecoveryStore;
import org.studiopaths.ui.session.WorkSessions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every screen shares for the life of the app: the folders, the sample library, the exercises and what
 * checks them, the engine, the journal, the status bar, and the sessions of work (autosaved in the data folder).
 * Screens record attempts and ratings through it so the home screen and the comparison stay current, and open
 * every piece of work through {@link #sessions()} so it is autosaved.
 */
public final class AppServices implements AutoCloseable {

    private final Installation installation;
    private final LiveEngine engine;
    private final Journal journal;
    private final StoreSampleSource samples;
    private final ExerciseCatalog exercises;
    private final CheckServices checkServices;
    private final StatusModel status = new StatusModel();
    private final WorkSessions sessions;
    private final ReadOnlyIntegerWrapper journalVersion = new ReadOnlyIntegerWrapper(this, "journalVersion");

    public AppServices(Installation installation, LiveEngine engine, Journal journal, StoreSampleSource samples,
                       ExerciseCatalog exercises, CheckServices checkServices) {
        this.installation = installation;
        this.engine = engine;
        this.journal = journal;
        this.samples = samples;
        this.exercises = exercises;
        this.checkServices = checkServices;
        engine.setProblemListener(message -> Platform.runLater(() -> status.say(message)));
        this.sessions = new WorkSessions(engine, new RecoveryStore(installation.data()),
                message -> Platform.runLater(() -> status.say(message)));
    }

    /** Builds everything for a run of the app, with playback through the sound card. */
    public static AppServices start(Installation installation) {
        return start(installation, new JavaSoundOutput());
    }

    /**
     * Builds everything for a run of the app: the sample library and store, the exercises, the engine playing
     * through {@code output}, and the journal. What cannot be read is said in the status bar and left out; the
     * app still starts.
     *
     * @throws UncheckedIOException when the journal's folder cannot be used at all
     */
    public static AppServices start(Installation installation, AudioOutput output) {
        List<String> problems = new ArrayList<>();
        StoreSampleSource samples = openSamples(installation, problems);
        TimeStretcher stretcher = new WsolaStretcher();
        LiveEngine engine = new LiveEngine(new PlanCompiler(samples, stretcher), output);
        return assemble(installation, engine, samples, stretcher, problems);
    }

    /**
     * Everything around an engine made elsewhere (screens tested on their own): the installation's samples,
     * exercises and journal.
     */
    public static AppServices around(Installation installation, LiveEngine engine) {
        List<String> problems = new ArrayList<>();
        return assemble(installation, engine, openSamples(installation, problems), new WsolaStretcher(), problems);
    }

    private static StoreSampleSource openSamples(Installation installation, List<String> problems) {
        SampleLibrary app;
        try {
            app = SampleLibrary.load(installation.samples().resolve(SampleLibrary.FILE_NAME));
        } catch (JsonFormatException e) {
            problems.add(e.getMessage() + " (the loop browser is empty until it is fixed)");
            app = SampleLibrary.empty();
        }
        SampleLibrary user;
        try {
            user = new UserLibrary(installation.userLibrary()).load();
        } catch (JsonFormatException e) {
            problems.add(e.getMessage() + " (your imported loops are hidden until it is fixed)");
            user = SampleLibrary.empty();
        }
        return new StoreSampleSource(new SampleStore(installation.samples(), installation.userLibrary()),
                SampleLibrary.withUserLibrary(app, user));
    }

    private static AppServices assemble(Installation installation, LiveEngine engine, StoreSampleSource samples,
                                        TimeStretcher stretcher, List<String> problems) {
        ExerciseCatalog exercises = ExerciseCatalog.load(installation.exercises());
        if (!exercises.problems().isEmpty()) {
            int n = exercises.problems().size();
            problems.add(exercises.problems().get(0) + (n > 1
                    ? " (that exercise and " + (n - 1) + " more are left out until they are fixed)"
                    : " (that exercise is left out until it is fixed)"));
        }
        Journal.Opened opened;
        try {
            opened = Journal.open(installation.data());
        } catch (IOException e) {
            throw new UncheckedIOException("The journal in " + installation.data() + " could not be opened: "
                    + e.getMessage(), e);
        }
        opened.warning().ifPresent(problems::add);
        AppServices services = new AppServices(installation, engine, opened.journal(), samples, exercises,
                new CheckServices(samples, stretcher,
                        path -> new LibraryFacts(samples.library()).facts(path))); // sees loops imported later
        if (!problems.isEmpty()) {
            services.status.say(String.join("; ", problems));
        }
        return services;
    }

    /**
     * Tries once, off the JavaFX thread, to open the audio output, so the status bar can say at start that
     * playback is off rather than when play is first pressed.
     */
    public void probeAudio(AudioOutput output) {
        Thread t = new Thread(() -> {
            String problem = null;
            try {
                output.open(44_100, Player.REQUESTED_BUFFER).close();
            } catch (AudioUnavailableException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = String.valueOf(e.getMessage());
            }
            String reason = problem;
            Platform.runLater(() -> status.setPlaybackProblem(reason));
        }, "studio-paths-audio-probe");
        t.setDaemon(true);
        t.start();
    }

    public Installation installation() {
        return installation;
    }

    /** The samples: audio by path (decoded once) and the library's facts. */
    public StoreSampleSource samples() {
        return samples;
    }

    /** The user's own loops (imported into {@code data/library/}); add to {@link #samples()} what is imported. */
    public UserLibrary userLibrary() {
        return new UserLibrary(installation.userLibrary());
    }

    public LiveEngine engine() {
        return engine;
    }

    /**
     * The loops and stems of the installation ({@code samples/library.json}) followed by the user's imported
     * loops (paths {@code user/...}); as it is now, imports included.
     */
    public SampleLibrary library() {
        return samples.library();
    }

    /** The exercises that could be read; {@link ExerciseCatalog#problems()} names the ones that could not. */
    public ExerciseCatalog exercises() {
        return exercises;
    }

    /** What {@code Checker} needs to render and score a project against an exercise. */
    public CheckServices checkServices() {
        return checkServices;
    }

    /** Opens every exercise and free session with its autosave, and hands restored work to its screen. */
    public WorkSessions sessions() {
        return sessions;
    }

    public Journal journal() {
        return journal;
    }

    public StatusModel status() {
        return status;
    }

    /** Goes up by one whenever the journal changes through these services; views listen to refresh. */
    public ReadOnlyIntegerProperty journalVersionProperty() {
        return journalVersion.getReadOnlyProperty();
    }

    /** The comparison of the journal as it stands. */
    public Comparison comparison() {
        return Comparison.of(journal.attempts());
    }

    /** Adds an attempt to the journal; false (and a status message) when it could not be written. */
    public boolean recordAttempt(Attempt attempt) {
        try {
            report(journal.record(attempt));
            return true;
        } catch (IOException e) {
            status.say("The attempt could not be saved in " + journal.file() + ": " + e.getMessage());
            return false;
        }
    }

    /** Attaches a rating to a recorded attempt; false (and a status message) when it could not be written. */
    public boolean rateAttempt(String attemptId, Rating rating) {
        try {
            report(journal.updateRating(attemptId, rating));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            status.say("The rating could not be saved: " + e.getMessage());
            return false;
        }
    }

    private void report(Optional<String> warning) {
        warning.ifPresent(status::say);
        journalVersion.set(journalVersion.get() + 1);
    }

    @Override
    public void close() {
        sessions.close();
        engine.close();
    }
}
