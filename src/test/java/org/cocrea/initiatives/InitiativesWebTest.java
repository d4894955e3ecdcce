package org.cocrea.initiatives;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cocrea.testing.WebTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link WebTest} with the settings of src/main/resources/application.properties that the test
 * application.properties (which shadows the main one on the test classpath) leaves out. Every web test of
 * the initiatives and updates modules uses exactly this, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebTest
@Import(TestTools.class)
@TestPropertySource(
        properties = {
            "cocrea.mail.from=cocrea@localhost",
            "cocrea.base-url=http://localhost:8080",
            "spring.messages.basename=messages/platform,messages/accounts,messages/initiatives,messages/updates",
            "spring.messages.fallback-to-system-locale=false",
            "spring.session.jdbc.initialize-schema=never",
            "spring.modulith.events.jdbc.schema-initialization.enabled=true",
            "server.error.include-stacktrace=never",
            "server.error.include-message=never",
            "server.error.whitelabel.enabled=false",
            "spring.mvc.problemdetails.enabled=true",
            "gg.jte.use-precompiled-templates=true",
            "cocrea.initiatives.phase-clock=-"
        })
public @interface InitiativesWebTest {}
