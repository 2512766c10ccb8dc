package org.studiopaths.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.studiopaths.exercise.Side;
import org.studiopaths.files.AtomicFiles;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectFiles;
import org.studiopaths.model.json.StrictReader;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

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

    /** What can be restored, newest first; as {@link #pending(Consumer)}, saying nothing of what is left out. */
    public List<Recoverable> pending() {
        return pending(problem -> { });
    }

    /**
     * What can be restored, newest first. A sidecar that cannot be read, or whose project file is missing, is
     * left out, for there is nothing whole to offer from it, and {@code problems} is told one line naming the
     * sidecar, the place and what to do.
     */
    public List<Recoverable> pending(Consumer<String> problems) {
        List<Recoverable> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SIDECAR)) {
            for (Path sidecar : files) {
                try {
                    out.add(readSidecar(sidecar));
                } catch (JsonFormatException e) {
                    problems.accept(e.getMessage() + " (that autosave cannot be offered; delete the file, or let the"
                            + " next autosave of the same work replace it)");
                }
            }
        } catch (IOException e) {
            problems.accept("The autosaves in " + dir + " could not be listed: " + WriteProblems.describe(e));
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

    /** A sidecar as written by {@link #write}; anything else is refused with one line naming the place. */
    private Recoverable readSidecar(Path sidecar) throws JsonFormatException {
        String name = sidecar.getFileName().toString();
        String slot = name.substring(0, name.length() - SIDECAR.length());
        StrictReader r = new StrictReader(sidecar.toString());
        Json.Obj n = r.object(Json.parse(ProjectFiles.readText(sidecar), sidecar.toString()), "the document");
        Json format = r.required(n, "", "format");
        if (!FORMAT.equals(r.string(format, "format"))) {
            throw r.error(format, "format", "is \"" + r.string(format, "format") + "\"; allowed \"" + FORMAT + "\"");
        }
        Json projectNode = r.required(n, "", "project");
        String project = r.string(projectNode, "project");
        if (!project.equals(slot + ".a.json") && !project.equals(slot + ".b.json")) {
            // only our own two names: a sidecar cannot point outside the folder
            throw r.error(projectNode, "project", "is \"" + project + "\"; allowed \"" + slot + ".a.json\" or \""
                    + slot + ".b.json\"");
        }
        Path projectFile = dir.resolve(project);
        if (!Files.isRegularFile(projectFile)) {
            throw r.error(projectNode, "project", "is \"" + project + "\", which is not in " + dir);
        }
        String exercise = optionalString(r, n, "exercise");
        Json sideNode = n.fields().get("side");
        String sideName = optionalString(r, n, "side");
        Side side;
        try {
            side = sideName == null ? null : Side.parse(sideName);
        } catch (IllegalArgumentException e) {
            throw r.error(sideNode, "side", "is \"" + sideName + "\"; allowed \"production\", \"engineering\" or null");
        }
        Json originalNode = n.fields().get("originalFile");
        String original = optionalString(r, n, "originalFile");
        Path originalFile;
        try {
            originalFile = original == null ? null : Paths.get(original);
        } catch (InvalidPathException e) {
            throw r.error(originalNode, "originalFile", "is \"" + original + "\"; expected a file's path or null");
        }
        Json savedAtNode = r.required(n, "", "savedAt");
        String savedAtText = r.string(savedAtNode, "savedAt");
        Instant savedAt;
        try {
            savedAt = Instant.parse(savedAtText);
        } catch (DateTimeParseException e) {
            throw r.error(savedAtNode, "savedAt", "is \"" + savedAtText + "\"; expected a time such as \""
                    + "2026-03-01T14:05:09Z\"");
        }
        return new Recoverable(slot, new AutosaveOrigin(exercise, side, originalFile), savedAt, projectFile);
    }

    private static String optionalString(StrictReader r, Json.Obj obj, String key) throws JsonFormatException {
        Json v = obj.fields().get(key);
        return v == null || v instanceof Json.Null ? null : r.string(v, key);
    }
}
