package org.cocrea.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this installation gets demo data on first start: {@code cocrea.demo} when set, otherwise
 * only on the embedded H2 database, so a production PostgreSQL never receives demo accounts by accident.
 */
@Component
public class DemoMode {
    private final boolean enabled;

    DemoMode(Environment environment) {
        String explicit = environment.getProperty("cocrea.demo");
        if (explicit != null && !explicit.isBlank()) {
            enabled = Boolean.parseBoolean(explicit.trim());
        } else {
            enabled = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        }
    }

    public boolean enabled() {
        return enabled;
    }
}
