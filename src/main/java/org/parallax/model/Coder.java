package org.parallax.model;

/** A person who codes; every segment records its coder. */
public record Coder(long id, String name) {
    /**
     * The coder layer the assistant's own passages go into: named here once for the workbench and the store, whose
     * migration to schema 19 leaves this layer out when it picks the project's first coder (AssistantLayerNamedOnceTest holds
     * the SQL scripts, which cannot name a constant, to the same name).
     */
    public static final String ASSISTANT = "assistant";
}
