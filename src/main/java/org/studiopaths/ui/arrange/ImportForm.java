package org.studiopaths.ui.arrange;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.AudioFileException;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.WavReader;
import org.studiopaths.audio.importing.LoopFacts;
import org.studiopaths.dsp.LoopAnalysis;
import org.studiopaths.dsp.TempoDetector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The import dialog's view-model: a WAV file read and analysed, and what the user says about it (name, category,
 * tempo, bars, key), filled in from the analysis. Changing the bars sets the tempo at which the file lasts that
 * many bars, so halving a tempo detected twice too fast is one step. Touches no control.
 */
public final class ImportForm {

    public static final String NO_KEY = "No key (drums, noise)";
    public static final int BEATS_PER_BAR = 4;
    /** The keys offered: none, then the 24 major and minor keys. */
    public static final List<String> KEYS = keys();

    private final Path file;
    private final AudioData audio;
    private final LoopAnalysis analysis;
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty category = new SimpleStringProperty(this, "category");
    private final ObjectProperty<Double> tempo = new SimpleObjectProperty<>(this, "tempo");
    private final IntegerProperty bars = new SimpleIntegerProperty(this, "bars");
    private final StringProperty key = new SimpleStringProperty(this, "key");
    private final StringBinding problem;

    private ImportForm(Path file, AudioData audio, LoopAnalysis analysis) {
        this.file = file;
        this.audio = audio;
        this.analysis = analysis;
        name.set(nameFrom(file));
        category.set(categoryFrom(file));
        if (analysis.tempos().isEmpty()) {
            bars.set(1);
            tempo.set(LoopAnalysis.tempoFor(1, BEATS_PER_BAR, analysis.seconds(), audio.frames()));
        } else {
            use(analysis.tempos().get(0));
        }
        boolean unpitched = category.get().equals("drums") || category.get().equals("percussion");
        key.set(unpitched || analysis.key() == null ? NO_KEY : analysis.key().key());
        bars.addListener((o, a, b) -> {
            if (b.intValue() > 0) {
                tempo.set(LoopAnalysis.tempoFor(b.intValue(), BEATS_PER_BAR, analysis.seconds(), audio.frames()));
            }
        });
        problem = Bindings.createStringBinding(this::findProblem, name, category, tempo, bars);
    }

    /**
     * Reads and analyses a dropped or chosen file.
     *
     * @throws AudioFileException with the reader's one-line message when it is not a WAV file the app can read
     */
    public static ImportForm read(Path file) throws AudioFileException {
        AudioData audio = WavReader.read(file);
        if (audio.frames() == 0) {
            throw new AudioFileException(file + ": holds no audio; export the loop again");
        }
        return new ImportForm(file, audio, LoopAnalysis.of(audio, BEATS_PER_BAR));
    }

    public Path file() { return file; }
    public LoopAnalysis analysis() { return analysis; }
    public StringProperty nameProperty() { return name; }
    public StringProperty categoryProperty() { return category; }
    public ObjectProperty<Double> tempoProperty() { return tempo; }
    public IntegerProperty barsProperty() { return bars; }
    public StringProperty keyProperty() { return key; }
    /** Why the loop cannot be saved yet, or null when it can. */
    public StringBinding problemProperty() { return problem; }

    /** Takes one of the detected tempos and its bars. */
    public void use(TempoDetector.Candidate c) {
        bars.set(c.bars());
        tempo.set(c.bpm());
    }

    /** "4.80 s · detected 100 BPM over 2 bars (or 200 BPM over 4 bars)". */
    public String detected() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.2f s", analysis.seconds()));
        List<TempoDetector.Candidate> c = analysis.tempos();
        if (c.isEmpty()) {
            return sb.append(" · no tempo between 60 and 200 BPM fits whole bars; set it yourself").toString();
        }
        sb.append(" · detected ").append(describe(c.get(0)));
        if (c.size() > 1) {
            sb.append(" (or ").append(describe(c.get(1))).append(")");
        }
        if (analysis.key() != null) {
            sb.append(" · sounds like ").append(analysis.key().key());
        }
        return sb.toString();
    }

    private static String describe(TempoDetector.Candidate c) {
        return LoopBrowserModel.bpm(c.bpm()) + " BPM over " + c.bars() + (c.bars() == 1 ? " bar" : " bars");
    }

    /** What is saved: the fields as the user left them. */
    public LoopFacts facts() {
        String k = key.get();
        return new LoopFacts(name.get().strip(), category.get(), tempo.get(), BEATS_PER_BAR, bars.get(),
                k == null || NO_KEY.equals(k) ? null : k);
    }

    private String findProblem() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty() || n.length() > 80) {
            return "Give the loop a name (1 to 80 characters)";
        }
        if (!SampleLibrary.LOOP_CATEGORIES.contains(category.get())) {
            return "Pick a category";
        }
        Double t = tempo.get();
        if (t == null || !(t >= 20 && t <= 300)) {
            return "Tempo: 20 to 300 BPM";
        }
        if (bars.get() < 1) {
            return "Bars: 1 or more";
        }
        return null;
    }

    private static String nameFrom(Path file) {
        String f = file.getFileName().toString();
        int dot = f.lastIndexOf('.');
        String stem = (dot > 0 ? f.substring(0, dot) : f).replaceAll("[_\\-]+", " ").strip();
        stem = stem.isEmpty() ? "My loop" : Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
        return stem.length() > 80 ? stem.substring(0, 80) : stem;
    }

    /** A category named in the file name ("kick", "bass", "pad" ...), else keys. */
    static String categoryFrom(Path file) {
        String f = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String[][] words = {{"drum", "drums"}, {"beat", "drums"}, {"kick", "drums"}, {"snare", "drums"},
                {"perc", "percussion"}, {"shaker", "percussion"}, {"conga", "percussion"}, {"bass", "bass"},
                {"pad", "pads"}, {"string", "pads"}, {"lead", "lead"}, {"melody", "lead"}, {"fx", "fx"},
                {"riser", "fx"}, {"sweep", "fx"}, {"key", "keys"}, {"piano", "keys"}, {"chord", "keys"}};
        for (String[] w : words) {
            if (f.contains(w[0])) {
                return w[1];
            }
        }
        return "keys";
    }

    private static List<String> keys() {
        String[] major = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
        String[] minor = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"};
        List<String> k = new ArrayList<>();
        k.add(NO_KEY);
        for (int i = 0; i < 12; i++) {
            k.add(major[i] + " major");
            k.add(minor[i] + " minor");
        }
        return List.copyOf(k);
    }
}
