package org.sightline.ui.attributes;

import java.util.List;
import org.sightline.core.attributes.AttributeGroup;

/** The bars of one schema group; an exclusive group holds alternatives (one age band, one colour). */
public record GroupBars(AttributeGroup group, List<AttributeBar> bars) {
    public GroupBars {
        bars = List.copyOf(bars);
    }

    /** Caption shown above the group, e.g. "Upper body colour · pick one". */
    public String caption() {
        return group.label() + (group.exclusive() ? " · pick one" : "");
    }
}
