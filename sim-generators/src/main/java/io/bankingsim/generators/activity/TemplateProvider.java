package io.bankingsim.generators.activity;

import java.util.List;

/**
 * Extension point: everyday transaction templates for the {@code standard} generator. A jar on the
 * classpath that lists an implementation in
 * {@code META-INF/services/io.bankingsim.generators.activity.TemplateProvider} adds its templates
 * to every run; a template with the name of a built-in one ({@link StandardTemplates}) replaces
 * it, and two providers offering the same name are an error naming both classes. A template
 * whose frequencies are all zero switches a built-in off.
 *
 * <p>Implementations need a public no-argument constructor; {@link #templates()} is called once
 * per run and must return the same templates each time (determinism).
 */
public interface TemplateProvider {

    /** Stable, unique name of the provider, e.g. {@code acme-templates}. */
    String name();

    /** The templates to add or replace. */
    List<TransactionTemplate> templates();
}
