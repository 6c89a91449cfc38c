package org.sightline.ui.models;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.models.ByteSizes;
import org.sightline.core.models.FileState;
import org.sightline.core.models.ModelDownloader;
import org.sightline.core.models.ModelEntry;
import org.sightline.core.models.ModelRole;
import org.sightline.core.models.ModelStore;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The Models dialog: which models are available and where, downloads the user starts (background
 * jobs with progress, resume and checksum check), and the compute-device setting.
 */
public final class ModelsViewModel {
    public static final List<String> DEVICE_CHOICES = List.of("auto", "cpu", "gpu");

    private final ModelStore store;
    private final ModelDownloader downloader;
    private final JobRunner jobs;
    private final Executor uiThread;
    private final AppPaths paths;
    private final ObservableList<ModelRow> rows = FXCollections.observableArrayList();
    private final StringProperty deviceSetting = new SimpleStringProperty();
    private final StringProperty searchModelSetting = new SimpleStringProperty();
    private final ObservableList<String> searchModels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ModelsViewModel(ModelStore store, ModelDownloader downloader, JobRunner jobs, Executor uiThread, AppPaths paths) {
        this.store = store;
        this.downloader = downloader;
        this.jobs = jobs;
        this.uiThread = uiThread;
        this.paths = paths;
        Settings settings = Settings.load(paths);
        deviceSetting.set(settings.computeDevice().toLowerCase(Locale.ROOT));
        searchModels.setAll(store.catalog().byRole(ModelRole.VISION_LANGUAGE).stream().map(ModelEntry::id).toList());
        searchModelSetting.set(settings.searchModel());
    }

    public ObservableList<ModelRow> rows() {
        return rows;
    }

    public StringProperty deviceSettingProperty() {
        return deviceSetting;
    }

    /** The vision-language models of the catalog, any of which description search can use. */
    public ObservableList<String> searchModels() {
        return searchModels;
    }

    public StringProperty searchModelSettingProperty() {
        return searchModelSetting;
    }

    /** Saves the description-search model; cases re-embed with it in the background at their next search. */
    public void saveSearchModelSetting() {
        String choice = searchModelSetting.get();
        Settings.load(paths).withSearchModel(choice).save(paths);
        message.set("Description search will use " + choice + " from the next case opened; each case re-embeds once");
    }

    public ObservableStringValue message() {
        return message.getReadOnlyProperty();
    }

    /** Re-checks every model's files (hashing new ones) off the UI thread. */
    public void refresh() {
        jobs.submit("Checking model files", context -> {
            List<ModelRow> fresh = store.catalog().models().stream().map(this::row).toList();
            uiThread.execute(() -> rows.setAll(fresh));
            return fresh.size();
        });
    }

    /** Starts a download as a background job; the table refreshes when it ends, however it ends. */
    public void download(String modelId) {
        message.set("Downloading " + modelId + "… (see Background work)");
        jobs.submit("Downloading model " + modelId, downloader.job(modelId)).result().whenComplete((done, failure) ->
                uiThread.execute(() -> {
                    message.set(failure == null ? modelId + " downloaded and verified"
                            : "Download of " + modelId + " failed: " + rootMessage(failure));
                    refresh();
                }));
    }

    /** Saves the device choice; it applies to models loaded from the next start on. */
    public void saveDeviceSetting() {
        String choice = deviceSetting.get();
        Settings.load(paths).withComputeDevice(choice).save(paths);
        message.set("Compute device set to " + choice + "; it applies from the next start");
    }

    private ModelRow row(ModelEntry entry) {
        FileState state = store.overallState(entry);
        boolean downloadable = entry.files().stream().allMatch(file -> file.url().isPresent());
        return new ModelRow(entry.id(), entry.name(), entry.role().jsonName(), entry.engine().jsonName(),
                ByteSizes.human(entry.totalSize()), state.label(), state.isUsable(), downloadable && !state.isUsable());
    }


    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}
