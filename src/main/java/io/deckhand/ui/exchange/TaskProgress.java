package io.deckhand.ui.exchange;

import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import java.text.NumberFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Progress of one background job as properties for a progress bar ("412 / 1,200 notes"), and its
 * Cancel flag. Reports arrive on the worker thread and are handed to {@code fxThread}.
 */
public final class TaskProgress implements ProgressListener {
    private final Consumer<Runnable> fxThread;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final StringProperty text = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty(-1);

    public TaskProgress(Consumer<Runnable> fxThread) {
        this.fxThread = fxThread;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** 0..1, or -1 while the total is unknown (an indeterminate bar). */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    public void reset() {
        cancelled.set(false);
        text.set("Starting\u2026");
        fraction.set(-1);
    }

    public void cancel() {
        cancelled.set(true);
        fxThread.accept(() -> text.set("Cancelling\u2026"));
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void report(Progress p) {
        String line = describe(p);
        double f = p.fraction();
        fxThread.accept(() -> {
            if (cancelled.get()) return;
            text.set(line);
            fraction.set(f);
        });
    }

    /** "Importing notes: 412 / 1,200 notes", or the stage alone while the total is unknown. */
    static String describe(Progress p) {
        if (p.total() <= 0) return p.stage();
        NumberFormat n = NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH);
        String unit = p.unit() == null || p.unit().isBlank() ? "" : " " + p.unit();
        return p.stage() + ": " + n.format(p.done()) + " / " + n.format(p.total()) + unit;
    }
}
