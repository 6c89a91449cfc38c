package org.sightline.ui.timeline;

import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.sightline.core.video.VideoFrame;

/** One strip per source with a tick at each frame the selected person is seen in; click a tick to go there. */
public final class TimelineView {
    private static final double STRIP_HEIGHT = 22;
    private static final double CLICK_TOLERANCE_PX = 5;

    private final TimelineViewModel timeline;
    private final VBox strips = new VBox();
    private final VBox root;

    public TimelineView(TimelineViewModel timeline) {
        this.timeline = timeline;
        Label title = new Label();
        title.setId("timelineTitle");
        title.getStyleClass().add("sl-muted");
        title.textProperty().bind(timeline.titleProperty());
        Label caption = new Label("TIMELINE");
        caption.getStyleClass().add("sl-caption");
        HBox header = new HBox(caption, title);
        header.getStyleClass().add("sl-section-header");
        strips.getStyleClass().add("sl-timeline-strips");
        ScrollPane scroll = new ScrollPane(strips);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("sl-timeline-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(header, scroll);
        root.setId("timeline");
        root.getStyleClass().add("sl-timeline");
        timeline.strips().addListener((ListChangeListener<TimelineStrip>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        strips.getChildren().clear();
        for (TimelineStrip strip : timeline.strips()) {
            strips.getChildren().add(row(strip));
        }
    }

    private HBox row(TimelineStrip strip) {
        Label name = new Label(strip.source().label());
        name.getStyleClass().add("sl-timeline-source");
        name.setMinWidth(150);
        name.setPrefWidth(150);
        name.setTooltip(new Tooltip(strip.source().path().toString()));
        Canvas canvas = new Canvas(10, STRIP_HEIGHT);
        canvas.setId("timelineStrip-" + strip.source().id());
        Pane holder = new Pane(canvas);
        holder.setMinWidth(50);
        holder.setPrefHeight(STRIP_HEIGHT);
        HBox.setHgrow(holder, Priority.ALWAYS);
        holder.widthProperty().addListener((obs, old, width) -> {
            canvas.setWidth(width.doubleValue());
            paint(canvas, strip);
        });
        Tooltip hint = new Tooltip();
        Tooltip.install(canvas, hint);
        canvas.setOnMouseMoved(event -> strip.nearest(frameAt(canvas, strip, event.getX()), tolerance(canvas, strip))
                .ifPresentOrElse(mark -> hint.setText(describe(mark)), () -> hint.setText("Click a mark to see that frame")));
        canvas.setOnMouseClicked(event -> strip.nearest(frameAt(canvas, strip, event.getX()), tolerance(canvas, strip))
                .ifPresent(timeline::jump));
        HBox row = new HBox(name, holder);
        row.getStyleClass().add("sl-timeline-row");
        return row;
    }

    /** The x of frame {@code index} on a strip {@code width} wide (inverse of the click mapping). */
    public static double xOf(TimelineStrip strip, long index, double width) {
        return (index + 0.5) / (strip.lastFrame() + 1) * width;
    }

    private static double frameAt(Canvas canvas, TimelineStrip strip, double x) {
        return x / canvas.getWidth() * (strip.lastFrame() + 1) - 0.5;
    }

    private static double tolerance(Canvas canvas, TimelineStrip strip) {
        return CLICK_TOLERANCE_PX / canvas.getWidth() * (strip.lastFrame() + 1);
    }

    private static String describe(TimelineMark mark) {
        String time = mark.timestampMs().isPresent() ? " · " + VideoFrame.formatTimestamp(mark.timestampMs().getAsLong()) : "";
        String track = mark.trackId().isPresent() ? " · track " + mark.trackId().getAsLong() : "";
        return "Frame " + (mark.frameIndex() + 1) + time + track;
    }

    private static void paint(Canvas canvas, TimelineStrip strip) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        g.clearRect(0, 0, width, STRIP_HEIGHT);
        g.setFill(Color.web("#2a2f3a"));
        g.fillRoundRect(0, 4, width, STRIP_HEIGHT - 8, 6, 6);
        g.setFill(Color.web("#4fc3f7"));
        double markWidth = Math.max(2, width / (strip.lastFrame() + 1));
        for (TimelineMark mark : strip.marks()) {
            double x = xOf(strip, mark.frameIndex(), width);
            g.fillRect(x - markWidth / 2, 2, markWidth, STRIP_HEIGHT - 4);
        }
    }

    public VBox root() {
        return root;
    }
}
