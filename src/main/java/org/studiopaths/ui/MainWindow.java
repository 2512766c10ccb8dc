package org.studiopaths.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studiopaths.exercise.Side;
import org.studiopaths.journal.CareerFacts;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.ui.compare.CompareView;
import org.studiopaths.ui.home.HomeModel;
import org.studiopaths.ui.home.HomeView;
import org.studiopaths.ui.prefs.Prefs;
import org.studiopaths.ui.prefs.Settings;
import org.studiopaths.ui.prefs.SettingsPane;
import org.studiopaths.ui.session.Recoverable;
import org.studiopaths.ui.session.RecoveryStore;
import org.studiopaths.ui.session.RestoredWork;
import org.studiopaths.ui.shortcuts.ShortcutsSheet;
import org.studiopaths.ui.tour.Tour;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one window: a top bar (the app's name, the four screens, keys, help and settings), the current screen,
 * and a status bar that says when playback is off. Its root is a {@link StackPane} so cards ({@link Overlay})
 * can cover it. The path screens are plugged in with {@link #setScreenFactory} (DesktopApp does). When work was
 * left unsaved by a crash, a banner under the top bar offers to restore it.
 */
public final class MainWindow implements Navigator {

    private final AppServices services;
    private final Prefs prefs;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final Map<Side, ScreenFactory> factories = new EnumMap<>(Side.class);
    private final Map<Screen, ToggleButton> tabs = new EnumMap<>(Screen.class);
    private final Timeline playbackWatch;
    /** Autosaves found at start and not yet answered, newest first; the banner asks about the first. */
    private final List<Recoverable> offers;
    private final VBox top = new VBox();
    private Screen current;
    private Tour tour;

    public MainWindow(AppServices services, Prefs prefs) {
        this.services = services;
        this.prefs = prefs;
        root.setId("main-window");
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        List<String> damagedAutosaves = new ArrayList<>();
        offers = new ArrayList<>(services.sessions().store().pending(damagedAutosaves::add));
        if (!damagedAutosaves.isEmpty()) {
            services.status().addProblem(String.join("; ", damagedAutosaves));
        }
        top.getChildren().add(topBar());
        frame.setTop(top);
        frame.setBottom(statusBar());
        root.getChildren().add(frame);
        applySettings(prefs.get());
        prefs.settingsProperty().addListener((obs, old, now) -> applySettings(now));
        services.journalVersionProperty().addListener((obs, old, now) -> {
            if (current == Screen.HOME || current == Screen.COMPARE) {
                show(current);
            }
        });
        // The engine only learns of a lost device when play is pressed; look at what it knows once a second.
        playbackWatch = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            String problem = services.engine().playbackProblem();
            if (problem != null) {
                services.status().setPlaybackProblem(problem);
            }
        }));
        playbackWatch.setCycleCount(Timeline.INDEFINITE);
        playbackWatch.play();
        showHome();
        showNextOffer();
    }

    /** The window's content, to put in a {@link Scene}; install the keys with {@link #installKeys}. */
    public Parent root() {
        return root;
    }

    /** Plugs in a path's screen; shown the next time the path is opened (at once if it is showing). */
    public void setScreenFactory(Side side, ScreenFactory factory) {
        factories.put(side, factory);
        if (current == screenOf(side)) {
            show(current);
        }
    }

    public Screen current() {
        return current;
    }

    @Override
    public void showHome() {
        show(Screen.HOME);
    }

    @Override
    public void showProduction() {
        show(Screen.PRODUCTION);
    }

    @Override
    public void showEngineering() {
        show(Screen.ENGINEERING);
    }

    @Override
    public void showCompare() {
        show(Screen.COMPARE);
    }

    public void show(Screen screen) {
        if (current != null && current != screen) {
            services.engine().stop();
        }
        services.sessions().leave(); // the screen is made anew: whatever was open on it is left
        current = screen;
        Node content = switch (screen) {
            case HOME -> new HomeView(HomeModel.of(services.journal().attempts()), CareerFacts.bundled(), this).node();
            case COMPARE -> new CompareView(services, this).node();
            case PRODUCTION -> pathScreen(Side.PRODUCTION);
            case ENGINEERING -> pathScreen(Side.ENGINEERING);
        };
        frame.setCenter(content);
        tabs.get(screen).setSelected(true);
    }

    /** Shows the tour cards; F1 and the help button call this. */
    public void showTour() {
        if (tour == null || !tour.isShowing()) {
            tour = Tour.show(root, () -> prefs.update(s -> s.withTourSeen(true)));
        }
    }

    public boolean isTourShowing() {
        return tour != null && tour.isShowing();
    }

    public void showShortcuts() {
        ShortcutsSheet.show(root);
    }

    public void showSettings() {
        SettingsPane.show(root, prefs, services.installation().data());
    }

    /** F1 for the tour, {@code ?} and Ctrl+/ for the keys sheet. Call once the root is in its scene. */
    public void installKeys(Scene scene) {
        FocusedControlKeys.install(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showTour);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN),
                this::showShortcuts);
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                e.consume();
                showShortcuts();
            }
        });
    }

    /** Stops watching the engine; the caller closes the services. */
    public void dispose() {
        playbackWatch.stop();
    }

    /**
     * Restores an autosave: its path's screen opens with exactly that project, in its exercise or free play,
     * unsaved. What cannot be read any more is said in the status bar.
     */
    public void restore(Recoverable offer) {
        answered(offer);
        RecoveryStore store = services.sessions().store();
        // Look again: the slot may have been autosaved anew or left since the banner appeared.
        Recoverable now = store.pending().stream().filter(r -> r.slot().equals(offer.slot())).findFirst()
                .orElse(null);
        if (now == null) {
            services.status().say("That unsaved work is no longer there to restore.");
            return;
        }
        Project project;
        try {
            project = store.restore(now);
        } catch (JsonFormatException e) {
            services.status().say(e.getMessage() + " (that autosave cannot be restored; it stays in "
                    + store.folder() + " and is offered again at the next start until you discard it)");
            return;
        }
        openWork(new RestoredWork(now.origin(), project));
    }

    /** Opens a project in its path's screen, in its exercise (or free play), as unsaved work. */
    public void openWork(RestoredWork work) {
        services.sessions().offer(work);
        show(screenOf(work.side()));
        if (services.sessions().takeOffered(work.side()).isPresent()) {
            services.status().say("The " + work.side().id() + " screen could not open the restored work.");
        }
    }

    /** Throws an autosave away, as the banner's Discard does. */
    public void discard(Recoverable offer) {
        answered(offer);
        try {
            services.sessions().store().discard(offer);
        } catch (IOException e) {
            services.status().say("Could not remove the autosave in " + services.sessions().store().folder()
                    + ": " + e.getMessage());
        }
    }

    private void answered(Recoverable offer) {
        offers.remove(offer);
        showNextOffer();
    }

    private void showNextOffer() {
        if (top.getChildren().size() > 1) {
            top.getChildren().remove(1);
        }
        if (!offers.isEmpty()) {
            top.getChildren().add(recoveryBanner(offers.get(0)));
        }
    }

    private Node recoveryBanner(Recoverable offer) {
        Label question = new Label(offer.question(ZoneId.systemDefault()), new FontIcon(Feather.LIFE_BUOY));
        question.setId("recovery-question");
        question.setWrapText(true);
        Button restore = new Button("Restore");
        restore.setId("recovery-restore");
        restore.getStyleClass().add("accent");
        restore.setOnAction(e -> restore(offer));
        restore.setTooltip(new Tooltip("Open that work again where it was left"));
        Button discard = new Button("Discard");
        discard.setId("recovery-discard");
        discard.setOnAction(e -> discard(offer));
        discard.setTooltip(new Tooltip("Throw that unsaved work away"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox banner = new HBox(12, question, grow, restore, discard);
        banner.setId("recovery-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("recovery-banner");
        return banner;
    }

    private Node pathScreen(Side side) {
        ScreenFactory f = factories.get(side);
        if (f == null) {
            throw new IllegalStateException("no screen is registered for " + side.id());
        }
        return f.create(services, this);
    }

    private static Screen screenOf(Side side) {
        return side == Side.PRODUCTION ? Screen.PRODUCTION : Screen.ENGINEERING;
    }

    private Node topBar() {
        FontIcon logo = new FontIcon(Feather.MUSIC);
        logo.getStyleClass().add("app-logo");
        Label name = new Label("Studio Paths", logo);
        name.getStyleClass().add("app-name");
        ToggleGroup group = new ToggleGroup();
        HBox nav = new HBox(4);
        nav.getChildren().addAll(
                tab(group, Screen.HOME, "Home", Feather.HOME, "The two paths side by side", this::showHome),
                tab(group, Screen.PRODUCTION, "Production", PathStyle.icon(Side.PRODUCTION),
                        "Arrange loops into a song: the production exercises", this::showProduction),
                tab(group, Screen.ENGINEERING, "Engineering", PathStyle.icon(Side.ENGINEERING),
                        "Mix a song at the console: the engineering exercises", this::showEngineering),
                tab(group, Screen.COMPARE, "Compare", Feather.BAR_CHART_2, "Which path you enjoyed more",
                        this::showCompare));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(18, name, nav, grow,
                iconButton("top-keys", Feather.COMMAND, "Keyboard shortcuts (?)", this::showShortcuts),
                iconButton("top-help", Feather.HELP_CIRCLE, "Tour of the app (F1)", this::showTour),
                iconButton("top-settings", Feather.SETTINGS, "Settings", this::showSettings));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private ToggleButton tab(ToggleGroup group, Screen screen, String text, Feather icon, String tip,
                             Runnable action) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip + " (Left and Right move between the tabs)"));
        b.setId("nav-" + screen.id());
        b.getStyleClass().add("nav-tab");
        b.setToggleGroup(group);
        // A tab stays pressed while its screen shows: clicking it again only re-opens the screen.
        b.setOnAction(e -> action.run());
        tabs.put(screen, b);
        return b;
    }

    private static Button iconButton(String id, Feather icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node statusBar() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(services.status().messageProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label playback = new Label();
        playback.setId("status-playback");
        Tooltip why = new Tooltip();
        Runnable update = () -> {
            boolean off = services.status().playbackOff();
            playback.setText(off ? StatusModel.PLAYBACK_OFF : "Audio output ready");
            playback.setGraphic(new FontIcon(off ? Feather.VOLUME_X : Feather.VOLUME_2));
            playback.getStyleClass().removeAll("playback-off", "playback-on");
            playback.getStyleClass().add(off ? "playback-off" : "playback-on");
            why.setText(off ? services.status().playbackProblemProperty().get() : "Playback works");
        };
        playback.setTooltip(why);
        services.status().playbackProblemProperty().addListener((obs, o, n) -> update.run());
        update.run();
        HBox bar = new HBox(12, message, grow, playback);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void applySettings(Settings s) {
        // The themes' binary form: read much faster at start than parsing their 170 KB of CSS.
        Application.setUserAgentStylesheet(s.theme() == Settings.Theme.LIGHT
                ? new PrimerLight().getUserAgentStylesheetBSS() : new PrimerDark().getUserAgentStylesheetBSS());
        root.getStyleClass().removeAll("theme-dark", "theme-light");
        root.getStyleClass().add(s.theme() == Settings.Theme.LIGHT ? "theme-light" : "theme-dark");
        root.setStyle("-fx-font-size: " + s.textSize().pixels() + "px;");
    }
}
