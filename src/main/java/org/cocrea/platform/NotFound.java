package org.cocrea.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one not-found answer: a thing that does not exist and a thing the person may not know of look the same
 * (404, the platform's "page not found"), so an id never tells an outsider what exists.
 */
public final class NotFound extends ResponseStatusException {
    public NotFound() {
        super(HttpStatus.NOT_FOUND);
    }
}
