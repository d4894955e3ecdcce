package org.cocrea.plans.care;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The plan tools' {@code @OpenTool}: a {@code PlanService.Access} or {@link CareAccess.Opened} parameter marked
 * with it is opened through {@link PlanGate} (role, the citizen's consent to a proxy, an administrator's
 * emergency access) from the path variable {@link #path()}, with the remote address the audit log records. The
 * plan tools cannot use {@code org.cocrea.initiatives.OpenTool} itself: a proxy without consent is told why
 * instead of "not found", and an administrator with an emergency access reads as an observer.
 *
 * <p>Declare it after the handler's other parameters, where the plan used to be opened in the body, so a
 * malformed request parameter is refused before the plan is opened and audited.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenPlanTool {
    /** The tool's id ({@code Tool#id()}); empty when the path variable {@code tool} names it. */
    String value() default "";

    /** The path variable holding the tool instance's id. */
    String path() default "id";
}
