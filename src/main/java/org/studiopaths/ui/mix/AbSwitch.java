package org.studiopaths.ui.mix;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studiopaths.engine.RenderException;
import org.studiopaths.model.Master;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.ui.session.ProjectSession;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;

/**
 * A/B between the learner's mix (A) and the reference solution (B), loudness-matched so that louder never
 * wins: both mixes' integrated loudness is measured offline (the reference once, the learner's mix again only
 * when it changed) and B is played with the difference applied on its master. B follows A's mute and solo, so
 * a soloed stem is compared with the same stem. Changing anything else switches back to A: that is the mix
 * being worked on.
 */
public final class AbSwitch {

    /** How {@link #statusProperty()} begins when the reference cannot be rendered. */
    public static final String CANNOT_PLAY = "The reference cannot be played: ";

    /** How far the reference's master may be raised to match (the format allows +12). */
    static final double MAX_MASTER_DB = 12;

    private final ProjectSession session;
    private final LoudnessMeasure measure;
    private final Executor worker;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper hearingB = new ReadOnlyBooleanWrapper(this, "hearingB");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Project> heard = new ReadOnlyObjectWrapper<>(this, "heard");

    private Project reference;
    private OptionalDouble referenceLufs;
    private Project measuredLearner;
    private OptionalDouble learnerLufs;
    private double matchDb;

    /**
     * @param worker runs the offline measurements
     * @param fx     runs their results on the JavaFX thread
     */
    public AbSwitch(ProjectSession session, LoudnessMeasure measure, Executor worker, Executor fx) {
        this.session = session;
        this.measure = measure;
        this.worker = worker;
        this.fx = fx;
        heard.set(session.project());
        session.projectProperty().addListener((obs, before, now) -> projectChanged(before, now));
    }

    public ReadOnlyBooleanProperty hearingBProperty() { return hearingB.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** What the switch says: "B: reference, played 6.0 dB quieter to match your mix". */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The project the engine was last given by the switch (A: the session's own). */
    public ReadOnlyObjectProperty<Project> heardProperty() { return heard.getReadOnlyProperty(); }

    public boolean available() {
        return reference != null;
    }

    /** The reference solution (null: no B). Switches back to A. */
    public void setReference(Project ref) {
        hearA();
        reference = ref;
        referenceLufs = null;
    }

    /** The gain the reference is played with relative to its own master, in dB. */
    public double matchDb() {
        return matchDb;
    }

    public void toggle() {
        if (hearingB.get()) {
            hearA();
        } else {
            hearB();
        }
    }

    public void hearA() {
        if (hearingB.get()) {
            hearingB.set(false);
            publish(session.project());
            status.set("A: your mix");
        }
    }

    /** Measures what it must (off the JavaFX thread), then plays the matched reference. */
    public void hearB() {
        if (reference == null || busy.get()) {
            return;
        }
        Project learner = session.project();
        Project learnerLevels = withoutSoloOrMute(learner);
        if (referenceLufs != null && learnerLevels.equals(measuredLearner)) {
            switchToB(); // a solo or mute alone does not change the loudness measured
            return;
        }
        busy.set(true);
        status.set("Matching loudness…");
        Project ref = reference;
        OptionalDouble knownRef = referenceLufs;
        worker.execute(() -> {
            try {
                OptionalDouble r = knownRef != null ? knownRef : measure.integratedLufs(withoutSoloOrMute(ref));
                OptionalDouble l = measure.integratedLufs(learnerLevels);
                fx.execute(() -> measured(ref, r, learnerLevels, l));
            } catch (RenderException | RuntimeException e) {
                fx.execute(() -> {
                    busy.set(false);
                    status.set(CANNOT_PLAY + e.getMessage());
                });
            }
        });
    }

    private void measured(Project ref, OptionalDouble refLufs, Project learner, OptionalDouble learnLufs) {
        busy.set(false);
        if (ref != reference) {
            return; // the exercise changed meanwhile
        }
        referenceLufs = refLufs;
        measuredLearner = learner;
        learnerLufs = learnLufs;
        matchDb = refLufs.isPresent() && learnLufs.isPresent()
                ? Math.min(MAX_MASTER_DB - ref.master().gainDb(), learnLufs.getAsDouble() - refLufs.getAsDouble())
                : 0;
        switchToB();
    }

    private void switchToB() {
        hearingB.set(true);
        publish(matchedReference(session.project()));
        double d = FaderScale.round(matchDb);
        status.set(d == 0 ? "B: reference, as loud as your mix"
                : String.format(java.util.Locale.ROOT, "B: reference, played %.1f dB %s to match your mix",
                Math.abs(d), d < 0 ? "quieter" : "louder"));
    }

    /** The reference at the matched level, with the learner's mute and solo where the tracks correspond. */
    Project matchedReference(Project learner) {
        List<Track> tracks = new ArrayList<>(reference.tracks());
        for (int i = 0; i < tracks.size() && i < learner.tracks().size(); i++) {
            Track mine = learner.tracks().get(i);
            tracks.set(i, tracks.get(i).withMute(mine.mute()).withSolo(mine.solo()));
        }
        return reference.withTracks(tracks).withMaster(new Master(reference.master().gainDb() + matchDb));
    }

    private static Project withoutSoloOrMute(Project p) {
        List<Track> tracks = new ArrayList<>();
        for (Track t : p.tracks()) {
            tracks.add(t.withMute(false).withSolo(false));
        }
        return p.withTracks(tracks);
    }

    private void projectChanged(Project before, Project now) {
        if (!hearingB.get()) {
            heard.set(now);
            return;
        }
        if (withoutSoloOrMute(before).equals(withoutSoloOrMute(now))) {
            // a solo or mute: B follows it, once the session has given the engine its own project
            fx.execute(() -> {
                if (hearingB.get()) {
                    publish(matchedReference(session.project()));
                }
            });
        } else {
            hearingB.set(false);
            heard.set(now);
            status.set("A: your mix (you changed it)");
        }
    }

    private void publish(Project p) {
        heard.set(p);
        session.engine().setProject(p);
    }
}
