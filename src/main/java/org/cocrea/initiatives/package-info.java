/**
 * Initiatives on the co-production typology: level, timeline of phases, citizen roles, objectives,
 * membership and visibility, tools per phase (the {@link org.cocrea.initiatives.Tool} SPI), the
 * typology dashboard, lists, and the JSON API. Other modules use {@link org.cocrea.initiatives.Initiatives}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Initiatives")
package org.cocrea.initiatives;
