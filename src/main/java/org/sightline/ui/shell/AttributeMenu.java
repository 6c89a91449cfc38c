package org.sightline.ui.shell;

import static org.sightline.ui.shell.ShellMenus.enabledWhen;
import static org.sightline.ui.shell.ShellMenus.item;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.sightline.ui.annotation.AnnotationViewModel;
import org.sightline.ui.annotation.AttributeActions;
import org.sightline.ui.annotation.ReviewOrder;
import org.sightline.ui.common.Icons;

/** The Attributes menu: annotation mode, review order, author, scoring, prompt tuning, label export and import. */
final class AttributeMenu {
    private AttributeMenu() {
    }

    static Menu create(ShellViewModel shell, AttributeActions actions, Runnable tunePrompts) {
        BooleanBinding open = shell.cases().openProperty();
        AnnotationViewModel annotation = shell.people().annotation();
        CheckMenuItem annotate = new CheckMenuItem("Annotation mode", Icons.of(MaterialDesignA.ACCOUNT_EDIT_OUTLINE));
        annotate.setId("annotationModeItem");
        annotate.setAccelerator(Shortcuts.ANNOTATE.keys());
        annotate.selectedProperty().bindBidirectional(annotation.activeProperty());
        CheckMenuItem uncertainFirst = new CheckMenuItem("Review most uncertain first");
        uncertainFirst.setSelected(annotation.orderProperty().get() == ReviewOrder.MOST_UNCERTAIN);
        uncertainFirst.setOnAction(event -> annotation.orderProperty().set(uncertainFirst.isSelected()
                ? ReviewOrder.MOST_UNCERTAIN : ReviewOrder.GALLERY));
        annotation.orderProperty().addListener((obs, old, now) -> uncertainFirst.setSelected(now == ReviewOrder.MOST_UNCERTAIN));
        Menu menu = new Menu("Attributes", null,
                annotate, uncertainFirst,
                item(null, "Corrections author…", Icons.of(MaterialDesignA.ACCOUNT_OUTLINE), actions::setAuthor),
                new SeparatorMenuItem(),
                enabledWhen(item(null, "Score new crops", Icons.of(MaterialDesignA.AUTO_FIX), actions::rescore), open),
                item(null, "Tune prompts…", Icons.of(MaterialDesignT.TUNE), tunePrompts),
                new SeparatorMenuItem(),
                enabledWhen(item(null, "Export labels as CSV (with crops)…", Icons.of(MaterialDesignF.FILE_DELIMITED_OUTLINE),
                        actions::exportCsv), open),
                enabledWhen(item(null, "Export labelled folder tree…", Icons.of(MaterialDesignF.FILE_TREE_OUTLINE),
                        actions::exportTree), open),
                enabledWhen(item(null, "Import labels CSV as corrections…", Icons.of(MaterialDesignI.IMPORT),
                        actions::importCsv), open));
        menu.setId("attributesMenu");
        return menu;
    }
}
