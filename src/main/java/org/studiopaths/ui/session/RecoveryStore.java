package org.studiopaths.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.studiopaths.exercise.Side;
import org.studiopaths.files.AtomicFiles;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectFiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Autosaves in the data folder's {@code autosave/}, and what can be restored after a crash.
 *
 * <p>Each slot ({@link AutosaveOrigin#slot()}) has two project files used in turn, {@code SLOT.a.json} and
 * {@code SLOT.b.json}, and a sidecar {@code SLOT.autosave.json} naming the current one, what the work was and when
 * it was saved. A save writes the project file the sidecar does not name, then rewrites the sidecar; both writes are
 * whole-or-nothing ({@link AtomicFiles}), so the sidecar always names a complete project, and a crash at any moment
 * leaves either the previous autosave or the new one, never a mixture. One autosaver per slot at a time.
 */
public final class RecoveryStore {

    public static final String FOLDER = "autosave";
    static final String FORMAT = "studio-paths.autosave/1";
    private static final String SIDECAR = ".autosave.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    /** The store of the user's data folder. */
    public RecoveryStore(Path dataFolder) {
        this.dir = dataFolder.resolve(FOLDER);
    }

    public Path folder() {
        return dir;
    }

    /**
     * Saves the work of one slot, whole or not at all.
     *
     * @throws IOException when it could not be written; the previous autosave is then untouched
     */
    public Recoverable write(AutosaveOrigin origin, Project project, Instant savedAt) throws IOException {
        String slot = origin.slot();
        Path sidecar = dir.resolve(slot + SIDECAR);
        String current = Files.exists(sidecar) ? currentProjectName(sidecar) : null;
        String next = (slot + ".a.json").equals(current) ? slot + ".b.json" : slot + ".a.json";
        Path projectFile = dir.resolve(next);
        ProjectFiles.write(project, projectFile);
        ObjectNode s = JSON.createObjectNode();
        s.put("format", FORMAT);
        s.put("exercise", origin.exerciseId());
        s.put("side", origin.side() == null ? null : origin.side().id());
        s.put("originalFile", origin.originalFile() == null ? null : origin.originalFile().toString());
        s.put("savedAt", savedAt.toString());
        s.put("project", next);
        AtomicFiles.writeString(sidecar, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(s) + "\n");
        return new Recoverable(slot, origin, savedAt, projectFile);
    }

    /**
     * What can be restored, newest first. A sidecar that cannot be read, or whose project file is missing, is
     * left out: there is nothing whole to offer from it.
     */
    public List<Recoverable> pending() {
        List<Recoverable> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SIDECAR)) {
            for (Path sidecar : files) {
                Recoverable r = readSidecar(sidecar);
                if (r != null) {
                    out.add(r);
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Recoverable::savedAt).reversed());
        return out;
    }

    /**
     * The autosaved project, exactly as it was saved.
     *
     * @throws JsonFormatException one line naming the file and what is wrong, when it can no longer be read
     */
    public Project restore(Recoverable r) throws JsonFormatException {
        return ProjectFiles.read(r.projectFile());
    }

    /** Forgets a slot's autosave: the sidecar first, so a crash half-way leaves nothing offered. */
    public void discard(String slot) throws IOException {
        Files.deleteIfExists(dir.resolve(slot + SIDECAR));
        Files.deleteIfExists(dir.resolve(slot + ".a.json"));
        Files.deleteIfExists(dir.resolve(slot + ".b.json"));
    }

    public void discard(Recoverable r) throws IOException {
        discard(r.slot());
    }

    private static String currentProjectName(Path sidecar) {
        try {
            JsonNode n = JSON.readTree(sidecar.toFile());
            return n.path("project").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private Recoverable readSidecar(Path sidecar) {
        String name = sidecar.getFileName().toString();
        String slot = name.substring(0, name.length() - SIDECAR.length());
        try {
            JsonNode n = JSON.readTree(sidecar.toFile());
            if (n == null || !FORMAT.equals(n.path("format").asText())) {
                return null;
            }
            String project = n.path("project").asText("");
            if (!project.equals(slot + ".a.json") && !project.equals(slot + ".b.json")) {
                return null; // only our own two names: a sidecar cannot point outside the folder
            }
            Path projectFile = dir.resolve(project);
            if (!Files.isRegularFile(projectFile)) {
                return null;
            }
            String exercise = n.path("exercise").isTextual() ? n.path("exercise").asText() : null;
            Side side = n.path("side").isTextual() ? Side.parse(n.path("side").asText()) : null;
            Path original = n.path("originalFile").isTextual() ? Paths.get(n.path("originalFile").asText()) : null;
            Instant savedAt = Instant.parse(n.path("savedAt").asText());
            return new Recoverable(slot, new AutosaveOrigin(exercise, side, original), savedAt, projectFile);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged sidecar offers nothing; the next autosave of that slot replaces it
        }
    }
}
