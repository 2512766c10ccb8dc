package org.studiopaths.model.json;

import org.studiopaths.files.AtomicFiles;
import org.studiopaths.model.Project;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Project files on disk: read strictly, written whole (temporary file, then rename). */
public final class ProjectFiles {

    private static final long MAX_BYTES = 16L << 20;

    private ProjectFiles() {
    }

    public static Project read(Path file) throws JsonFormatException {
        return ProjectJson.parse(readText(file), file.toString());
    }

    /** Reads a small UTF-8 text file, turning every I/O problem into a one-line message naming the file. */
    public static String readText(Path file) throws JsonFormatException {
        try {
            if (Files.isDirectory(file)) {
                throw new JsonFormatException(file + ": is a folder; expected a JSON file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new JsonFormatException(file + ": is " + (size >> 20) + " MB; a project file is at most 16 MB");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new JsonFormatException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new JsonFormatException(file + ":1:1: is not UTF-8 text; save it as UTF-8 JSON");
        } catch (IOException e) {
            throw new JsonFormatException(file + ": could not be read (" + Json.oneLine(e.getMessage()) + ")");
        }
    }

    public static void write(Project project, Path file) throws IOException {
        AtomicFiles.writeString(file, ProjectJson.write(project));
    }
}
