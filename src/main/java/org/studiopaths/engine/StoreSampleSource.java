package org.studiopaths.engine;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.LibraryEntry;
import org.studiopaths.audio.SampleException;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.SampleStore;

/**
 * The engine's samples from disk: audio from the {@link SampleStore} (decoded once, at the render rate), the
 * tempo from the {@link SampleLibrary} entry (a sample the library does not describe, such as the user's own,
 * has none and plays at its own speed).
 */
public final class StoreSampleSource implements SampleSource {

    private final SampleStore store;
    private final SampleLibrary library;

    public StoreSampleSource(SampleStore store, SampleLibrary library) {
        this.store = store;
        this.library = library;
    }

    @Override
    public LoadedSample load(String samplePath) throws RenderException {
        AudioData audio;
        try {
            audio = store.load(samplePath);
        } catch (SampleException e) {
            throw new RenderException(e.getMessage());
        }
        double tempo = library.find(samplePath).map(LibraryEntry::tempo).orElse(Double.NaN);
        return new LoadedSample(audio, tempo);
    }
}
