package org.studiopaths.exercise;

import org.studiopaths.model.Project;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The exercises in a folder: one sub-folder per exercise holding {@code exercise.json}, {@code start.json} and
 * {@code solution.json}. A broken exercise is left out with a one-line problem; it never stops the others.
 *
 * @param exercises sorted by side (production first), then {@code order}, then id
 * @param problems  one line per exercise that could not be loaded
 */
public record ExerciseCatalog(List<Exercise> exercises, List<String> problems) {

    public static final String EXERCISE_FILE = "exercise.json";
    public static final String START_FILE = "start.json";
    public static final String SOLUTION_FILE = "solution.json";

    public ExerciseCatalog {
        exercises = List.copyOf(exercises);
        problems = List.copyOf(problems);
    }

    public static ExerciseCatalog load(Path exercisesDir) {
        List<Exercise> good = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(exercisesDir)) {
            return new ExerciseCatalog(good, List.of(exercisesDir + ": no such folder; expected the exercises folder"
                    + " (one sub-folder per exercise)"));
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(exercisesDir)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return new ExerciseCatalog(good, List.of(exercisesDir + ": could not be listed (" + e.getMessage() + ")"));
        }
        Set<String> ids = new HashSet<>();
        for (Path folder : folders) {
            if (!Files.exists(folder.resolve(EXERCISE_FILE))) {
                continue; // not an exercise (e.g. a folder of shared notes)
            }
            try {
                Exercise e = loadOne(folder);
                if (!ids.add(e.id())) {
                    problems.add(folder.resolve(EXERCISE_FILE) + ": id \"" + e.id()
                            + "\" is used by another exercise; give each exercise its own id");
                } else {
                    good.add(e);
                }
            } catch (JsonFormatException e) {
                problems.add(e.getMessage());
            }
        }
        good.sort(Comparator.comparing(Exercise::side).thenComparingInt(Exercise::order).thenComparing(Exercise::id));
        return new ExerciseCatalog(good, problems);
    }

    /** Reads one exercise folder; its id must be the folder's name. */
    public static Exercise loadOne(Path folder) throws JsonFormatException {
        Project start = project(folder, START_FILE, "the project the exercise starts from");
        Project solution = project(folder, SOLUTION_FILE, "a project that passes it");
        Path file = folder.resolve(EXERCISE_FILE);
        Exercise e = ExerciseJson.parse(ProjectFiles.readText(file), file.toString(), start, solution);
        String name = folder.getFileName().toString();
        if (!e.id().equals(name)) {
            throw new JsonFormatException(file + ": id is \"" + e.id() + "\" but the folder is \"" + name
                    + "\"; name the folder after the id");
        }
        return e;
    }

    /** One of the exercise's two projects; a missing one is named with what belongs there. */
    private static Project project(Path folder, String name, String holds) throws JsonFormatException {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            throw new JsonFormatException(file + ": no such file; an exercise folder needs " + name + ", " + holds);
        }
        return ProjectFiles.read(file);
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Exercise> of(Side side) {
        return exercises.stream().filter(e -> e.side() == side).toList();
    }
}
