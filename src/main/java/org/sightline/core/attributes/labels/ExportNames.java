package org.sightline.core.attributes.labels;

import java.util.ArrayList;
import java.util.List;

/**
 * The file name an image gets in an exported tree: its labels-file path flattened, folders joined
 * by "__" ({@code images/3DPeS/1.png} becomes {@code images__3DPeS__1.png}), so images of different
 * folders with the same name stay apart.
 */
public final class ExportNames {

    private ExportNames() {
    }

    public static String of(String file) {
        String s = file.replace('\\', '/').replace(':', '_');
        List<String> parts = new ArrayList<>();
        for (String part : s.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            parts.add(part.equals("..") ? "up" : part);
        }
        return String.join("__", parts);
    }
}
