package ai.headroom.core.context;

import ai.headroom.core.dialect.AnthropicMessages;
import ai.headroom.core.dialect.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a conversation into the groups of messages that can only be dropped together, and marks the
 * groups that must never be dropped.
 *
 * <p>Why groups: a tool call without its result (or a result without its call) is rejected by every
 * provider, and a Responses {@code reasoning} item must stay with the item that follows it. For Anthropic a
 * group is an assistant turn plus the user turns answering it, so removing whole groups keeps the
 * user/assistant alternation. Protected: system/developer messages, everything up to and including the
 * first user message, and the last {@code protectLast} messages.
 */
final class DropUnits {

    /** A group of item indices, ascending, dropped all together or not at all. */
    record Unit(List<Integer> members, boolean droppable) {
        int first() {
            return members.get(0);
        }

        int last() {
            return members.get(members.size() - 1);
        }
    }

    private DropUnits() {}

    static List<Unit> of(List<Item> items, Dialect dialect, int protectLast) {
        int n = items.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        if (dialect instanceof AnthropicMessages) {
            groupAnthropicTurns(items, parent);
        } else {
            groupCallsWithResults(items, parent);
        }
        boolean[] kept = protectedItems(items, protectLast);
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Unit> units = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            boolean droppable = members.stream().noneMatch(i -> kept[i]);
            units.add(new Unit(List.copyOf(members), droppable));
        }
        units.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return units;
    }

    /** An assistant turn and the non-system turns after it, up to the next assistant turn. */
    private static void groupAnthropicTurns(List<Item> items, int[] parent) {
        int owner = -1;
        for (int i = 0; i < items.size(); i++) {
            String role = items.get(i).role();
            if (role.equals("assistant")) {
                owner = i;
            } else if (owner >= 0 && !role.equals("system")) {
                union(parent, owner, i);
            }
        }
    }

    /** Calls with their results by call id; a reasoning item with the item after it. */
    private static void groupCallsWithResults(List<Item> items, int[] parent) {
        Map<String, Integer> callers = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            for (String id : item.calls()) {
                callers.putIfAbsent(id, i);
            }
            for (String id : item.results()) {
                Integer caller = callers.get(id);
                if (caller != null) {
                    union(parent, caller, i);
                }
            }
            if (item.role().equals("reasoning") && i + 1 < items.size()) {
                union(parent, i, i + 1);
            }
        }
    }

    private static boolean[] protectedItems(List<Item> items, int protectLast) {
        int n = items.size();
        boolean[] kept = new boolean[n];
        int firstUser = -1;
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            if (firstUser < 0 && item.role().equals("user") && !item.isToolResult()) {
                firstUser = i;
            }
            kept[i] = item.role().equals("system") || firstUser < 0 || i == firstUser || i >= n - protectLast;
        }
        return kept;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two groups under the smaller index, so group ids stay deterministic. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
