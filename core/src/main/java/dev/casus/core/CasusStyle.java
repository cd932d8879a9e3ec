package dev.casus.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the Casus model, applied to every model package.
 *
 * <p>Every value type is an abstract class {@code X} with a generated, public {@code ImmutableX}
 * implementation. Users reach it through static factories ({@code X.of(...)}) and builders ({@code
 * X.builder()}); collections are Guava immutable collections, absent values are {@link
 * java.util.Optional}, and no accessor ever returns {@code null}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "means:means", "territory:territories"},
    defaults = @Value.Immutable(copy = true, prehash = false),
    privateNoargConstructor = false,
    deferCollectionAllocation = true,
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface CasusStyle {}
