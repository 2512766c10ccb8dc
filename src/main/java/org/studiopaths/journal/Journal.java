package org.studiopaths.journal;

import org.studiopaths.files.AtomicFiles;
import org.studiopaths.model.json.JsonFormatException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The learner's journal of attempts: {@code journal.json} in the user's data folder ({@code docs/journal.md}).
 * Every change re-reads the file, applies itself and writes the file whole, so the app and the command line
 * can both record. A file that cannot be read is moved aside unchanged as
 * {@code journal.damaged-YYYYMMDD-HHMMSS.json} and a new journal is started; the caller gets a one-line warning.
 */
public final class Journal {

    public static final String FILE_NAME = "journal.json";
    /** Held while a change reads and rewrites the journal, so two programs do not lose each other's attempts. */
    static final String LOCK_FILE_NAME = ".journal.lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Serialises changes inside this JVM: a FileLock cannot be taken twice by one process. */
    private static final Object LOCAL_LOCK = new Object();

    /**
     * A journal just opened.
     *
     * @param warning present when the file was damaged: one line saying where the old file is kept
     */
    public record Opened(Journal journal, Optional<String> warning) {
    }

    private final Path dataDir;
    private final Clock clock;
    private volatile List<Attempt> attempts;

    private Journal(Path dataDir, Clock clock, List<Attempt> attempts) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.attempts = attempts;
    }

    /** Opens the journal of this data folder; a missing file is an empty journal (nothing is created). */
    public static Opened open(Path dataDir) throws IOException {
        return open(dataDir, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}; the clock names moved-aside files (local time). */
    public static Opened open(Path dataDir, Clock clock) throws IOException {
        Journal j = new Journal(dataDir, clock, List.of());
        Optional<String> warning = j.reload();
        return new Opened(j, warning);
    }

    public Path file() {
        return dataDir.resolve(FILE_NAME);
    }

    /** The attempts as last read or written, oldest first. */
    public List<Attempt> attempts() {
        return attempts;
    }

    /** Reads the file again, e.g. to see attempts another program recorded. */
    public Optional<String> reload() throws IOException {
        if (!Files.exists(file())) {
            attempts = List.of();
            return Optional.empty();
        }
        return locked(() -> {
            Loaded loaded = load();
            attempts = loaded.attempts;
            return loaded.warning;
        });
    }

    /**
     * Adds an attempt. Returns a warning when the file on disk had become damaged (it is then kept aside and
     * the new journal holds this attempt).
     *
     * @throws IllegalArgumentException when the journal already holds an attempt with this id
     */
    public Optional<String> record(Attempt attempt) throws IOException {
        return change(list -> {
            for (Attempt a : list) {
                if (a.id().equals(attempt.id())) {
                    throw new IllegalArgumentException("the journal already holds an attempt with id " + a.id());
                }
            }
            list.add(attempt);
        });
    }

    /**
     * Attaches a rating given after the attempt was recorded, replacing any earlier one.
     *
     * @throws IllegalArgumentException when no attempt has this id
     */
    public Optional<String> updateRating(String attemptId, Rating rating) throws IOException {
        return change(list -> {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(attemptId)) {
                    list.set(i, list.get(i).withRating(rating));
                    return;
                }
            }
            throw new IllegalArgumentException("no attempt with id " + attemptId + " in " + file());
        });
    }

    private interface Change {
        void apply(List<Attempt> attempts);
    }

    private Optional<String> change(Change change) throws IOException {
        return locked(() -> {
            Loaded loaded = load();
            List<Attempt> list = new ArrayList<>(loaded.attempts);
            change.apply(list);
            List<Attempt> result = List.copyOf(list);
            AtomicFiles.writeString(file(), JournalJson.write(result));
            attempts = result;
            return loaded.warning;
        });
    }

    private interface LockedAction {
        Optional<String> run() throws IOException;
    }

    /** Runs a read (and maybe a rewrite) of the file while no other thread or program does. */
    private Optional<String> locked(LockedAction action) throws IOException {
        synchronized (LOCAL_LOCK) {
            Files.createDirectories(dataDir);
            try (FileChannel ch = FileChannel.open(dataDir.resolve(LOCK_FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                return action.run();
            }
        }
    }

    private record Loaded(List<Attempt> attempts, Optional<String> warning) {
    }

    private Loaded load() throws IOException {
        Path file = file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(List.of(), Optional.empty());
        }
        String problem;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return new Loaded(JournalJson.parse(text, file.toString()), Optional.empty());
        } catch (CharacterCodingException e) {
            problem = file + ":1:1: is not UTF-8 text";
        } catch (JsonFormatException e) {
            problem = e.getMessage();
        }
        Path kept = moveAside(file);
        AtomicFiles.writeString(file, JournalJson.write(List.of()));
        return new Loaded(List.of(), Optional.of("The journal could not be read (" + problem + "); it is kept as "
                + kept + " and a new journal was started."));
    }

    /** Renames the damaged file (so its bytes stay exactly as they were) to a name no other file has. */
    private Path moveAside(Path file) throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path target = dataDir.resolve("journal.damaged-" + stamp + ".json");
        for (int n = 2; Files.exists(target); n++) {
            target = dataDir.resolve("journal.damaged-" + stamp + "-" + n + ".json");
        }
        return Files.move(file, target);
    }
}
