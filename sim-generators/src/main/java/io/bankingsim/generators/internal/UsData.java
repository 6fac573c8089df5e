package io.bankingsim.generators.internal;

import java.util.List;

/**
 * The United States tables behind {@link Country#US}: 20 large cities (the ones the first built-in
 * population used, in the same order) with their area codes and 3-digit ZIP prefixes, and
 * 45 national chains. City weights are metropolitan (MSA) populations in thousands, about 2020.
 */
final class UsData {

    static final List<City> CITIES = List.of(
            City.of("New York", "NY", 40.7128, -74.0060, 19500, "212 646 718 347 917", "100 103 104 112 113 114"),
            City.of("Los Angeles", "CA", 34.0522, -118.2437, 13000, "213 323 310 818", "900 913 914 916"),
            City.of("Chicago", "IL", 41.8781, -87.6298, 9400, "312 773 872", "606"),
            City.of("Houston", "TX", 29.7604, -95.3698, 7100, "713 281 832 346", "770"),
            City.of("Phoenix", "AZ", 33.4484, -112.0740, 4900, "602 480 623", "850 852"),
            City.of("Philadelphia", "PA", 39.9526, -75.1652, 6200, "215 267 445", "191"),
            City.of("San Francisco", "CA", 37.7749, -122.4194, 4700, "415 628", "941"),
            City.of("San Diego", "CA", 32.7157, -117.1611, 3300, "619 858", "920 921"),
            City.of("Dallas", "TX", 32.7767, -96.7970, 7600, "214 469 972", "752"),
            City.of("San Jose", "CA", 37.3382, -121.8863, 2000, "408 669", "951"),
            City.of("Austin", "TX", 30.2672, -97.7431, 2300, "512 737", "787"),
            City.of("Jacksonville", "FL", 30.3322, -81.6557, 1600, "904", "322"),
            City.of("Columbus", "OH", 39.9612, -82.9988, 2100, "614 380", "430 432"),
            City.of("Charlotte", "NC", 35.2271, -80.8431, 2700, "704 980", "282"),
            City.of("Seattle", "WA", 47.6062, -122.3321, 4000, "206", "981"),
            City.of("Denver", "CO", 39.7392, -104.9903, 2900, "303 720", "800 802"),
            City.of("Boston", "MA", 42.3601, -71.0589, 4900, "617 857", "021"),
            City.of("Nashville", "TN", 36.1627, -86.7816, 2000, "615 629", "370 372"),
            City.of("Atlanta", "GA", 33.7490, -84.3880, 6100, "404 470 678", "300 303"),
            City.of("Miami", "FL", 25.7617, -80.1918, 6100, "305 786", "330 331"));

    // Seats: the listed city of the head office, or the nearest listed city (in brackets).
    static final List<MerchantChain> CHAINS = new ChainTable(CITIES)
            .store("Kroger", "5411", "grocery", 55, 0.75)
            .store("Whole Foods Market", "5411", "grocery", 60, 0.7)
            .store("Trader Joe's", "5411", "grocery", 45, 0.6)
            .store("Olive Garden", "5812", "restaurant", 48, 0.5)
            .store("Chili's Grill & Bar", "5812", "restaurant", 40, 0.5)
            .store("McDonald's", "5814", "fast_food", 11, 0.5)
            .store("Chipotle Mexican Grill", "5814", "fast_food", 14, 0.4)
            .store("Starbucks", "5814", "coffee", 7, 0.45)
            .store("Dunkin'", "5814", "coffee", 6, 0.45)
            .store("Shell", "5541", "fuel", 45, 0.4)
            .store("Chevron", "5541", "fuel", 48, 0.4)
            .store("CVS Pharmacy", "5912", "pharmacy", 24, 0.8)
            .store("Walgreens", "5912", "pharmacy", 22, 0.8)
            .store("Target", "5311", "department_store", 55, 0.8)
            .store("Walmart Supercenter", "5310", "department_store", 60, 0.8)
            .store("Costco Wholesale", "5300", "warehouse_club", 160, 0.7)
            .store("Best Buy", "5732", "electronics", 180, 1.0)
            .store("The Home Depot", "5200", "home_improvement", 85, 1.0)
            .store("Lowe's", "5200", "home_improvement", 80, 1.0)
            .store("Old Navy", "5651", "clothing", 55, 0.6)
            .store("Kay Jewelers", "5944", "jewelry", 350, 0.9)
            .store("AMC Theatres", "7832", "entertainment", 28, 0.5)
            .online("Ticketmaster", "7922", "entertainment", 140, 0.7, "Los Angeles")       // (Beverly Hills)
            .online("Amazon.com", "5942", "online_marketplace", 38, 0.9, "Seattle")
            .online("eBay", "5999", "online_marketplace", 45, 0.9, "San Jose")
            .online("Apple.com/bill", "5818", "digital_goods", 10, 0.8, "San Jose")          // (Cupertino)
            .online("Steam", "5816", "digital_goods", 20, 0.8, "Seattle")                    // (Bellevue)
            .online("Netflix", "4899", "streaming", 15.49, 0.2, "San Jose")                  // (Los Gatos)
            .online("Spotify USA", "5815", "streaming", 11.99, 0.15, "New York")
            .online("Uber", "4121", "ride_hailing", 22, 0.6, "San Francisco")
            .online("Lyft", "4121", "ride_hailing", 20, 0.6, "San Francisco")
            .online("DoorDash", "5814", "food_delivery", 32, 0.4, "San Francisco")
            .biller("AT&T", "4814", "telecom", 95, 0.3, "Dallas")
            .biller("Verizon", "4814", "telecom", 110, 0.3, "New York")
            .biller("Comcast Xfinity", "4899", "telecom", 120, 0.3, "Philadelphia")
            .biller("Duke Energy", "4900", "utilities", 130, 0.35, "Charlotte")
            .biller("Pacific Gas & Electric", "4900", "utilities", 150, 0.4, "San Francisco") // (Oakland)
            .biller("Allstate", "6300", "insurance", 140, 0.3, "Chicago")                     // (Northbrook)
            .biller("Nationwide", "6300", "insurance", 130, 0.3, "Columbus")
            .atm("Cardtronics ATM", 80, 0.6)
            .atm("Allpoint ATM", 60, 0.6)
            .travel("Delta Air Lines", "3058", "airline", 380, 0.6, "Atlanta")
            .travel("American Airlines", "3001", "airline", 350, 0.6, "Dallas")              // (Fort Worth)
            .travel("Hyatt", "3640", "hotel", 250, 0.5, "Chicago")
            .travel("Best Western", "3502", "hotel", 140, 0.4, "Phoenix")
            .build();

    private UsData() {
    }
}
