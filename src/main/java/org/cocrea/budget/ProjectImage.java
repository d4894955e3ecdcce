package org.cocrea.budget;

/**
 * (Public for the templates.) A project's picture on its ballot card: where it is served and its text alternative.
 * The seam for project images (issue 14, "Images"): the budget page passes the images it has per project id, and a
 * card draws one only when its project has one; uploading and storing them is another change's work, so until
 * then the map is empty and the cards show no picture.
 */
public record ProjectImage(String src, String alt) {}
