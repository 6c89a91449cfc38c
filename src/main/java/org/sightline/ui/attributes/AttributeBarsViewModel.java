package org.sightline.ui.attributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.attributes.AttributeGroup;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.store.DetectionAttributes;
import org.sightline.core.attributes.store.EffectiveLabels;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.ui.common.Problem;

/**
 * The inspector's attribute bars for one detection under the chosen schema, grouped by the schema's
 * groups. Reads run on {@code background}; the newest request wins.
 */
public final class AttributeBarsViewModel {
    /** Effective label is yes when the probability is strictly above this. */
    public static final double THRESHOLD = 0.5;

    private final Executor background;
    private final Executor uiThread;
    private final Consumer<Problem> problems;
    private final ObservableList<AttributeSchema> schemas = FXCollections.observableArrayList(availableSchemas());
    private final ObjectProperty<AttributeSchema> schema = new SimpleObjectProperty<>(schemas.getFirst());
    private final ReadOnlyObjectWrapper<DetectionAttributes> attributes = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GroupBars> groups = FXCollections.observableArrayList();
    private final IntegerProperty focusedIndex = new SimpleIntegerProperty(0);
    private final AtomicLong generation = new AtomicLong();
    private final StringBinding predictorText = Bindings.createStringBinding(() -> {
        DetectionAttributes shown = attributes.get();
        if (shown == null) {
            return "";
        }
        return shown.predictor().map(p -> "Scored by " + p.displayName())
                .orElse("Not scored by any attribute model yet");
    }, attributes);
    private CaseStore store;
    private long detectionId = -1;

    public AttributeBarsViewModel(Executor background, Executor uiThread, Consumer<Problem> problems) {
        this.background = background;
        this.uiThread = uiThread;
        this.problems = problems;
        schema.addListener((obs, old, now) -> {
            focusedIndex.set(0);
            reload();
        });
    }

    /** Shows {@code detectionId} of {@code caseStore}. */
    public void show(CaseStore caseStore, long detection) {
        if (caseStore != store || detection != detectionId) {
            focusedIndex.set(Math.min(focusedIndex.get(), schema.get().size() - 1));
        }
        this.store = caseStore;
        this.detectionId = detection;
        reload();
    }

    public void clear() {
        generation.incrementAndGet();
        store = null;
        detectionId = -1;
        attributes.set(null);
        groups.clear();
    }

    /** Reads the shown detection again (after a correction or a finished scoring job). */
    public void reload() {
        CaseStore target = store;
        long detection = detectionId;
        AttributeSchema chosen = schema.get();
        if (target == null || detection < 0) {
            return;
        }
        long request = generation.incrementAndGet();
        background.execute(() -> {
            try {
                DetectionAttributes read = new EffectiveLabels(target).of(detection, chosen, THRESHOLD);
                uiThread.execute(() -> {
                    if (request == generation.get()) {
                        attributes.set(read);
                        groups.setAll(grouped(chosen, read));
                    }
                });
            } catch (RuntimeException failure) {
                uiThread.execute(() -> problems.accept(new Problem("Could not read attributes",
                        "Detection " + detection + " in " + target.info().folder() + "\n" + Problem.reasonOf(failure))));
            }
        });
    }

    static List<GroupBars> grouped(AttributeSchema schema, DetectionAttributes read) {
        Map<String, List<AttributeBar>> byGroup = new LinkedHashMap<>();
        schema.groups().forEach(group -> byGroup.put(group.id(), new ArrayList<>()));
        for (int i = 0; i < read.attributes().size(); i++) {
            AttributeBar bar = AttributeBar.of(i, read.attributes().get(i));
            byGroup.get(bar.attribute().group()).add(bar);
        }
        List<GroupBars> result = new ArrayList<>();
        for (AttributeGroup group : schema.groups()) {
            if (!byGroup.get(group.id()).isEmpty()) {
                result.add(new GroupBars(group, byGroup.get(group.id())));
            }
        }
        return result;
    }

    /** The bar of the focused attribute, or null when nothing is shown. */
    public AttributeBar focusedBar() {
        int index = focusedIndex.get();
        return groups.stream().flatMap(g -> g.bars().stream()).filter(b -> b.index() == index).findFirst().orElse(null);
    }

    public void moveFocus(int delta) {
        int size = schema.get().size();
        focusedIndex.set(Math.floorMod(focusedIndex.get() + delta, size));
    }

    /** The predictor whose scores are shown, if any scored this detection. */
    public PredictorInfo predictor() {
        DetectionAttributes shown = attributes.get();
        return shown == null ? null : shown.predictor().orElse(null);
    }

    public CaseStore store() {
        return store;
    }

    public long detectionId() {
        return detectionId;
    }

    public ObservableList<AttributeSchema> schemas() {
        return schemas;
    }

    public ObjectProperty<AttributeSchema> schemaProperty() {
        return schema;
    }

    public ReadOnlyObjectProperty<DetectionAttributes> attributesProperty() {
        return attributes.getReadOnlyProperty();
    }

    public ObservableList<GroupBars> groups() {
        return groups;
    }

    public IntegerProperty focusedIndexProperty() {
        return focusedIndex;
    }

    public StringBinding predictorTextProperty() {
        return predictorText;
    }

    /** Built-in schemas and the user's own (app-data schemas folder); a broken user file leaves the built-ins. */
    private static java.util.List<AttributeSchema> availableSchemas() {
        try {
            return org.sightline.core.attributes.SchemaLibrary.forApp(org.sightline.core.config.AppPaths.fromEnvironment()).all();
        } catch (RuntimeException e) {
            System.err.println("Sightline: " + e.getMessage() + " — showing the built-in schemas only");
            return BuiltInSchemas.all();
        }
    }
}
