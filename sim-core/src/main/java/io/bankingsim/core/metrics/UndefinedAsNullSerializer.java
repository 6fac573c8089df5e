package io.bankingsim.core.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * Writes an undefined ratio ({@code NaN}, or an infinity) as JSON {@code null}, since JSON has no
 * NaN. Put on every {@code double} component of the snapshot records, so that any
 * {@code ObjectMapper} (the dashboard's included) writes valid JSON. Stateless, thread-safe.
 */
public final class UndefinedAsNullSerializer extends StdSerializer<Double> {

    /** Jackson makes it from the annotation. */
    public UndefinedAsNullSerializer() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            gen.writeNull();
        } else {
            gen.writeNumber(value);
        }
    }
}
