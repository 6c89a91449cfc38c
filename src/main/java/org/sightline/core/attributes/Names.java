package org.sightline.core.attributes;

import java.util.regex.Pattern;

/** Rules for tokens and group ids: they appear in space-separated label files and as folder names. */
final class Names {
    private static final Pattern FORBIDDEN = Pattern.compile("[\\s/\\\\:*?\"<>|,]");

    private Names() {
    }

    /** Returns why {@code name} cannot be a token or group id, or null when it can. */
    static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "is empty";
        }
        if (FORBIDDEN.matcher(name).find()) {
            return "'" + name + "' contains a space, comma or a character not allowed in folder names (/\\:*?\"<>|)";
        }
        if (name.equals(".") || name.equals("..")) {
            return "'" + name + "' is not a usable name";
        }
        return null;
    }
}
