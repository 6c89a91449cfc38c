package org.sightline.core.attributes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of attributes in groups, e.g. PETA-35 or an investigator's own list.
 * Immutable; the constructor rejects an invalid schema with every problem named by entry.
 */
public final class AttributeSchema {
    private final String id;
    private final String name;
    private final List<AttributeGroup> groups;
    private final List<Attribute> attributes;
    private final Map<String, AttributeGroup> groupsById = new LinkedHashMap<>();
    private final Map<String, Attribute> byTokenOrAlias = new LinkedHashMap<>();

    public AttributeSchema(String id, String name, List<AttributeGroup> groups, List<Attribute> attributes) {
        this.id = id;
        this.name = name;
        this.groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        this.attributes = List.copyOf(Objects.requireNonNull(attributes, "attributes"));
        List<String> problems = SchemaValidation.problems(id, name, this.groups, this.attributes);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        this.groups.forEach(g -> groupsById.put(g.id(), g));
        for (Attribute a : this.attributes) {
            byTokenOrAlias.put(a.token(), a);
            a.aliases().forEach(alias -> byTokenOrAlias.put(alias, a));
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<AttributeGroup> groups() {
        return groups;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** Tokens in schema order. */
    public List<String> tokens() {
        return attributes.stream().map(Attribute::token).toList();
    }

    public int size() {
        return attributes.size();
    }

    /** The attribute with this token or alias. */
    public Optional<Attribute> find(String tokenOrAlias) {
        return Optional.ofNullable(byTokenOrAlias.get(tokenOrAlias));
    }

    public boolean contains(String tokenOrAlias) {
        return byTokenOrAlias.containsKey(tokenOrAlias);
    }

    /** The schema's own token for a token or alias, or empty when the schema does not know it. */
    public Optional<String> canonical(String tokenOrAlias) {
        return find(tokenOrAlias).map(Attribute::token);
    }

    public AttributeGroup group(String groupId) {
        AttributeGroup group = groupsById.get(groupId);
        if (group == null) {
            throw new IllegalArgumentException("schema '" + id + "' has no group '" + groupId + "'");
        }
        return group;
    }

    public AttributeGroup groupOf(Attribute attribute) {
        return group(attribute.group());
    }

    /** Attributes of one group, in schema order. */
    public List<Attribute> attributesIn(String groupId) {
        group(groupId);
        List<Attribute> members = new ArrayList<>();
        for (Attribute a : attributes) {
            if (a.group().equals(groupId)) {
                members.add(a);
            }
        }
        return Collections.unmodifiableList(members);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeSchema s && Objects.equals(id, s.id) && Objects.equals(name, s.name)
                && groups.equals(s.groups) && attributes.equals(s.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, groups, attributes);
    }

    @Override
    public String toString() {
        return "AttributeSchema[" + id + ", " + attributes.size() + " attributes]";
    }
}
