package io.bankingsim.generators.internal;

import java.util.List;
import java.util.Objects;

/**
 * A real merchant chain of one country with its ISO 18245 merchant category code and a typical
 * ticket. Immutable and thread-safe.
 *
 * <p>The MCC is the one the chain is commonly reported under; acquirers may assign another code to
 * a single outlet. Airlines and some hotel chains carry their own code from the 3000-3999 range.
 *
 * @param name the name on a statement, e.g. {@code "Starbucks"}
 * @param mcc four-digit ISO 18245 merchant category code, e.g. {@code "5814"}
 * @param category one of {@link #CATEGORIES}, the spending pattern the chain serves
 * @param kind how customers meet the chain
 * @param medianTicket median amount of one payment, in major units of the country's currency; a
 *     distribution parameter, not an amount of money
 * @param sigma spread of the log-normal ticket size (the standard deviation of its logarithm)
 * @param seatCity index into the country's {@code cities()} of the city where (or nearest to
 *     where) the chain has its registered seat, for {@link MerchantKind#ONLINE},
 *     {@link MerchantKind#BILLER} and {@link MerchantKind#TRAVEL}; {@code -1} for
 *     {@link MerchantKind#STORE} and {@link MerchantKind#ATM}, which have a branch in every city
 */
public record MerchantChain(String name, String mcc, String category, MerchantKind kind, double medianTicket,
        double sigma, int seatCity) {

    /**
     * The spending categories, in snake_case. Every country has at least one chain of each. The
     * {@code airline} category stands for long-distance travel tickets and includes rail.
     */
    public static final List<String> CATEGORIES = List.of("grocery", "restaurant", "fast_food", "coffee", "fuel",
            "pharmacy", "department_store", "warehouse_club", "electronics", "home_improvement", "clothing",
            "jewelry", "entertainment", "online_marketplace", "digital_goods", "streaming", "ride_hailing",
            "food_delivery", "telecom", "utilities", "insurance", "atm", "airline", "hotel");

    /** Validates every component. */
    public MerchantChain {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (mcc == null || !mcc.matches("[0-9]{4}")) {
            throw new IllegalArgumentException(name + ": mcc must be four digits: " + mcc);
        }
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException(name + ": unknown category " + category + ", allowed: " + CATEGORIES);
        }
        Objects.requireNonNull(kind, "kind");
        if (!(medianTicket > 0) || Double.isInfinite(medianTicket)) {
            throw new IllegalArgumentException(name + ": medianTicket must be positive: " + medianTicket);
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(name + ": sigma must be zero or positive: " + sigma);
        }
        boolean everywhere = kind == MerchantKind.STORE || kind == MerchantKind.ATM;
        if (everywhere ? seatCity != -1 : seatCity < 0) {
            throw new IllegalArgumentException(name + ": a " + kind + " chain needs seatCity "
                    + (everywhere ? "-1" : ">= 0") + ", got " + seatCity);
        }
    }
}
