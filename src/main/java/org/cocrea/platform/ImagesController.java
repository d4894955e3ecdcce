package org.cocrea.platform;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a stored size of an image to whoever may read its owner; 404 for anyone else, as for an image that does not
 * exist. A stored size never changes (a new upload is a new image), so a public one may be cached for a year;
 * any other is {@code private, no-store} (platform.Downloads). The type is the one the server wrote, never guessed.
 */
@Controller
class ImagesController {
    private final ImageRepository images;
    private final ImageOwners owners;

    ImagesController(ImageRepository images, ImageOwners owners) {
        this.images = images;
        this.owners = owners;
    }

    @GetMapping("/images/{id:\\d{1,18}}/{width:\\d{1,5}}")
    ResponseEntity<byte[]> image(
            @PathVariable long id, @PathVariable int width, @AuthenticationPrincipal SignedInPerson me) {
        var stored = images.variant(id, width).orElseThrow(NotFound::new);
        var reach = owners.reach(stored.ownerId(), me);
        if (reach == ImageOwners.Reach.NOBODY) {
            throw new NotFound();
        }
        boolean isPublic = reach == ImageOwners.Reach.EVERYONE;
        var response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .contentLength(stored.content().length)
                .header("X-Content-Type-Options", "nosniff");
        if (isPublic) {
            response.cacheControl(
                    CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
        }
        return Downloads.of(response, isPublic).body(stored.content());
    }

    /** Images of public initiatives are for everyone; the controller asks the owner on every request. */
    @Component
    static class Rules implements SecurityRules {
        @Override
        public void apply(
                AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
            routes.requestMatchers(HttpMethod.GET, "/images/{id:\\d+}/{width:\\d+}")
                    .permitAll();
        }
    }
}
