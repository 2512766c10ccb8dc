package org.studiopaths.ui.arrange;

import org.studiopaths.engine.LiveEngine;
import org.studiopaths.engine.Player;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.ui.session.ProjectSession;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Plays a loop from the browser through the engine at mix level (a temporary track at {@value #GAIN_DB} dB),
 * never in the project and never in its undo. While the song plays the loop joins it, aligned to bar 1 so it
 * is in time; while stopped it plays alone, twice through, at the song's tempo. Any edit ends an audition
 * (the session publishes the project without it).
 */
public final class Audition {

    public static final double GAIN_DB = -6;
    public static final String TRACK_NAME = "Audition";

    private final ProjectSession session;
    private final ArrangeModel arrange;
    private final ReadOnlyObjectWrapper<LoopInfo> playing = new ReadOnlyObjectWrapper<>(this, "playing");
    private boolean alone;

    public Audition(ProjectSession session, ArrangeModel arrange) {
        this.session = session;
        this.arrange = arrange;
        session.projectProperty().addListener((o, a, b) -> {
            if (playing.get() != null && !alone) {
                playing.set(null);
            }
        });
    }

    /** The loop being auditioned, or null. */
    public ReadOnlyObjectProperty<LoopInfo> playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Plays the loop, or stops it when it is the one already playing. */
    public void toggle(LoopInfo loop) {
        LoopInfo was = playing.get();
        stop();
        if (loop.equals(was)) {
            return;
        }
        LiveEngine engine = session.engine();
        Project song = session.project();
        double length = loop.clipBars(song.beatsPerBar());
        if (session.playingProperty().get()) {
            // In time with the transport: the loop repeats from bar 1 to past the end of the song.
            double bars = Math.max(song.endBar(), session.positionBarsProperty().get() + 64);
            engine.setProject(song.addTrack(track(loop, bars)));
            alone = false;
        } else {
            Project solo = Project.empty("audition", song.tempo()).withBeatsPerBar(song.beatsPerBar())
                    .addTrack(track(loop, 2 * length));
            engine.player().setLoop(Player.LoopRange.OFF);
            engine.setProject(solo);
            engine.player().seek(0);
            if (!engine.play()) {
                restoreSong();
                return;
            }
            alone = true;
        }
        playing.set(loop);
    }

    private static Track track(LoopInfo loop, double bars) {
        return Track.named(TRACK_NAME).withGainDb(GAIN_DB).addClip(Clip.of(loop.path(), 1, bars));
    }

    /** Ends any audition and puts the song back as the engine's project. */
    public void stop() {
        if (playing.get() == null) {
            return;
        }
        if (alone) {
            session.engine().stop();
        }
        restoreSong();
        playing.set(null);
    }

    private void restoreSong() {
        session.engine().setProject(session.project());
        if (alone) {
            arrange.setLoopRange(arrange.loopStartProperty().get(), arrange.loopEndProperty().get());
            session.seekBar(session.positionBarsProperty().get());
            alone = false;
        }
    }
}
