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
import org.studiopaths.engine.SampleSource;
import org.studiopaths.engine.TimeStretcher;
import org.studiopaths.files.Installation;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Comparison;
import org.studiopaths.journal.Journal;
import org.studiopaths.journal.Rating;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What every screen shares for the life of the app: the folders, the engine, the journal and the status bar.
 * Screens record attempts and ratings through it so the home screen and the comparison stay current.
 */
public final class AppServices implements AutoCloseable {

    private final Installation installation;
    private final LiveEngine engine;
    private final Journal journal;
    private final StatusModel status = new StatusModel();
    private final ReadOnlyIntegerWrapper journalVersion = new ReadOnlyIntegerWrapper(this, "journalVersion");

    public AppServices(Installation installation, LiveEngine engine, Journal journal) {
        this.installation = installation;
        this.engine = engine;
        this.journal = journal;
        engine.setProblemListener(message -> Platform.runLater(() -> status.say(message)));
    }

    /**
     * Builds everything for a run of the app with playback through the sound card. Without a sample source the
     * app works but refuses to play projects, saying so in one line.
     */
    public static AppServices start(Installation installation) {
        return start(installation, new MissingSampleLibrary(), null, new JavaSoundOutput());
    }

    /**
     * As {@link #start(Installation)} with the given sample source and time-stretcher (null: samples play at
     * their own speed, which only a source that declares tempos would change) and audio output.
     */
    public static AppServices start(Installation installation, SampleSource samples, TimeStretcher stretcher,
                                    AudioOutput output) {
        TimeStretcher stretch = stretcher != null ? stretcher : AppServices::unstretched;
        LiveEngine engine = new LiveEngine(new PlanCompiler(samples, stretch), output);
        Journal.Opened opened;
        try {
            opened = Journal.open(installation.data());
        } catch (IOException e) {
            engine.close();
            throw new UncheckedIOException("The journal in " + installation.data() + " could not be opened: "
                    + e.getMessage(), e);
        }
        AppServices services = new AppServices(installation, engine, opened.journal());
        opened.warning().ifPresent(services.status::say);
        return services;
    }

    /** Keeps the sample's own speed, padded or cut to the length asked for. */
    private static float[] unstretched(float[] mono, int sampleRate, int targetFrames) {
        return java.util.Arrays.copyOf(mono, targetFrames);
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

    public LiveEngine engine() {
        return engine;
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
        engine.close();
    }
}
