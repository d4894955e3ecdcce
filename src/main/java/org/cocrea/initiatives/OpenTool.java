package org.cocrea.initiatives;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one way a controller opens a tool instance: a {@link ToolAccess} parameter marked with the tool's id is
 * resolved from the path variable {@link #path()} once per request, for the signed-in person (or nobody), with
 * the remote address for audit. An id that is not a number, names no instance, names an instance of another tool
 * or one whose initiative the person may not see answers 404 before the handler runs.
 *
 * <pre>{@code
 * @GetMapping("/budget/{id}")
 * String page(@OpenTool("budget") ToolAccess budget, Model model) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenTool {
    /** The tool's id, as its {@link Tool#id()}. */
    String value();

    /** The path variable holding the tool instance's id. */
    String path() default "id";
}
