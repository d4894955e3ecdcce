/** The /typology dashboard: the level × phase matrix of initiatives under the chosen filters (drafts never counted). */
package org.cocrea.initiatives.typology;
