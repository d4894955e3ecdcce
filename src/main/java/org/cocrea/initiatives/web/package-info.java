/** The initiative pages (show, edit, members, timeline, tools), the list and search, the module's URL rules and the resolver of @OpenTool arguments. */
package org.cocrea.initiatives.web;
