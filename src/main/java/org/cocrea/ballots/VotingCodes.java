package org.cocrea.ballots;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time voting codes: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), printed as two
 * groups of five. About 49 bits of randomness each; only their SHA-256 is stored. Shared by the budget, which issues
 * and prints them, and the survey, which takes a code of its initiative's budget as a respondent's key (ADR 0033).
 */
public final class VotingCodes {
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public static final int LENGTH = 10;
    public static final int MAX_BATCH = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VotingCodes() {}

    public static String generate() {
        var code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without spaces or dashes and in upper case; empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    public static String hash(String normalised) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
