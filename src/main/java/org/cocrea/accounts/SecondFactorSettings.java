package org.cocrea.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requireSecondFactor {@code cocrea.security.require-second-factor}: professionals and administrators must pass
 *     a second factor before they open an individual plan or administer anything (true by default; ADR 0027)
 */
@ConfigurationProperties("cocrea.security")
record SecondFactorSettings(@DefaultValue("true") boolean requireSecondFactor) {}
