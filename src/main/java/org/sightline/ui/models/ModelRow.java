package org.sightline.ui.models;

/** One catalogued model as the Models dialog shows it. */
public record ModelRow(String id, String name, String role, String engine, String size, String state,
                       boolean usable, boolean downloadable) {
}
