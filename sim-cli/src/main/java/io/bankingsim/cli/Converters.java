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

    /** {@code --customers}: a whole number, 1 or more. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < 1) {
                throw new TypeConversionException("must be 1 or more, not " + n);
            }
            return n;
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
}
