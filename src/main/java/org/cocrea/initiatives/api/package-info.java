/** The JSON API: /api/initiatives and /api/typology, described in /openapi.yaml. */
package org.cocrea.initiatives.api;
