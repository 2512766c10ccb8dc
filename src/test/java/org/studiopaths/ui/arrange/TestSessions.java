package org.studiopaths.ui.arrange;

import org.studiopaths.audio.AudioData;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.model.Project;
import org.studiopaths.ui.session.ProjectSession;

import java.util.List;

/** Sessions and exercises for tests: no sound card, every sample one bar of a quiet tone. */
final class TestSessions {

    private TestSessions() {
    }

    static LiveEngine engine() {
        PlanCompiler compiler = new PlanCompiler(path -> new LoadedSample(tone(44_100), Double.NaN),
                (mono, rate, target) -> java.util.Arrays.copyOf(mono, target));
        return new LiveEngine(compiler, (rate, buffer) -> {
            throw new AudioUnavailableException("no sound card in tests");
        });
    }

    static ProjectSession session(Project p) {
        return new ProjectSession(engine(), p);
    }

    static AudioData tone(int frames) {
        float[] x = new float[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * 220 * i / 44_100.0));
        }
        return new AudioData(new float[][] {x}, 44_100);
    }

    static LoopInfo drums() {
        return new LoopInfo("loops/pop/drums-basic.wav", "Basic beat", "drums", "pop", 100, "", 2);
    }

    static LoopInfo bass() {
        return new LoopInfo("loops/pop/bass-root.wav", "Root bass", "bass", "pop", 100, "A minor", 4);
    }

    /** An exercise with one live goal: "Put a drum loop in the song". */
    static ArrangeExercise drumExercise() {
        return new ArrangeExercise() {
            public String id() { return "first-beat"; }
            public String title() { return "Your first beat"; }
            public String brief() { return "Put a drum loop on the timeline."; }
            public Project start() { return Project.empty("First beat", 100); }
            public Project reference() { return null; }

            public List<GoalState> goals(Project p) {
                boolean drums = p.tracks().stream().flatMap(t -> t.clips().stream())
                        .anyMatch(c -> c.sample().contains("drums"));
                return List.of(new GoalState("drums", "Put a drum loop in the song", drums),
                        new GoalState("loud", "The mix is not too loud", null));
            }

            public CheckOutcome check(Project p) {
                boolean ok = goals(p).get(0).done();
                return new CheckOutcome(ok ? 100 : 0, ok, List.of(ok
                        ? CriterionResult.pass("drums", "There is a beat.")
                        : CriterionResult.fail("drums", 0, "Drag a drum loop onto the timeline.")));
            }
        };
    }
}
