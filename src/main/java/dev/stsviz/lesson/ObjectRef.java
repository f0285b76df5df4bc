package dev.stsviz.lesson;

import dev.stsviz.console.ResourceType;

/** An object a lesson names: its type and its name, which may be a role such as {@code {node of kubia-0}}. */
public record ObjectRef(ResourceType type, String name) {
    @Override
    public String toString() {
        return type.singular().replace(".apps", "") + "/" + name;
    }
}
