/** The Pabulib file format: a streaming parser other modules may use to read {@code .pb} files. */
@org.springframework.modulith.NamedInterface("pabulib")
package org.cocrea.voting.pabulib;
