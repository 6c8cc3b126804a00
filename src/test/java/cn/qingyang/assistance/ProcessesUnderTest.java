package cn.qingyang.assistance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The processes (definition keys) a {@code *ProcessIT} class is about: its coverage floor is
 * computed over these, and every other process it happens to drive (the DiscoveryCase that calls a
 * 低保 application, the follow-up a closed case starts) is left to the class that names it. Each
 * diagram under {@code bpmn/} is named by exactly one class ({@code ProcessesUnderTestTest}), so
 * no process escapes the floor.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessesUnderTest {

    String[] value();
}
