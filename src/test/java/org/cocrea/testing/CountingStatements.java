package org.cocrea.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A {@link StatementCounter} around the application's DataSource, for {@code @Import} by statement-budget tests:
 * the classes importing this one share a single Spring context (a nested configuration would make one each).
 */
@TestConfiguration
public class CountingStatements {
    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }
}
