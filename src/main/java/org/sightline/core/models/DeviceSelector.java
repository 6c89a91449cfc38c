package org.sightline.core.models;

/** Turns the device setting into the device actually used, as far as the inference engine can tell. */
@FunctionalInterface
public interface DeviceSelector {
    DeviceChoice select(ComputeDevice requested);
}
