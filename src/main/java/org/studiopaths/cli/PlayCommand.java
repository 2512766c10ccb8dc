package org.studiopaths.cli;

import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.engine.JavaSoundOutput;
import org.studiopaths.engine.Player;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.engine.Timeline;
import org.studiopaths.model.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code play PROJECT.json [--from BAR] [--to BAR]}: plays through Java Sound and returns when done. */
@Command(name = "play", description = "Plays a project through the default audio output and returns when it is done.")
final class PlayCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT.json", description = "the project file")
    Path project;

    @Option(names = "--from", paramLabel = "BAR", description = "the bar to start at (default 1)")
    Double from;

    @Option(names = "--to", paramLabel = "BAR", description = "the bar to stop at (default: the end of the song)")
    Double to;

    @Override
    public Integer call() throws InterruptedException {
        RenderPlan plan = ProjectInput.compile(cli.installation(), project, true);
        Project p = plan.project();
        double fromBar = from == null ? 1 : from;
        double toBar = to == null ? p.endBar() : Math.min(to, p.endBar());
        if (fromBar < 1) {
            throw new UserError("play: --from is " + fromBar + "; allowed bar 1 or later");
        }
        if (toBar <= fromBar) {
            throw new UserError("play: nothing to play from bar " + fmt(fromBar) + " to bar " + fmt(toBar)
                    + " (the song ends at bar " + fmt(p.endBar()) + ")");
        }
        long start = Timeline.frameOfBar(p, fromBar);
        long stop = Timeline.frameOfBar(p, toBar);
        try (Player player = new Player(new JavaSoundOutput())) {
            player.setPlan(plan);
            player.seek(start);
            player.setStopAtFrame(stop);
            try {
                player.play();
            } catch (AudioUnavailableException e) {
                throw new UserError("play: " + e.getMessage() + "; nothing was played (render writes a WAV instead)",
                        Cli.NO_AUDIO);
            }
            while (player.isPlaying()) {
                Thread.sleep(20);
            }
            if (player.fault() != null) {
                throw new UserError("play: " + player.fault(), Cli.NO_AUDIO);
            }
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "Played %s from bar %s to bar %s (%.2f s) through a %d-frame (%.0f ms) buffer; %d underruns",
                    project, fmt(fromBar), fmt(toBar), (stop - start) / (double) plan.sampleRate(),
                    player.lineBufferFrames(), player.lineBufferFrames() * 1000.0 / plan.sampleRate(),
                    player.underruns()));
            spec.commandLine().getOut().flush();
        }
        return Cli.OK;
    }

    private static String fmt(double bar) {
        return bar == Math.rint(bar) ? Long.toString((long) bar) : String.format(Locale.ROOT, "%.2f", bar);
    }
}
