package org.cocrea.voting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact fraction, always kept in lowest terms with a positive denominator. Used wherever a
 * rounding error could change which project a rule selects.
 */
public record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

    public Rational {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger gcd = num.gcd(den);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            num = num.divide(gcd);
            den = den.divide(gcd);
        }
    }

    public static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Rational of(long num, long den) {
        return new Rational(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    public Rational add(Rational o) {
        if (den.equals(o.den)) {
            return new Rational(num.add(o.num), den);
        }
        return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational negate() {
        return new Rational(num.negate(), den);
    }

    public Rational multiply(long factor) {
        return new Rational(num.multiply(BigInteger.valueOf(factor)), den);
    }

    public Rational multiply(Rational o) {
        return new Rational(num.multiply(o.num), den.multiply(o.den));
    }

    public Rational divide(long divisor) {
        return new Rational(num, den.multiply(BigInteger.valueOf(divisor)));
    }

    public Rational divide(Rational o) {
        return new Rational(num.multiply(o.den), den.multiply(o.num));
    }

    public int signum() {
        return num.signum();
    }

    public double doubleValue() {
        return new BigDecimal(num)
                .divide(new BigDecimal(den), MathContext.DECIMAL64)
                .doubleValue();
    }

    /** The value as a decimal rounded to {@code scale} digits, for display. */
    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, java.math.RoundingMode.HALF_EVEN);
    }

    @Override
    public int compareTo(Rational o) {
        if (den.equals(o.den)) {
            return num.compareTo(o.num);
        }
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
