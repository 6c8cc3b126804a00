package cn.qingyang.assistance.traceability;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test method as proof of clauses of the notice or of legal time limits, by their ids in
 * {@code docs/traceability/clauses.tsv} (e.g. {@code @Proves("N4a")}, {@code @Proves({"N9", "T-aid-24h"})}).
 * {@link TraceabilityTest} reads it from the compiled test classes into {@code docs/traceability.md}
 * and fails on an id the catalogue does not know.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Proves.List.class)
public @interface Proves {

    /** Ids from the catalogue. */
    String[] value();

    /** The container of a repeated {@link Proves}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Proves[] value();
    }
}
