package org.studiopaths.ui.arrange;

import java.util.List;
import java.util.Optional;

/**
 * The loops the browser offers. A seam: the app adapts {@code audio.SampleLibrary} (library.json) to it;
 * tests supply their own.
 */
public interface LoopCatalog {

    List<LoopInfo> loops();

    default Optional<LoopInfo> find(String samplePath) {
        return loops().stream().filter(l -> l.path().equals(samplePath)).findFirst();
    }
}
