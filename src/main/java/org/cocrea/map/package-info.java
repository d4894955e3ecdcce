/**
 * Designing on a map ("map", UI "Mappa" / "Map", issue 15, ADR 14): members of a collective or group initiative draw
 * points, lines and polygons with a title, a category and a description; the server checks each geometry with JTS
 * (valid, not crossing itself, inside the initiative's area, at most 1,000 positions) and stores the GeoJSON it
 * wrote. Facilitators set the categories and hide features. The map page lists the features as text (the map's
 * alternative, paginated) and loads the shapes from the streamed GeoJSON download, the tool's export. Every
 * feature has a comment thread of the comments module (kind "feature"). Every
 * permission is asked of {@link org.cocrea.initiatives.Initiatives}; nothing here is used by other modules.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Map tool",
        allowedDependencies = {"platform", "accounts", "initiatives", "comments"})
package org.cocrea.map;
