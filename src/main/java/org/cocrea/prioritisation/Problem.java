package org.cocrea.prioritisation;

/** A refused request: the form field it concerns (or null for the whole form) and a message key. */
record Problem(String field, String code, Object... args) {}
