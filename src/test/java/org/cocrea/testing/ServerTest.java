package org.cocrea.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real port (H2 in memory, demo data); all such tests share one context. The test's
 * own loopback address plays the trusted reverse proxy; a client bound to 127.0.0.2 is an untrusted one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "cocrea.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1",
            // The journeys written before issue 19 sign professionals in with a password alone; the second factor's
            // own journey (SecondFactorBrowserIT) runs with it required, as production does.
            "cocrea.security.require-second-factor=false"
        })
@ActiveProfiles("test")
public @interface ServerTest {}
