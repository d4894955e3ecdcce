package org.cocrea.platform.admin;

import java.time.LocalDate;
import org.cocrea.platform.SafeHtml;

/** A static page as readers see it: its sanitised text and the day it was last changed (null: the default text). */
public record PageView(StaticPage page, SafeHtml html, LocalDate updatedOn) {}
