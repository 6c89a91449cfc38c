package org.sightline.core.attributes.store;

/** An attribute's label as the investigator sees it: present, absent, or not known (no score, no correction). */
public enum EffectiveLabel {
    YES, NO, UNKNOWN
}
