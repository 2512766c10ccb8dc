package org.studiopaths.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app (placeholder while the shell is built). */
public class DesktopApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Studio Paths");
        stage.setScene(new Scene(new Label("Studio Paths"), 1280, 800));
        stage.show();
    }
}
