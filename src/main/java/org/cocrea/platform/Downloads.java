package org.cocrea.platform;

import org.springframework.http.CacheControl;

/**
 * How downloads of content that is not public are cached: by nobody. {@code private} keeps shared caches (proxies,
 * CDNs) from storing them, {@code no-store} keeps the browser's cache from keeping a copy on a shared computer.
 * Public content (published collective initiatives) may keep its own caching.
 */
public final class Downloads {
    public static final CacheControl PRIVATE = CacheControl.noStore().cachePrivate();

    private Downloads() {}

    /** Marks a response {@link #PRIVATE} unless its content is public, which keeps the caching it has. */
    public static <B extends org.springframework.http.ResponseEntity.HeadersBuilder<B>> B of(
            B response, boolean isPublic) {
        return isPublic ? response : response.cacheControl(PRIVATE);
    }
}
