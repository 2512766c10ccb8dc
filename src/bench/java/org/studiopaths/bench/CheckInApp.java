package org.studiopaths.bench;

import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.engine.WsolaStretcher;
import org.studiopaths.exercise.CheckReport;
import org.studiopaths.exercise.CheckServices;
import org.studiopaths.exercise.Checker;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.exercise.ExerciseCatalog;
import org.studiopaths.exercise.LibraryFacts;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Checking an exercise as the app does, in a fresh JVM: the catalogue loaded and the start project compiled (what
 * opening the mixing console does), then {@link Checker#prepare} (what the console runs in the background when an
 * exercise opens), then ROUNDS checks, of the solution and the start in turn, each timed.
 * Usage: {@code CheckInApp SAMPLES_DIR EXERCISES_DIR EXERCISE_ID [ROUNDS=3]}.
 */
public final class CheckInApp {

    private CheckInApp() {
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Exercise exercise = ExerciseCatalog.load(Path.of(args[1])).find(args[2]).orElseThrow();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        StoreSampleSource source = StoreSampleSource.open(samples, samples.resolve("no-user-library"));
        WsolaStretcher stretcher = new WsolaStretcher();
        CheckServices services = new CheckServices(source, stretcher,
                path -> new LibraryFacts(source.library()).facts(path));
        new PlanCompiler(source, stretcher).compile(exercise.start());
        long t = System.nanoTime();
        Checker.prepare(exercise, services);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: prepare %d ms",
                exercise.id(), (System.nanoTime() - t) / 1_000_000));
        for (int r = 0; r < rounds; r++) {
            t = System.nanoTime();
            CheckReport report = Checker.check(exercise, r % 2 == 0 ? exercise.solution() : exercise.start(),
                    services);
            line.append(String.format(Locale.ROOT, "; check %d (%s) %d ms, score %d", r + 1,
                    r % 2 == 0 ? "solution" : "start", (System.nanoTime() - t) / 1_000_000, report.score()));
        }
        System.out.println(line);
    }
}
