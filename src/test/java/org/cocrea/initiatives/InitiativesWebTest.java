package org.cocrea.initiatives;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cocrea.testing.WebTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link WebTest} with an extra test tool and without the hourly phase clock, so that tests decide
 * when phases change. Every web test of the initiatives and updates modules uses exactly this, so they
 * share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebTest
@Import(TestTools.class)
@TestPropertySource(properties = "cocrea.initiatives.phase-clock=-")
public @interface InitiativesWebTest {}
