package app.physiorx.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks endpoints that touch patient data: every call writes an audit event (who, what, from where,
 * outcome) before its response leaves. {@code value} is the resource type; the action is
 * "type.read" for GET and "type.change" otherwise unless {@code action} names it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {
    String value();

    String action() default "";
}
