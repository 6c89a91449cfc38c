package org.sightline.ui.annotation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of annotation mode, active while it is on and no text field has the focus. The F1 help
 * lists {@link #BINDINGS}, so what it says is what the keys do.
 */
public final class AnnotationKeys {
    /** One key binding: how the help names the keys, what it does, which presses match, the action. */
    public record Binding(String keysText, String action, Predicate<KeyEvent> matches,
                          Consumer<AnnotationViewModel> run) {
    }

    public static final List<Binding> BINDINGS = List.of(
            new Binding("J / →", "Next person", plain(KeyCode.J, KeyCode.RIGHT), AnnotationViewModel::next),
            new Binding("K / ←", "Previous person", plain(KeyCode.K, KeyCode.LEFT), AnnotationViewModel::previous),
            new Binding("↓ / ↑", "Focus the next / previous attribute", plain(KeyCode.DOWN, KeyCode.UP), null),
            new Binding("Space", "Toggle the focused attribute (yes ↔ no)", plain(KeyCode.SPACE),
                    AnnotationViewModel::toggleFocused),
            new Binding("1 … 9", "Pick the n-th value of the focused group (one value in exclusive groups)",
                    event -> !event.isShortcutDown() && digit(event) > 0, null),
            new Binding("A", "Accept the prediction for every uncorrected attribute", plain(KeyCode.A),
                    AnnotationViewModel::acceptPrediction),
            new Binding("Delete", "Withdraw the focused attribute's correction", plain(KeyCode.DELETE, KeyCode.BACK_SPACE),
                    AnnotationViewModel::clearFocused),
            new Binding("Ctrl+Z", "Undo the last correction", event -> event.isShortcutDown()
                    && event.getCode() == KeyCode.Z, AnnotationViewModel::undo),
            new Binding("Q", "Switch between grid order and review queue (most uncertain first)", plain(KeyCode.Q),
                    vm -> vm.orderProperty().set(vm.orderProperty().get() == ReviewOrder.GALLERY
                            ? ReviewOrder.MOST_UNCERTAIN : ReviewOrder.GALLERY)));

    private AnnotationKeys() {
    }

    /**
     * Routes key presses to {@code annotation} while it is active.
     *
     * @param moveFocus moves the focused attribute by the given number of places
     */
    public static void install(Scene scene, AnnotationViewModel annotation, Consumer<Integer> moveFocus) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!annotation.activeProperty().get() || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (handle(event, annotation, moveFocus)) {
                event.consume();
            }
        });
    }

    static boolean handle(KeyEvent event, AnnotationViewModel annotation, Consumer<Integer> moveFocus) {
        if (!event.isShortcutDown() && !event.isAltDown()) {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
                moveFocus.accept(event.getCode() == KeyCode.DOWN ? 1 : -1);
                return true;
            }
            int digit = digit(event);
            if (digit > 0) {
                annotation.pickInFocusedGroup(digit);
                return true;
            }
        }
        for (Binding binding : BINDINGS) {
            if (binding.run() != null && binding.matches().test(event)) {
                binding.run().accept(annotation);
                return true;
            }
        }
        return false;
    }

    private static int digit(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }

    private static Predicate<KeyEvent> plain(KeyCode... codes) {
        return event -> !event.isShortcutDown() && !event.isAltDown() && List.of(codes).contains(event.getCode());
    }
}
