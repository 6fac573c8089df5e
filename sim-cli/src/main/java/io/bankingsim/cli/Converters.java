package io.bankingsim.cli;

import io.bankingsim.core.clock.Speed;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The picocli converters that check option values as they are parsed, so that a bad value is a
 * usage error (exit code 2) with the reason. Stateless.
 */
final class Converters {

    private Converters() {
    }

    /** {@code --speed}: a positive number or {@code max}, as {@link Speed#parse} reads it. */
    static final class SpeedValue implements ITypeConverter<Speed> {
        @Override
        public Speed convert(String value) {
            try {
                return Speed.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --customers}: a whole number, 1 or more, that fits an int. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = PositiveLong.parse(value);
            if (n > Integer.MAX_VALUE) {
                throw new TypeConversionException("must be at most " + Integer.MAX_VALUE + ", not " + value);
            }
            return (int) n;
        }
    }

    /** {@code --duration-hours}: a number of hours above zero, fractions allowed. */
    static final class PositiveHours implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double hours;
            try {
                hours = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of hours");
            }
            if (!(hours > 0) || Double.isInfinite(hours)) {
                throw new TypeConversionException("must be more than 0 hours, not '" + value + "'");
            }
            return hours;
        }
    }

    /** A port: 0 (any free port) to 65535. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = NonNegativeLong.parse(value, "a port number");
            if (n > 65_535) {
                throw new TypeConversionException("a port must be 0 (any free port) to 65535, not " + value);
            }
            return (int) n;
        }
    }

    /** A whole number, 0 or more, that fits an int. */
    static final class NonNegativeInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = NonNegativeLong.parse(value, "a whole number");
            if (n > Integer.MAX_VALUE) {
                throw new TypeConversionException("must be at most " + Integer.MAX_VALUE + ", not " + value);
            }
            return (int) n;
        }
    }

    /** A whole number, 0 or more. */
    static final class NonNegativeLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parse(value, "a whole number");
        }

        static long parse(String value, String what) {
            long n;
            try {
                n = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not " + what + " (0 or more)");
            }
            if (n < 0) {
                throw new TypeConversionException("must be 0 or more, not " + value);
            }
            return n;
        }
    }

    /** A whole number, 1 or more. */
    static final class PositiveLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parse(value);
        }

        static long parse(String value) {
            long n;
            try {
                n = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < 1) {
                throw new TypeConversionException("must be 1 or more, not " + value);
            }
            return n;
        }
    }

    /** A fraction from 0 to 1. */
    static final class Fraction implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double r;
            try {
                r = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                r = Double.NaN;
            }
            if (!(r >= 0 && r <= 1)) {
                throw new TypeConversionException("must be a fraction from 0 to 1 (e.g. 0.05), not '" + value + "'");
            }
            return r;
        }
    }
}
