package org.sightline.cli.attributes;

import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.cases.CaseStore;

/** The id the attribute job stored its scores under (the only predictor of a test case). */
final class AttributeModelsTestIds {

    private AttributeModelsTestIds() {
    }

    static String predictorId(CaseStore store) {
        return new AttributePredictions(store).predictors().getFirst().id();
    }
}
