package org.studiopaths.ui.arrange;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The loop browser's view-model: the categories and kits on offer, the chosen ones and a search text, and the
 * loops that match all three. {@link #ALL} stands for no filter.
 */
public final class LoopBrowserModel {

    public static final String ALL = "All";

    private final List<LoopInfo> all;
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> kits = FXCollections.observableArrayList();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(this, "category", ALL);
    private final ObjectProperty<String> kit = new SimpleObjectProperty<>(this, "kit", ALL);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<LoopInfo> shown = FXCollections.observableArrayList();

    public LoopBrowserModel(LoopCatalog catalog) {
        all = new ArrayList<>(catalog.loops());
        categories.setAll(withAll(all.stream().map(LoopInfo::category).toList()));
        kits.setAll(withAll(all.stream().map(LoopInfo::kit).filter(k -> !k.isEmpty()).toList()));
        category.addListener((o, a, b) -> refilter());
        kit.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        refilter();
    }

    public ObservableList<String> categories() { return categories; }
    public ObservableList<String> kits() { return kits; }
    public ObjectProperty<String> categoryProperty() { return category; }
    public ObjectProperty<String> kitProperty() { return kit; }
    public StringProperty searchProperty() { return search; }
    /** The loops matching the category, the kit and every word of the search (name, category, kit, key). */
    public ObservableList<LoopInfo> shown() { return shown; }

    private void refilter() {
        String c = category.get();
        String k = kit.get();
        String[] words = search.get() == null ? new String[0]
                : search.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
        shown.setAll(all.stream()
                .filter(l -> c == null || ALL.equals(c) || l.category().equals(c))
                .filter(l -> k == null || ALL.equals(k) || l.kit().equals(k))
                .filter(l -> matches(l, words))
                .toList());
    }

    private static boolean matches(LoopInfo l, String[] words) {
        String text = (l.name() + " " + l.category() + " " + l.kit() + " " + l.key() + " " + l.path())
                .toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A tempo as a person writes it: "100", "127.5". */
    public static String bpm(double tempo) {
        double tenth = Math.round(tempo * 10) / 10.0;
        return tenth == Math.rint(tenth) ? String.valueOf((long) tenth) : String.valueOf(tenth);
    }

    /** Adds a loop (one just imported) and shows it: the filters are cleared if they would hide it. */
    public void add(LoopInfo loop) {
        all.removeIf(l -> l.path().equals(loop.path()));
        all.add(loop);
        if (!categories.contains(loop.category())) {
            categories.setAll(withAll(all.stream().map(LoopInfo::category).toList()));
        }
        if (!loop.kit().isEmpty() && !kits.contains(loop.kit())) {
            kits.setAll(withAll(all.stream().map(LoopInfo::kit).filter(k -> !k.isEmpty()).toList()));
        }
        search.set("");
        category.set(ALL);
        kit.set(loop.kit().isEmpty() ? ALL : loop.kit());
        refilter();
    }

    private static List<String> withAll(List<String> names) {
        List<String> out = new ArrayList<>();
        out.add(ALL);
        out.addAll(new TreeSet<>(names));
        return out;
    }

    /** "120 BPM · A minor · 4 bars", leaving out what the library does not say. */
    public static String describe(LoopInfo l) {
        StringBuilder sb = new StringBuilder();
        if (Double.isFinite(l.tempo())) {
            sb.append(bpm(l.tempo())).append(" BPM");
        }
        if (!l.key().isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " · ").append(l.key());
        }
        if (Double.isFinite(l.bars())) {
            double b = l.bars();
            String n = b == Math.rint(b) ? String.valueOf((long) b) : String.valueOf(b);
            sb.append(sb.isEmpty() ? "" : " · ").append(n).append(b == 1 ? " bar" : " bars");
        }
        return sb.toString();
    }
}
