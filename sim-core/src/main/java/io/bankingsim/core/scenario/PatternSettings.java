package io.bankingsim.core.scenario;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One fraud pattern of a scenario. Immutable.
 *
 * @param type the pattern's registered name, e.g. {@code card_testing}
 * @param weight relative share of the fraud budget among patterns without a {@code count}
 * @param intensity campaign size and speed factor (1.0 = the pattern's typical campaign)
 * @param count exact number of campaigns to run, or -1 to derive it from {@code fraud.rate}
 * @param durationMinutes how long one campaign lasts in virtual minutes, or -1 for the pattern's own
 * @param params pattern-specific settings (for plug-in patterns); never null
 */
public record PatternSettings(String type, double weight, double intensity, int count, int durationMinutes,
                              Map<String, Object> params) {

    public PatternSettings {
        Objects.requireNonNull(type, "type");
        params = Map.copyOf(params);
        if (!(weight >= 0) || !(intensity > 0)) {
            throw new IllegalArgumentException("weight must be >= 0 and intensity > 0");
        }
        if (count < -1 || durationMinutes < -1 || durationMinutes == 0) {
            throw new IllegalArgumentException("count must be >= 0 and duration_minutes > 0 when given");
        }
    }

    /** A pattern with weight 1, intensity 1 and no pinned count or duration. */
    public static PatternSettings of(String type) {
        return new PatternSettings(type, 1, 1, -1, -1, Map.of());
    }

    /** The pinned number of campaigns, if any. */
    public OptionalInt pinnedCount() {
        return count < 0 ? OptionalInt.empty() : OptionalInt.of(count);
    }

    /** The pinned campaign duration in minutes, if any. */
    public OptionalInt pinnedDurationMinutes() {
        return durationMinutes < 0 ? OptionalInt.empty() : OptionalInt.of(durationMinutes);
    }
}
