package ai.headroom.core.compress.log;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders error lines by how much a reader needs them: the first and the last error, then each
 * distinct (normalised) error once, then the remaining ones spread evenly over the log.
 */
final class ErrorPriority {

    private ErrorPriority() {}

    /** The first {@code limit} errors of that order (all of them when {@code limit} is large enough). */
    static List<Integer> order(ClassifiedLog log, List<Integer> errors, int limit) {
        if (errors.isEmpty() || limit <= 0) {
            return List.of();
        }
        Set<Integer> order = new LinkedHashSet<>();
        order.add(errors.get(0));
        order.add(errors.get(errors.size() - 1));
        Set<String> seen = new HashSet<>();
        seen.add(log.normalized(errors.get(0)));
        seen.add(log.normalized(errors.get(errors.size() - 1)));
        for (int e : errors) {
            if (order.size() >= limit) {
                break;
            }
            if (seen.add(log.normalized(e))) {
                order.add(e);
            }
        }
        List<Integer> rest = new ArrayList<>();
        for (int e : errors) {
            if (!order.contains(e)) {
                rest.add(e);
            }
        }
        int needed = limit - order.size();
        if (needed > 0 && !rest.isEmpty()) {
            int step = Math.max(1, (rest.size() + needed - 1) / needed);
            for (int k = 0; k < rest.size() && order.size() < limit; k += step) {
                order.add(rest.get(k));
            }
            for (int e : rest) {
                if (order.size() >= limit) {
                    break;
                }
                order.add(e);
            }
        }
        List<Integer> result = new ArrayList<>(order);
        return result.size() > limit ? result.subList(0, limit) : result;
    }
}
