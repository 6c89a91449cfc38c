package org.sightline.ui.annotation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.review.LabelReview;
import org.sightline.core.attributes.review.ReviewItem;
import org.sightline.core.attributes.review.ReviewQueue;
import org.sightline.core.attributes.store.EffectiveLabel;
import org.sightline.core.attributes.store.EffectiveLabels;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.ui.attributes.AttributeBar;
import org.sightline.ui.attributes.AttributeBarsViewModel;
import org.sightline.ui.attributes.GroupBars;
import org.sightline.ui.cases.Stopping;
import org.sightline.ui.common.Problem;
import org.sightline.ui.gallery.GalleryViewModel;

/**
 * Keyboard label correction of the selected person: every action appends corrections through a
 * {@link LabelReview} by {@link #authorProperty() the author} (predictions are never touched) on
 * {@code background}, then shows the bars again. One review session (and undo stack) per case, schema
 * and author. A closing case's corrections already asked for are saved before its store closes ({@link #stop}).
 */
public final class AnnotationViewModel {
    static final int QUEUE_SIZE = 500;

    private final GalleryViewModel gallery;
    private final AttributeBarsViewModel bars;
    private final Executor background;
    private final Executor uiThread;
    private final Consumer<Problem> problems;
    private final Consumer<String> status;
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final StringProperty author;
    private final ObjectProperty<ReviewOrder> order = new SimpleObjectProperty<>(ReviewOrder.GALLERY);
    private final ReadOnlyIntegerWrapper undoDepth = new ReadOnlyIntegerWrapper();
    private final Set<Write> writing = ConcurrentHashMap.newKeySet();
    private LabelReview review;
    private CaseStore reviewed;
    private List<Long> queue = List.of();

    public AnnotationViewModel(GalleryViewModel gallery, AttributeBarsViewModel bars, String defaultAuthor,
                               Executor background, Executor uiThread, Consumer<Problem> problems,
                               Consumer<String> status) {
        this.gallery = gallery;
        this.bars = bars;
        this.background = background;
        this.uiThread = uiThread;
        this.problems = problems;
        this.status = status;
        this.author = new SimpleStringProperty(defaultAuthor == null || defaultAuthor.isBlank() ? "investigator"
                : defaultAuthor.strip());
        author.addListener((obs, old, now) -> review = null);
        bars.schemaProperty().addListener((obs, old, now) -> review = null);
        order.addListener((obs, old, now) -> {
            if (now == ReviewOrder.MOST_UNCERTAIN) {
                loadQueue();
            }
        });
    }

    /** The case changed: the old session's undo steps do not apply to the new case. */
    public void caseChanged() {
        review = null;
        queue = List.of();
        undoDepth.set(0);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int delta) {
        if (order.get() == ReviewOrder.GALLERY) {
            gallery.move(delta);
            return;
        }
        if (queue.isEmpty()) {
            status.accept("The review queue is empty: every scored attribute has a correction");
            return;
        }
        int at = gallery.selectedProperty().get() == null ? -1
                : queue.indexOf(gallery.selectedProperty().get().detectionId());
        int next = at < 0 ? 0 : Math.max(0, Math.min(queue.size() - 1, at + delta));
        gallery.select(queue.get(next));
    }

    /** Fetches the most uncertain detections for the shown predictor (the gallery's when none is shown). */
    public void loadQueue() {
        CaseStore store = gallery.store();
        if (store == null) {
            return;
        }
        AttributeSchema schema = bars.schemaProperty().get();
        String predictorId = bars.predictor() != null ? bars.predictor().id() : gallery.predictorId();
        background.execute(() -> {
            try {
                List<Long> ids = new ReviewQueue(store).next(schema, predictorId, AttributeBarsViewModel.THRESHOLD,
                        QUEUE_SIZE, 0).stream().map(ReviewItem::detectionId).toList();
                uiThread.execute(() -> {
                    queue = ids;
                    status.accept("Review queue: " + ids.size() + " people, most uncertain first");
                    if (!ids.isEmpty()) {
                        gallery.select(ids.getFirst());
                    }
                });
            } catch (RuntimeException failure) {
                uiThread.execute(() -> problems.accept(new Problem("Could not build the review queue",
                        Problem.reasonOf(failure))));
            }
        });
    }

    /**
     * Yes becomes no; no or unknown becomes yes (in an exclusive group, yes also says no to the others).
     * The label in force is read when the write runs, so quick repeated presses each flip it.
     */
    public void toggle(String token) {
        AttributeBar bar = bar(token);
        if (bar == null) {
            return;
        }
        long detection = bars.detectionId();
        CaseStore store = bars.store();
        AttributeSchema schema = bars.schemaProperty().get();
        write(review -> {
            EffectiveLabel now = new EffectiveLabels(store).of(detection, schema, AttributeBarsViewModel.THRESHOLD)
                    .state(token).label();
            boolean present = now != EffectiveLabel.YES;
            review.set(detection, token, present);
            return bar.attribute().label() + ": " + (present ? "yes" : "no");
        });
    }

    public void toggleFocused() {
        AttributeBar focused = bars.focusedBar();
        if (focused != null) {
            toggle(focused.token());
        }
    }

    /** The n-th (1-based) attribute of the focused attribute's group: chosen in an exclusive group, else toggled. */
    public void pickInFocusedGroup(int n) {
        AttributeBar focused = bars.focusedBar();
        GroupBars group = focused == null ? null : bars.groups().stream()
                .filter(g -> g.bars().contains(focused)).findFirst().orElse(null);
        if (group == null || n < 1 || n > group.bars().size()) {
            return;
        }
        AttributeBar picked = group.bars().get(n - 1);
        bars.focusedIndexProperty().set(picked.index());
        long detection = bars.detectionId();
        if (group.group().exclusive()) {
            write(review -> {
                review.set(detection, picked.token(), true);
                return group.group().label() + ": " + picked.attribute().label();
            });
        } else {
            toggle(picked.token());
        }
    }

    /** Withdraws the focused attribute's correction, so the prediction shows again. */
    public void clearFocused() {
        AttributeBar focused = bars.focusedBar();
        if (focused != null && focused.corrected()) {
            long detection = bars.detectionId();
            write(review -> {
                review.clear(detection, focused.token());
                return focused.attribute().label() + ": back to the prediction";
            });
        }
    }

    /** Takes the prediction as the label of every scored attribute without a correction. */
    public void acceptPrediction() {
        PredictorInfo predictor = bars.predictor();
        if (predictor == null) {
            status.accept("Nothing to accept: no attribute model scored this person");
            return;
        }
        long detection = bars.detectionId();
        write(review -> "Accepted the prediction for " + review.acceptPrediction(detection, predictor.id(),
                AttributeBarsViewModel.THRESHOLD) + " attributes");
    }

    public void undo() {
        LabelReview session = review;
        if (session == null || !session.canUndo()) {
            status.accept("Nothing to undo");
            return;
        }
        run(reviewed, session, s -> s.undo() ? "Undone" : "Nothing to undo");
    }

    private void write(Function<LabelReview, String> action) {
        CaseStore store = bars.store();
        if (store == null || bars.detectionId() < 0) {
            return;
        }
        if (review == null || reviewed != store) {
            review = new LabelReview(store, bars.schemaProperty().get(), author.get());
            reviewed = store;
        }
        run(store, review, action);
    }

    private void run(CaseStore store, LabelReview session, Function<LabelReview, String> action) {
        Write write = new Write(store, new CompletableFuture<>());
        writing.add(write);
        background.execute(() -> {
            try {
                String done = action.apply(session);
                int depth = session.undoDepth();
                uiThread.execute(() -> {
                    undoDepth.set(depth);
                    status.accept(done + " (by " + session.author() + ")");
                    bars.reload();
                });
            } catch (RuntimeException failure) {
                uiThread.execute(() -> problems.accept(new Problem("Could not save the correction",
                        Problem.reasonOf(failure))));
            } finally {
                writing.remove(write);
                write.saved().complete(null);
            }
        });
    }

    /**
     * Closing listener: corrections of {@code closing} asked for but not yet saved are not dropped (each is
     * one small transaction); the stage completes once they are saved.
     */
    public Stopping stop(CaseStore closing) {
        List<Write> mine = writing.stream().filter(w -> w.store() == closing).toList();
        return Stopping.of(mine.size(), "label correction", CompletableFuture.allOf(mine.stream().map(Write::saved)
                .toArray(CompletableFuture[]::new)));
    }

    private record Write(CaseStore store, CompletableFuture<Void> saved) {
    }

    private AttributeBar bar(String token) {
        return bars.groups().stream().flatMap(g -> g.bars().stream()).filter(b -> b.token().equals(token))
                .findFirst().orElse(null);
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ObjectProperty<ReviewOrder> orderProperty() {
        return order;
    }

    public ReadOnlyIntegerProperty undoDepthProperty() {
        return undoDepth.getReadOnlyProperty();
    }

    public List<Long> queue() {
        return queue;
    }
}
