package org.sightline.ui.footage;

import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.video.VideoFrame;
import org.sightline.ui.common.Icons;

/**
 * A source's frames with the people's boxes drawn over them (a canvas over the image), and the
 * transport: play/pause (Space), step (Left/Right), seek slider. Click a box to select it;
 * right-click or F finds that person everywhere.
 */
public final class FootageView {
    private final FootageViewModel viewer;
    private final Runnable findSelected;
    private final BorderPane root = new BorderPane();
    private final Pane stage = new Pane();
    private final ImageView picture = new ImageView();
    private final Canvas overlay = new Canvas();
    private final FrameImages images = new FrameImages();
    private final Slider slider = new Slider(0, 1, 0);
    private final ContextMenu boxMenu = new ContextMenu();
    private BoxPainter.Fit fit;
    private boolean updatingSlider;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            viewer.tick(now);
        }
    };

    public FootageView(FootageViewModel viewer, Runnable findSelected) {
        this.viewer = viewer;
        this.findSelected = findSelected;
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        stage.getChildren().addAll(picture, overlay);
        stage.getStyleClass().add("sl-frame-stage");
        stage.setMinSize(0, 0);
        stage.setId("frameStage");
        overlay.setId("frameOverlay");
        root.setCenter(stage);
        root.setBottom(transport());
        root.setId("footageView");
        root.getStyleClass().add("sl-footage");
        root.setFocusTraversable(true);
        bind();
    }

    private HBox transport() {
        Button back = iconButton(Icons.of(MaterialDesignS.SKIP_PREVIOUS), "Previous frame (Left)", () -> viewer.step(-1));
        Button play = iconButton(Icons.of(MaterialDesignP.PLAY), "Play / pause (Space)", viewer::togglePlay);
        play.setId("playButton");
        viewer.playingProperty().addListener((obs, was, playing) -> play.setGraphic(
                Icons.of(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY)));
        Button forward = iconButton(Icons.of(MaterialDesignS.SKIP_NEXT), "Next frame (Right)", () -> viewer.step(1));
        Button find = iconButton(Icons.of(MaterialDesignA.ACCOUNT_SEARCH), "Find the selected person everywhere (F)",
                findSelected);
        find.disableProperty().bind(viewer.selectedProperty().isNull());
        slider.setId("frameSlider");
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label status = new Label();
        status.setId("frameStatus");
        status.getStyleClass().add("sl-muted");
        status.textProperty().bind(viewer.statusProperty());
        status.setMinWidth(260);
        HBox bar = new HBox(back, play, forward, slider, find, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("sl-transport");
        return bar;
    }

    private void bind() {
        InvalidationListener redraw = obs -> layoutFrame();
        stage.widthProperty().addListener(redraw);
        stage.heightProperty().addListener(redraw);
        viewer.frameProperty().addListener((obs, old, frame) -> showFrame(frame));
        viewer.boxes().addListener((ListChangeListener<DetectionRow>) change -> paint());
        viewer.selectedProperty().addListener(redraw);
        viewer.playingProperty().addListener((obs, was, playing) -> {
            if (playing) {
                pulse.start();
            } else {
                pulse.stop();
            }
        });
        viewer.lastFrameProperty().addListener((obs, old, last) -> slider.setMax(Math.max(1, last.longValue())));
        viewer.frameIndexProperty().addListener((obs, old, index) -> {
            if (!slider.isValueChanging()) {
                updatingSlider = true;
                slider.setValue(Math.max(0, index.longValue()));
                updatingSlider = false;
            }
        });
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!updatingSlider && Math.round(value.doubleValue()) != viewer.frameIndexProperty().get()) {
                viewer.pause();
                viewer.seek(Math.round(value.doubleValue()));
            }
        });
        MenuItem findItem = new MenuItem("Find this person everywhere (F)", Icons.of(MaterialDesignA.ACCOUNT_SEARCH));
        findItem.setOnAction(event -> findSelected.run());
        boxMenu.getItems().add(findItem);
        stage.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void pressed(MouseEvent event) {
        root.requestFocus();
        boxMenu.hide();
        if (fit == null) {
            return;
        }
        viewer.detectionAt(fit.frameX(event.getX()), fit.frameY(event.getY())).ifPresentOrElse(detection -> {
            viewer.select(detection);
            if (event.getButton() == MouseButton.SECONDARY) {
                boxMenu.show(stage, event.getScreenX(), event.getScreenY());
            }
        }, () -> viewer.select(null));
    }

    private void keyPressed(KeyEvent event) {
        if (event.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        switch (event.getCode()) {
            case SPACE -> viewer.togglePlay();
            case LEFT -> viewer.step(-1);
            case RIGHT -> viewer.step(1);
            case F -> {
                if (!event.isShortcutDown()) {
                    findSelected.run();
                } else {
                    return;
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showFrame(VideoFrame frame) {
        picture.setImage(frame == null ? null : images.show(frame.image()));
        layoutFrame();
    }

    private void layoutFrame() {
        double width = stage.getWidth();
        double height = stage.getHeight();
        overlay.setWidth(width);
        overlay.setHeight(height);
        VideoFrame frame = viewer.frameProperty().get();
        if (frame == null || width <= 0 || height <= 0) {
            fit = null;
        } else {
            fit = BoxPainter.Fit.of(frame.image().width(), frame.image().height(), width, height);
            picture.setFitWidth(frame.image().width() * fit.scale());
            picture.setFitHeight(frame.image().height() * fit.scale());
            picture.relocate(fit.x(), fit.y());
        }
        paint();
    }

    private void paint() {
        BoxPainter.paint(overlay, fit, viewer.boxes(), viewer.selectedProperty().get());
    }

    private static Button iconButton(javafx.scene.Node icon, String tooltip, Runnable action) {
        Button button = new Button(null, icon);
        button.getStyleClass().add("sl-icon-button");
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    public BorderPane root() {
        return root;
    }

    /** Where a frame pixel lies in the view (for tests and tooltips); null before a frame is shown. */
    public javafx.geometry.Point2D viewPointOf(double frameX, double frameY) {
        return fit == null ? null : new javafx.geometry.Point2D(fit.x() + frameX * fit.scale(), fit.y() + frameY * fit.scale());
    }
}
