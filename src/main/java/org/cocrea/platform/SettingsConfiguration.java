package org.cocrea.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks {@link CocreaSettings} at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CocreaSettings.class)
class SettingsConfiguration {}
