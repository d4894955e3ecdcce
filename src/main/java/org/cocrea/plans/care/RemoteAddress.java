package org.cocrea.plans.care;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code String} parameter holding the address the request came from, for the audit log of a plan route whose
 * path does not name a plan tool instance (an initiative's FHIR export, an administrator's emergency access or
 * reassignment), so no handler takes the whole request for it.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface RemoteAddress {}
