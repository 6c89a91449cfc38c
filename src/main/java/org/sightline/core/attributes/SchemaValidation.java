package org.sightline.core.attributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds every problem in a schema, each naming its entry as {@code groups[i]} or {@code attributes[i]}. */
final class SchemaValidation {

    private SchemaValidation() {
    }

    static List<String> problems(String id, String name, List<AttributeGroup> groups, List<Attribute> attributes) {
        List<String> problems = new ArrayList<>();
        String idProblem = Names.problem(id);
        if (idProblem != null) {
            problems.add("schema id " + idProblem);
        }
        if (name == null || name.isBlank()) {
            problems.add("schema name is empty");
        }
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            AttributeGroup g = groups.get(i);
            String where = "groups[" + i + "] (id '" + g.id() + "')";
            String problem = Names.problem(g.id());
            if (problem != null) {
                problems.add(where + ": id " + problem);
            }
            if (g.label().isBlank()) {
                problems.add(where + ": empty label");
            }
            Integer first = groupIndex.putIfAbsent(g.id(), i);
            if (first != null) {
                problems.add(where + ": duplicate group id, first at groups[" + first + "]");
            }
        }
        Map<String, String> seen = new HashMap<>();
        Set<String> binaryTokens = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            String where = "attributes[" + i + "] (token '" + a.token() + "')";
            String problem = Names.problem(a.token());
            if (problem != null) {
                problems.add(where + ": token " + problem);
            }
            if (a.label().isBlank()) {
                problems.add(where + ": empty label");
            }
            Integer g = groupIndex.get(a.group());
            if (g == null) {
                problems.add(where + ": unknown group '" + a.group() + "'");
            } else if (!groups.get(g).exclusive()) {
                binaryTokens.add(a.token());
            }
            List<String> names = new ArrayList<>(a.aliases());
            names.addFirst(a.token());
            for (String n : names) {
                String firstAt = seen.putIfAbsent(n, "attributes[" + i + "]");
                if (firstAt != null) {
                    problems.add(where + ": duplicate token or alias '" + n + "', first at " + firstAt);
                }
            }
            for (String alias : a.aliases()) {
                String aliasProblem = Names.problem(alias);
                if (aliasProblem != null) {
                    problems.add(where + ": alias " + aliasProblem);
                }
            }
        }
        if (attributes.isEmpty()) {
            problems.add("schema has no attributes");
        }
        for (String groupId : groupIndex.keySet()) {
            if (binaryTokens.contains(groupId)) {
                problems.add("group id '" + groupId + "' equals the token of a yes/no attribute;"
                        + " both would be the same folder of an exported tree");
            }
        }
        return problems;
    }
}
