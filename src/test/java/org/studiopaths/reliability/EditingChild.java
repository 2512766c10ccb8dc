package org.studiopaths.reliability;

import org.studiopaths.exercise.Side;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;
import org.studiopaths.ui.session.AutosaveOrigin;
import org.studiopaths.ui.session.AutosaveSchedule;
import org.studiopaths.ui.session.Autosaver;
import org.studiopaths.ui.session.RecoveryStore;
import org.studiopaths.ui.session.Recoverable;

import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;

/**
 * Run in a forked JVM by {@link CrashRecoveryTest}: edits a project without end through an autosaver with short
 * delays, printing {@code saved N} after autosave N is committed, until it is killed.
 */
public final class EditingChild {

    private EditingChild() {
    }

    /** The project after edit number {@code n}: large enough that a save takes a while, different every edit. */
    static Project afterEdit(int n) {
        Project p = Project.empty("crash test", 120);
        for (int t = 0; t < 16; t++) {
            Track track = Track.named("Track " + t).withGainDb(-(t % 12)).withPan((t % 5 - 2) / 2.0);
            for (int c = 0; c < 12; c++) {
                track = track.addClip(Clip.of("drums/loop-" + c + ".wav", 1 + c * 2, 2).withGainDb(-(c % 6)));
            }
            p = p.addTrack(track);
        }
        return p.withTitle("crash test, edit " + n).withTempo(40 + n % 200);
    }

    public static void main(String[] args) throws Exception {
        RecoveryStore store = new RecoveryStore(Paths.get(args[0]));
        Autosaver autosaver = new Autosaver(store, AutosaveOrigin.exercise("first-groove", Side.PRODUCTION, null),
                new AutosaveSchedule(Duration.ofMillis(2), Duration.ofMillis(10)), Clock.systemUTC());
        autosaver.setListener(new Autosaver.Listener() {
            @Override public void saved(Recoverable r) {
                System.out.println("saved " + r.projectFile().getFileName() + " " + titleEdit(r));
                System.out.flush();
            }

            @Override public void failed(String message) {
                System.out.println("failed " + message);
                System.out.flush();
            }
        });
        for (int n = 1; ; n++) {
            autosaver.changed(afterEdit(n));
            Thread.sleep(1);
        }
    }

    private static String titleEdit(Recoverable r) {
        try {
            return new RecoveryStore(r.projectFile().getParent().getParent()).restore(r).title();
        } catch (Exception e) {
            return "unreadable";
        }
    }
}
