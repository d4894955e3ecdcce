package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Duration;
import org.cocrea.platform.CocreaSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Spring Security's WebAuthn relying party (ADR 0031), which {@code http.webAuthn(...)} in
 * {@link AccountsSecurityRules} finds as beans: the relying party id and origins from {@link PasskeySettings}, user
 * verification required when a passkey is made and whenever one is used (a passkey is then a second factor by
 * itself: something held and a PIN or fingerprint), discoverable passkeys, no attestation asked for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasskeySettings.class)
class PasskeyConfiguration {
    private static final PublicKeyCredentialParameters[] ALGORITHMS = {
        PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.RS256
    };

    static AuthenticatorSelectionCriteria selection() {
        return AuthenticatorSelectionCriteria.builder()
                .userVerification(UserVerificationRequirement.REQUIRED)
                .residentKey(ResidentKeyRequirement.REQUIRED)
                .build();
    }

    @Bean
    PublicKeyCredentialRpEntity passkeyRelyingParty(PasskeySettings passkeys, CocreaSettings settings) {
        return PublicKeyCredentialRpEntity.builder()
                .id(passkeys.rpId(settings.baseUrl()))
                .name("Cocrea")
                .build();
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyOperations(
            PasskeyUsers users,
            PasskeyRepository passkeys,
            PublicKeyCredentialRpEntity passkeyRelyingParty,
            PasskeySettings settings,
            CocreaSettings cocrea) {
        var operations = new Webauthn4JRelyingPartyOperations(
                users, passkeys, passkeyRelyingParty, settings.origins(cocrea.baseUrl()));
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(selection()));
        operations.setCustomizeRequestOptions(
                options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    @Bean
    PublicKeyCredentialCreationOptionsRepository passkeyCreationOptions(
            PublicKeyCredentialRpEntity passkeyRelyingParty) {
        return new SessionCreationOptions(passkeyRelyingParty);
    }

    /**
     * The options of a passkey being made, kept in the (database-stored, Java-serialised) session until the browser
     * answers. Spring Security's own keeps the options object, which cannot be serialised; this keeps what checking the
     * answer needs (the challenge and the person's user handle; user verification is always required) and builds the options
     * again from it.
     */
    static final class SessionCreationOptions implements PublicKeyCredentialCreationOptionsRepository {
        static final String ATTRIBUTE = "cocrea.passkeys.creation";

        private final PublicKeyCredentialRpEntity relyingParty;

        SessionCreationOptions(PublicKeyCredentialRpEntity relyingParty) {
            this.relyingParty = relyingParty;
        }

        record Pending(byte[] challenge, byte[] userHandle, String name, String displayName) implements Serializable {}

        @Override
        public void save(
                HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
            if (options == null) {
                var session = request.getSession(false);
                if (session != null) {
                    session.removeAttribute(ATTRIBUTE);
                }
                return;
            }
            request.getSession()
                    .setAttribute(
                            ATTRIBUTE,
                            new Pending(
                                    options.getChallenge().getBytes(),
                                    options.getUser().getId().getBytes(),
                                    options.getUser().getName(),
                                    options.getUser().getDisplayName()));
        }

        @Override
        public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
            var session = request.getSession(false);
            if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Pending pending)) {
                return null;
            }
            return PublicKeyCredentialCreationOptions.builder()
                    .rp(relyingParty)
                    .user(ImmutablePublicKeyCredentialUserEntity.builder()
                            .id(new Bytes(pending.userHandle()))
                            .name(pending.name())
                            .displayName(pending.displayName())
                            .build())
                    .challenge(new Bytes(pending.challenge()))
                    .pubKeyCredParams(ALGORITHMS)
                    .authenticatorSelection(selection())
                    .attestation(AttestationConveyancePreference.NONE)
                    .timeout(Duration.ofMinutes(5))
                    .build();
        }
    }
}
