package org.studiopaths.cli;

import org.studiopaths.model.Project;
import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.ProjectFiles;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a project file for {@code start} and {@code solution}: whole or not at all. */
final class ProjectOutput {

    private ProjectOutput() {
    }

    static void write(Project project, Path file) {
        try {
            ProjectFiles.write(project, file);
        } catch (IOException e) {
            throw new UserError(file + ": could not be written (" + Json.oneLine(String.valueOf(e.getMessage()))
                    + "); check the folder exists and can be written");
        }
    }
}
