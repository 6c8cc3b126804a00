package cn.qingyang.assistance.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a process's constants class (process key, message names, variable names), shared by the
 * delegates and the tests. The model conformance test reads every String constant of such a
 * class as a variable the process may provide or read, so that a form field bound to a name that
 * no constant, expression or mapping mentions is caught.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelConstants {
}
