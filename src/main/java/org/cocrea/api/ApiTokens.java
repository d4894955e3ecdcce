package org.cocrea.api;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SecretTokens;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.platform.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Making, listing, revoking and checking personal API tokens. */
@Service
class ApiTokens {
    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    /** What every token starts with, so that secret scanners and people recognise one. */
    static final String PREFIX = "cocrea_";

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;
    static final int MAX_TOKENS = 50;

    /** Requests per token: 120 a minute, then refused with 429 until the minute ends. */
    static final Throttle.Limit PER_TOKEN = Throttle.Limit.hard("api-token", 120, Duration.ofMinutes(1));

    private final ApiTokenRepository tokens;
    private final Accounts accounts;
    private final Throttle throttle;

    ApiTokens(ApiTokenRepository tokens, Accounts accounts, Throttle throttle) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.throttle = throttle;
    }

    record Created(long id, String token) {}

    List<TokenView> of(SignedInPerson me) {
        return tokens.ofPerson(me.personId()).stream()
                .map(ApiTokenRepository.Token::view)
                .toList();
    }

    /** A new token; its clear text is returned here once and never stored. */
    @Transactional
    Created create(SignedInPerson me, TokenForm form) {
        var problems = new ArrayList<Refused.Problem>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 80) {
            problems.add(new Refused.Problem("name", "api.token.name.invalid"));
        }
        var scopes = EnumSet.noneOf(ApiScope.class);
        for (String code : form.scopes() == null ? List.<String>of() : form.scopes()) {
            ApiScope.fromCode(code)
                    .ifPresentOrElse(
                            scopes::add, () -> problems.add(new Refused.Problem("scopes", "api.token.scopes.invalid")));
        }
        if (scopes.isEmpty()) {
            problems.add(new Refused.Problem("scopes", "api.token.scopes.none"));
        }
        int days = DEFAULT_DAYS;
        String typed = form.days() == null ? "" : form.days().strip();
        if (!typed.isEmpty()) {
            try {
                days = Integer.parseInt(typed);
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > MAX_DAYS) {
                problems.add(new Refused.Problem("days", "api.token.days.invalid", MAX_DAYS));
            }
        }
        if (tokens.ofPerson(me.personId()).stream()
                        .filter(t -> t.revokedAt() == null)
                        .count()
                >= MAX_TOKENS) {
            problems.add(new Refused.Problem("name", "api.token.tooMany", MAX_TOKENS));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        int rights = accounts.rightsVersion(me.personId()).orElseThrow(() -> new Refused(null, "api.token.noAccount"));
        String token = PREFIX + SecretTokens.newToken();
        var now = now();
        long id = tokens.insert(me.personId(), name, SecretTokens.hash(token), scopes, rights, now, now.plusDays(days));
        log.info("API token {} made by person {} with scopes {}", id, me.personId(), ApiScope.codes(scopes));
        return new Created(id, token);
    }

    @Transactional
    boolean revoke(SignedInPerson me, long id) {
        boolean revoked = tokens.revoke(id, me.personId(), now());
        if (revoked) {
            log.info("API token {} revoked by person {}", id, me.personId());
        }
        return revoked;
    }

    /**
     * The caller behind an {@code Authorization} header's token, checked against the database on every request:
     * refused (401) when unknown, malformed, revoked, expired, of a deleted account or one whose rights changed
     * since it was made; 429 past the per-token limit. Each refusal is logged without the token.
     */
    ApiCaller authenticate(String token, String remoteAddress) {
        if (token == null || !token.startsWith(PREFIX) || !SecretTokens.wellFormed(token.substring(PREFIX.length()))) {
            log.warn("API request from {} refused: a malformed bearer token", remoteAddress);
            throw new ApiProblem(401, "invalid_token", "The bearer token is not a Cocrea API token.");
        }
        var found = tokens.byHash(SecretTokens.hash(token)).orElse(null);
        if (found == null) {
            log.warn("API request from {} refused: an unknown token", remoteAddress);
            throw new ApiProblem(401, "invalid_token", "This token is unknown.");
        }
        var now = now();
        if (found.revokedAt() != null) {
            log.warn("API request from {} refused: token {} was revoked", remoteAddress, found.id());
            throw new ApiProblem(401, "invalid_token", "This token was revoked.");
        }
        if (!found.expiresAt().isAfter(now)) {
            log.warn("API request from {} refused: token {} expired", remoteAddress, found.id());
            throw new ApiProblem(401, "invalid_token", "This token expired; make a new one.");
        }
        if (!throttle.tryAcquire(PER_TOKEN, "token:" + found.id())) {
            log.warn("API request from {} refused: token {} is over its rate limit", remoteAddress, found.id());
            throw new ApiProblem(429, "rate_limited", "Too many requests with this token; wait a minute.");
        }
        var rights = accounts.rightsVersion(found.personId());
        if (rights.isEmpty() || rights.getAsInt() != found.rightsVersion()) {
            log.warn(
                    "API request from {} refused: token {} outlived its account's rights (deleted or changed)",
                    remoteAddress,
                    found.id());
            throw new ApiProblem(
                    401, "invalid_token", "The account's rights changed since this token was made; make a new one.");
        }
        var person = accounts.person(found.personId()).filter(p -> !p.deleted()).orElse(null);
        if (person == null) {
            throw new ApiProblem(401, "invalid_token", "The account of this token was deleted.");
        }
        if (found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minusMinutes(1))) {
            tokens.used(found.id(), now);
        }
        return new ApiCaller(person, found.scopes(), found.id());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
