package org.cocrea.platform;

/** Published when a signed-in person switches language, so their preference can be remembered. */
public record LanguageChosen(long personId, Language language) {}
