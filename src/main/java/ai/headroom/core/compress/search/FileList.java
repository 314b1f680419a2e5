package ai.headroom.core.compress.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the names of files left out with their match counts, files of one directory folded into shell
 * brace form ({@code src/app/{a.py (3), b.py (2)}}) so long common paths are written once but stay exact.
 */
final class FileList {

    private FileList() {}

    /** {@code paths} and {@code counts} are parallel, in output order. */
    static String format(List<String> paths, List<Integer> counts) {
        Map<String, List<String>> byDir = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            String dir = path.substring(0, slash + 1);
            byDir.computeIfAbsent(dir, d -> new ArrayList<>())
                    .add((path.isEmpty() ? "(stdin)" : path.substring(slash + 1)) + " (" + counts.get(i) + ")");
        }
        List<String> parts = new ArrayList<>(byDir.size());
        byDir.forEach((dir, names) -> parts.add(names.size() == 1 || dir.isEmpty()
                ? prefixEach(dir, names) : dir + "{" + String.join(", ", names) + "}"));
        return String.join(", ", parts);
    }

    private static String prefixEach(String dir, List<String> names) {
        return names.stream().map(n -> dir + n).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
