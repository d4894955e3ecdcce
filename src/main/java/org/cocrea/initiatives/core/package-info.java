/** The initiatives module's internals behind every page: repositories of initiatives, memberships and tool instances, the service that changes them, the visibility rules (Access, Viewer), the initiative form and its checks, templates and the demo initiatives. */
package org.cocrea.initiatives.core;
