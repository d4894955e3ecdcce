package org.cocrea.initiatives.petitions;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Petitions were called citizen proposals and lived at {@code /proposals/...} until issue 13 renamed them, so that
 * nobody confuses them with the proposals tool. Printed links, bookmarks and mails sent before still work: a GET
 * is moved permanently (301) to the same path under {@code /petitions}, query kept; a POST gets 308, which tells
 * the browser to send the same form again to the new address.
 */
@Controller
class OldProposalAddresses {
    private static final String OLD = "/proposals";
    private static final String NEW = "/petitions";

    @GetMapping({OLD, OLD + "/**"})
    ResponseEntity<Void> read(HttpServletRequest request) {
        return moved(request, HttpStatus.MOVED_PERMANENTLY);
    }

    @PostMapping({OLD, OLD + "/**"})
    ResponseEntity<Void> change(HttpServletRequest request) {
        return moved(request, HttpStatus.PERMANENT_REDIRECT);
    }

    /** The same path after the prefix (still URL-encoded as it came) and the same query, always on this site. */
    private static ResponseEntity<Void> moved(HttpServletRequest request, HttpStatus status) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + OLD.length());
        String query = request.getQueryString();
        String target = request.getContextPath() + NEW + path + (query == null ? "" : "?" + query);
        return ResponseEntity.status(status).location(URI.create(target)).build();
    }
}
