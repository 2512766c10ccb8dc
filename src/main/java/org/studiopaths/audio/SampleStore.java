package org.studiopaths.audio;

import org.studiopaths.model.json.SamplePaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds sample files by their sample path and loads them at the render rate.
 *
 * <p>A sample path is relative to the samples root; one beginning with {@code user/} is relative to the user's
 * own library instead, with that prefix removed. Absolute paths, {@code ..} and anything whose real location
 * (links followed) lies outside its root are refused.
 *
 * <p>Loaded audio is kept: each file is decoded once, however many threads ask at the same time, and different
 * files decode in parallel (the cache lock is held only to claim an entry, never while decoding). A load that
 * fails is forgotten, so it is tried again once the file is fixed.
 */
public final class SampleStore {

    public static final String USER_PREFIX = "user/";

    private final Path samplesRoot;
    private final Path userLibrary;
    private final ConcurrentHashMap<Path, CompletableFuture<AudioData>> cache = new ConcurrentHashMap<>();

    public SampleStore(Path samplesRoot, Path userLibrary) {
        this.samplesRoot = samplesRoot.toAbsolutePath().normalize();
        this.userLibrary = userLibrary.toAbsolutePath().normalize();
    }

    /** The real location of an existing sample file. */
    public Path resolve(String samplePath) throws SampleException {
        String problem = SamplePaths.problem(samplePath);
        boolean user = samplePath.startsWith(USER_PREFIX);
        String relative = user ? samplePath.substring(USER_PREFIX.length()) : samplePath;
        if (problem == null && user) {
            problem = SamplePaths.problem(relative);
        }
        if (problem != null) {
            throw new SampleException("sample \"" + samplePath + "\": " + problem);
        }
        Path root = user ? userLibrary : samplesRoot;
        String rootName = (user ? "your library " : "the samples folder ") + root;
        Path file = root.resolve(relative);
        if (!Files.exists(file)) {
            throw new SampleException("sample \"" + samplePath + "\": no such file in " + rootName
                    + "; check the name, or put the file there");
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw new SampleException("sample \"" + samplePath + "\": leads outside " + rootName
                        + " (through a link to " + real + "); only files inside it can be used");
            }
            if (!Files.isRegularFile(real)) {
                throw new SampleException("sample \"" + samplePath + "\": is a folder; expected a WAV file");
            }
            return real;
        } catch (IOException e) {
            throw new SampleException("sample \"" + samplePath + "\": could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** The sample's audio at {@link AudioData#RENDER_RATE}, channels as in the file (mono or stereo). */
    public AudioData load(String samplePath) throws SampleException {
        Path file = resolve(samplePath);
        CompletableFuture<AudioData> mine = new CompletableFuture<>();
        CompletableFuture<AudioData> earlier = cache.putIfAbsent(file, mine);
        if (earlier != null) {
            return await(earlier);
        }
        try {
            AudioData audio = decode(file);
            mine.complete(audio);
            return audio;
        } catch (SampleException | RuntimeException | Error e) {
            cache.remove(file, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The sample's frames for a one-shot offline render: a 16-bit PCM file at the render rate is read in place
     * ({@link MappedPcm16Frames}: mapping is one system call, so it is not cached); any other file is
     * {@linkplain #load loaded}. Never for playback, whose audio thread must not wait on the disk.
     */
    public SampleFrames framesInPlace(String samplePath) throws SampleException {
        Path file = resolve(samplePath);
        CompletableFuture<AudioData> loaded = cache.get(file);
        if (loaded == null) {
            try {
                Optional<SampleFrames> mapped = WavReader.mapPcm16(file, AudioData.RENDER_RATE);
                if (mapped.isPresent()) {
                    return mapped.get();
                }
            } catch (AudioFileException e) {
                throw new SampleException(e.getMessage(), e);
            }
        }
        return FloatFrames.of(load(samplePath));
    }

    private static AudioData decode(Path file) throws SampleException {
        AudioData audio;
        try {
            audio = WavReader.read(file);
        } catch (AudioFileException e) {
            throw new SampleException(e.getMessage(), e);
        }
        return audio.sampleRate() == AudioData.RENDER_RATE ? audio : Resampler.resample(audio, AudioData.RENDER_RATE);
    }

    private static AudioData await(CompletableFuture<AudioData> loading) throws SampleException {
        try {
            return loading.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SampleException s) {
                throw new SampleException(s.getMessage(), s);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause;
        }
    }
}
