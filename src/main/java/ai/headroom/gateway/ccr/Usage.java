package ai.headroom.gateway.ccr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Sums the integer fields of the {@code usage} objects of several rounds: the client paid for all of them. */
final class Usage {

    private Usage() {}

    static JsonNode sum(List<JsonNode> responses, String field) {
        JsonNode last = responses.getLast().path(field);
        if (!last.isObject()) {
            return last;
        }
        ObjectNode total = last.deepCopy();
        for (String name : List.copyOf(total.properties().stream().map(Map.Entry::getKey).toList())) {
            if (total.get(name).isIntegralNumber()) {
                long sum = 0;
                for (JsonNode r : responses) {
                    sum += r.path(field).path(name).asLong(0);
                }
                total.put(name, sum);
            }
        }
        return total;
    }
}
