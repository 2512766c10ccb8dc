package org.studiopaths.ui.compare;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.studiopaths.files.AtomicFiles;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.JournalCsv;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes what the compare view offers to keep: the journal as CSV and the view itself as a PNG picture. */
final class ComparisonExport {

    private ComparisonExport() {
    }

    static void writeCsv(List<Attempt> attempts, Path file) throws IOException {
        JournalCsv.write(attempts, file);
    }

    /** A picture of the node as it is on screen, with the theme's background. */
    static void writePng(Node node, Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        WritableImage image = node.snapshot(params, null);
        var buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
