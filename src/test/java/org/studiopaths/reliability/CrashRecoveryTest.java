package org.studiopaths.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.model.Project;
import org.studiopaths.ui.session.RecoveryStore;
import org.studiopaths.ui.session.Recoverable;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM edits a project through an autosaver and is killed with SIGKILL mid-work; the recovered project is the
 * last autosave it committed, whole.
 */
class CrashRecoveryTest {

    private static final Pattern SAVED = Pattern.compile("saved \\S+ crash test, edit (\\d+)");

    @Test
    void killedMidWorkRecoversTheLastAutosaveWhole(@TempDir Path tmp) throws Exception {
        for (int killAfter : new int[] {3, 10}) {
            Path data = tmp.resolve("data-" + killAfter);
            int lastReported = runAndKill(data, killAfter);

            List<Recoverable> pending = new RecoveryStore(data).pending();
            assertEquals(1, pending.size(), "one exercise was being edited");
            Recoverable r = pending.get(0);
            assertEquals("first-groove", r.origin().exerciseId());
            Project recovered = new RecoveryStore(data).restore(r);
            Matcher m = Pattern.compile("crash test, edit (\\d+)").matcher(recovered.title());
            assertTrue(m.matches(), recovered.title());
            int edit = Integer.parseInt(m.group(1));
            assertTrue(edit >= lastReported, "recovered edit " + edit + " is at least the last reported save "
                    + lastReported);
            assertEquals(EditingChild.afterEdit(edit), recovered, "the whole project of that edit");
            try (var left = Files.list(data.resolve(RecoveryStore.FOLDER))) {
                assertTrue(left.allMatch(f -> f.getFileName().toString().startsWith("exercise-first-groove.")
                        || f.getFileName().toString().startsWith(".")), "only the slot's files (and temp files)");
            }
        }
    }

    /** Starts the child, waits for {@code saves} autosaves, kills it with SIGKILL; returns the last edit reported. */
    private static int runAndKill(Path data, int saves) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                EditingChild.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int last = -1;
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (seen < saves && (line = out.readLine()) != null) {
                Matcher m = SAVED.matcher(line);
                assertTrue(m.matches(), "child said: " + line);
                last = Integer.parseInt(m.group(1));
                seen++;
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "child ended");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(saves, seen, "the child autosaved before it was killed");
        assertNotNull(child.exitValue());
        return last;
    }
}
