package org.studiopaths.ui.arrange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loops found by walking {@code loops/<kit>/*.wav} under the samples root, for when no library.json is
 * there: the kit is the folder, the category a guess from the file name, tempo and key unknown.
 */
public final class FolderLoopCatalog implements LoopCatalog {

    private static final List<String> CATEGORIES = List.of("drums", "bass", "keys", "chords", "lead", "pad", "fx");

    private final List<LoopInfo> loops;

    public FolderLoopCatalog(Path samplesRoot) {
        Path dir = samplesRoot.resolve("loops");
        if (!Files.isDirectory(dir)) {
            loops = List.of();
            return;
        }
        try (Stream<Path> files = Files.walk(dir, 2)) {
            loops = files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav"))
                    .sorted()
                    .map(p -> info(samplesRoot, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoopInfo info(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        String kit = file.getParent().getFileName().toString();
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String category = CATEGORIES.stream().filter(lower::contains).findFirst().orElse("other");
        return new LoopInfo(rel, null, category, kit, Double.NaN, "", Double.NaN);
    }

    @Override
    public List<LoopInfo> loops() {
        return loops;
    }
}
