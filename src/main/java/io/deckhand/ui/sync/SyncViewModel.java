package io.deckhand.ui.sync;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.sync.SyncReport;
import io.deckhand.app.sync.SyncService;
import io.deckhand.app.sync.SyncStatus;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync dialog's state and actions, each run on the worker: the folder a sync program keeps in
 * step, this device's name, the other devices and when each last synced, what waits and why, the
 * open conflicts, and "Sync now".
 */
public final class SyncViewModel {
    /** Local date and time, to the minute: when a device last synced. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());

    /** One other device as the dialog lists it. */
    public record DeviceRow(String name, String lastSync, String applied) {
    }

    /** One waiting journal line as the dialog lists it. */
    public record WaitingRow(String device, String reason) {
    }

    /** One open conflict as the dialog lists it: where, the value kept, the value that lost, and whose edit lost when. */
    public record ConflictRow(long id, String what, String field, String kept, String lost, String lostEdit) {
    }

    private final Supplier<SyncService> service;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final Runnable collectionChanged;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final StringProperty deviceId = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty conflicts = new SimpleIntegerProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<WaitingRow> waiting = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflictRows = FXCollections.observableArrayList();

    /**
     * @param collectionChanged run on the FX thread after a sync applied other devices' changes, so screens read again
     */
    public SyncViewModel(Supplier<SyncService> service, TaskRunner tasks, ErrorPresenter errors, Runnable collectionChanged) {
        this.service = service;
        this.tasks = tasks;
        this.errors = errors;
        this.collectionChanged = collectionChanged;
    }

    /** Reads where sync stands. */
    public void load() {
        SyncService s = service.get();
        if (s == null) return;
        tasks.run(s::status, this::show, e -> errors.show(e, "Nothing was changed."));
    }

    /** Syncs through {@code chosen} from now on (the first time, this device's collection starts its journal there). */
    public void chooseFolder(Path chosen) {
        SyncService s = service.get();
        if (s == null || chosen == null) return;
        running.set(true);
        message.set("Setting the sync folder\u2026");
        tasks.run(() -> {
            s.setFolder(chosen);
            return s.status();
        }, st -> {
            running.set(false);
            show(st);
            message.set("Syncing through " + st.folder().map(Path::toString).orElse(chosen.toString())
                    + ". Choose the same shared folder on your other devices.");
        }, e -> {
            running.set(false);
            message.set("");
            errors.show(e, "The sync folder was not changed.");
        });
    }

    /** Names this device as the other devices list it. */
    public void saveDeviceName() {
        SyncService s = service.get();
        if (s == null) return;
        String name = deviceName.get();
        tasks.run(() -> {
            s.setDeviceName(name);
            return s.status();
        }, st -> {
            show(st);
            message.set("This device is called " + st.deviceName() + ".");
        }, e -> errors.show(e, "The device's name was not changed."));
    }

    /** Writes this device's changes to its journal and applies the other devices' journals. */
    public void syncNow() {
        SyncService s = service.get();
        if (s == null || running.get()) return;
        running.set(true);
        message.set("Syncing\u2026");
        tasks.run(() -> new Synced(s.syncNow(), s.status()), r -> {
            running.set(false);
            show(r.status());
            message.set(describe(r.report()));
            if (r.report().applied() > 0) collectionChanged.run();
        }, e -> {
            running.set(false);
            message.set("");
            errors.show(e, "Your collection is unchanged; the next sync tries again.");
        });
    }

    /** Closes a conflict; the value kept stays. */
    public void keepConflict(ConflictRow row) {
        resolve(row, s -> s.keepConflict(row.id()), "Kept \u201c" + row.kept() + "\u201d; the conflict is closed.");
    }

    /** Puts the value that lost back as a new edit (synced like any edit) and closes the conflict. */
    public void useOtherValue(ConflictRow row) {
        resolve(row, s -> s.useOtherValue(row.id()), "Now \u201c" + row.lost() + "\u201d; the next sync takes it to your other devices.");
    }

    private interface Resolution {
        void apply(SyncService s) throws DeckhandException;
    }

    private void resolve(ConflictRow row, Resolution action, String done) {
        SyncService s = service.get();
        if (s == null || row == null || running.get()) return;
        tasks.run(() -> {
            action.apply(s);
            return s.status();
        }, st -> {
            show(st);
            message.set(done);
            collectionChanged.run();
        }, e -> errors.show(e, "Nothing was changed."));
    }

    private record Synced(SyncReport report, SyncStatus status) {
    }

    /** One line on what a sync did. */
    static String describe(SyncReport r) {
        StringBuilder b = new StringBuilder("Synced: ");
        b.append(count(r.written(), "change")).append(" written, ").append(count(r.applied(), "change"))
                .append(" from other devices applied");
        if (!r.waiting().isEmpty()) b.append(", ").append(count(r.waiting().size(), "change")).append(" waiting");
        if (r.conflicts() > 0) b.append(", ").append(count(r.conflicts(), "new conflict"));
        if (r.reapplied() > 0) {
            b.append(", ").append(count(r.reapplied(), "change")).append(" of this device's own applied again "
                    + "(the collection was older than its journal: a backup restored?)");
        }
        return b.append('.').toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private void show(SyncStatus st) {
        folder.set(st.folder().map(Path::toString).orElse(""));
        deviceName.set(st.deviceName());
        deviceId.set(st.deviceId());
        devices.setAll(st.devices().stream().map(d -> new DeviceRow(d.name(), when(d.lastSync()),
                d.appliedSeq() == 0 ? "nothing yet" : d.appliedSeq() + (d.appliedSeq() == 1 ? " change" : " changes"))).toList());
        waiting.setAll(st.waiting().stream().map(w -> new WaitingRow(w.deviceName(), w.reason())).toList());
        conflicts.set(st.conflicts().size());
        Map<String, String> names = new HashMap<>();
        st.devices().forEach(d -> names.put(d.id(), d.name()));
        names.put(st.deviceId(), st.deviceName().isBlank() ? "this device" : st.deviceName() + " (this device)");
        conflictRows.setAll(st.conflicts().stream().map(c -> new ConflictRow(c.id(), whatOf(c.what(), c.label()), fieldOf(c.field()),
                c.kept(), c.lost(), names.getOrDefault(c.lostDevice(), c.lostDevice()) + ", " + WHEN.format(c.lostAt()))).toList());
        loaded.set(true);
    }

    /** "Card: What runs a pod?": the kind, then its text now (its sync identity when it is gone). */
    static String whatOf(String entity, String label) {
        int colon = entity.indexOf(':');
        if (colon < 0) return entity;
        String kind = entity.substring(0, colon);
        String name = label.isBlank() ? entity.substring(colon + 1) + " (deleted)" : label;
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ": " + name;
    }

    /** A note's fields travel as f0, f1, …; people count from one. */
    static String fieldOf(String field) {
        return field.matches("f\\d+") ? "field " + (Integer.parseInt(field.substring(1)) + 1) : field;
    }

    private static String when(Optional<Instant> at) {
        return at.map(WHEN::format).orElse("never");
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty deviceNameProperty() {
        return deviceName;
    }

    public ReadOnlyStringProperty deviceIdProperty() {
        return deviceId;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty conflictsProperty() {
        return conflicts;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ObservableList<DeviceRow> devices() {
        return devices;
    }

    public ObservableList<WaitingRow> waiting() {
        return waiting;
    }

    public ObservableList<ConflictRow> conflictRows() {
        return conflictRows;
    }
}
