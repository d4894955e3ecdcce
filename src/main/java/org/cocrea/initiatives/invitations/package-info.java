/** Invitations to group initiatives: by mail to any address (single use, 14 days) and a shareable join link per initiative (30 days); tokens are stored as SHA-256 only. */
package org.cocrea.initiatives.invitations;
