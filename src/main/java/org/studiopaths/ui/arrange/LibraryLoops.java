package org.studiopaths.ui.arrange;

import org.studiopaths.audio.SampleLibrary;

import java.util.List;
import java.util.function.Supplier;

/** The loops of the sample library as it is now (the user's imports included), converted once per change. */
final class LibraryLoops implements LoopCatalog {

    private final Supplier<SampleLibrary> library;
    private SampleLibrary seen;
    private List<LoopInfo> loops = List.of();

    LibraryLoops(Supplier<SampleLibrary> library) {
        this.library = library;
    }

    @Override
    public synchronized List<LoopInfo> loops() {
        SampleLibrary now = library.get();
        if (now != seen) {
            loops = now.loops().stream().map(ArrangeEnvironment::loopInfo).toList();
            seen = now;
        }
        return loops;
    }
}
