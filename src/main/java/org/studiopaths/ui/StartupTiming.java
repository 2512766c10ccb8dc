package org.studiopaths.ui;

import javafx.scene.Scene;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code -Dstudiopaths.timing=true}: prints to standard error how long the start took, from the JVM's start to
 * the first frame of the window, with the steps between. The figures in docs/PERFORMANCE.md come from it.
 */
final class StartupTiming {

    static final String PROPERTY = "studiopaths.timing";

    private final Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private final Map<String, Instant> marks = new LinkedHashMap<>();

    /** A timing that records nothing unless the property is set. */
    static StartupTiming fromProperty() {
        return Boolean.getBoolean(PROPERTY) ? new StartupTiming() : null;
    }

    void mark(String step) {
        marks.put(step, Instant.now());
    }

    /** Prints the figures once the scene has laid out its first frame (it is drawn in the same pulse). */
    void printAfterFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            mark("first frame");
            StringBuilder b = new StringBuilder("studio-paths timing:");
            Instant previous = jvmStart;
            for (Map.Entry<String, Instant> m : marks.entrySet()) {
                b.append(' ').append(m.getKey()).append(" +").append(ms(previous, m.getValue())).append(" ms;");
                previous = m.getValue();
            }
            b.append(" home screen drawn ").append(ms(jvmStart, previous)).append(" ms after the JVM started, ")
                    .append(ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L))
                    .append(" ms of CPU");
            System.err.println(b);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static long ms(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }
}
