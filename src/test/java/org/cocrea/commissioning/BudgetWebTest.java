package org.cocrea.commissioning;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cocrea.testing.WebTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link WebTest} with the main settings the test application.properties leaves out, as the initiatives
 * module's web tests have them, plus this module's messages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebTest
@TestPropertySource(
        properties = {
            "cocrea.mail.from=cocrea@localhost",
            "cocrea.base-url=http://localhost:8080",
            "spring.messages.basename=messages/platform,messages/accounts,messages/initiatives,messages/updates,"
                    + "messages/commissioning",
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
@interface BudgetWebTest {}
