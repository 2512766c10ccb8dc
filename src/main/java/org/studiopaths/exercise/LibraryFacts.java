package org.studiopaths.exercise;

import org.studiopaths.audio.LibraryEntry;
import org.studiopaths.audio.SampleLibrary;

import java.util.Optional;

/** Library facts from {@code samples/library.json}; a sample it does not describe has none. */
public final class LibraryFacts implements SampleFacts {

    private final SampleLibrary library;

    public LibraryFacts(SampleLibrary library) {
        this.library = library;
    }

    @Override
    public Optional<Facts> facts(String samplePath) {
        return library.find(samplePath).map(LibraryFacts::facts);
    }

    private static Facts facts(LibraryEntry e) {
        return new Facts(e.category(), e.key(), e.tempo(), e.bars() == null ? Double.NaN : e.bars());
    }
}
