package org.studiopaths.files;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Where this run finds the samples, the exercises and the user's data.
 *
 * @param samples   the samples root ({@code samples/} of the installation unless replaced)
 * @param exercises the exercises folder
 * @param data      the user's data folder (journal, autosaves, imported audio under {@code library/})
 */
public record Installation(Path samples, Path exercises, Path data) {

    public static final String DATA_ENV = "STUDIO_PATHS_DATA";

    /** The user's own library: imported audio, reached by sample paths that begin with {@code user/}. */
    public Path userLibrary() {
        return data.resolve("library");
    }

    /** Fills in defaults for the folders not given. */
    public static Installation resolve(Path samples, Path exercises, Path data) {
        Path root = null;
        if (samples == null || exercises == null) {
            root = installationRoot();
        }
        return new Installation(
                samples != null ? samples : root.resolve("samples"),
                exercises != null ? exercises : root.resolve("exercises"),
                data != null ? data : defaultDataFolder());
    }

    public static Installation defaults() {
        return resolve(null, null, null);
    }

    /**
     * The folder holding {@code samples/} and {@code exercises/}: the system property {@code studiopaths.root},
     * else the nearest folder above the running jar or classes that has both, else the working folder.
     */
    public static Path installationRoot() {
        String prop = System.getProperty("studiopaths.root");
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop).toAbsolutePath();
        }
        try {
            Path here = Paths.get(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("samples")) && Files.isDirectory(p.resolve("exercises"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working folder
        }
        return Paths.get("").toAbsolutePath();
    }

    /** $STUDIO_PATHS_DATA, else the platform's place for an app's data. */
    public static Path defaultDataFolder() {
        String env = System.getenv(DATA_ENV);
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Paths.get(home, "Library", "Application Support", "Studio Paths");
        }
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Paths.get(appData, "Studio Paths") : Paths.get(home, "AppData", "Roaming", "Studio Paths");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(home, ".local", "share")).resolve("studio-paths");
    }
}
