package io.bankingsim.generators.internal;

import java.util.List;

/**
 * The German tables behind {@link Country#DE}: the 12 largest cities with their Vorwahl (without
 * the trunk 0) and the first two digits of their Postleitzahlen, and 45 national chains. City
 * weights are functional-urban-area populations in thousands (Eurostat, rounded).
 */
final class DeData {

    static final List<City> CITIES = List.of(
            City.of("Berlin", "Berlin", 52.5200, 13.4050, 5300, "30", "10 12 13"),
            City.of("Hamburg", "Hamburg", 53.5511, 9.9937, 3300, "40", "20 21 22"),
            City.of("München", "Bayern", 48.1351, 11.5820, 2900, "89", "80 81"),
            City.of("Köln", "Nordrhein-Westfalen", 50.9375, 6.9603, 2000, "221", "50 51"),
            City.of("Frankfurt am Main", "Hessen", 50.1109, 8.6821, 2500, "69", "60"),
            City.of("Stuttgart", "Baden-Württemberg", 48.7758, 9.1829, 2700, "711", "70"),
            City.of("Düsseldorf", "Nordrhein-Westfalen", 51.2277, 6.7735, 1600, "211", "40"),
            City.of("Leipzig", "Sachsen", 51.3397, 12.3731, 1100, "341", "04"),
            City.of("Dortmund", "Nordrhein-Westfalen", 51.5136, 7.4653, 1200, "231", "44"),
            City.of("Essen", "Nordrhein-Westfalen", 51.4556, 7.0116, 1100, "201", "45"),
            City.of("Bremen", "Bremen", 53.0793, 8.8017, 1300, "421", "28"),
            City.of("Dresden", "Sachsen", 51.0504, 13.7373, 1300, "351", "01"));

    // Seats: the listed city of the registered office, or the nearest listed city (in brackets).
    static final List<MerchantChain> CHAINS = new ChainTable(CITIES)
            .store("REWE", "5411", "grocery", 32, 0.8)
            .store("EDEKA", "5411", "grocery", 30, 0.8)
            .store("Aldi", "5411", "grocery", 25, 0.6)
            .store("Lidl", "5411", "grocery", 25, 0.6)
            .store("Vapiano", "5812", "restaurant", 25, 0.4)
            .store("L'Osteria", "5812", "restaurant", 38, 0.4)
            .store("McDonald's", "5814", "fast_food", 11, 0.5)
            .store("Burger King", "5814", "fast_food", 11, 0.5)
            .store("Starbucks", "5814", "coffee", 6, 0.4)
            .store("Coffee Fellows", "5814", "coffee", 5, 0.4)
            .store("Aral", "5541", "fuel", 65, 0.4)
            .store("Shell", "5541", "fuel", 65, 0.4)
            .store("dm-drogerie markt", "5912", "pharmacy", 17, 0.7)
            .store("Rossmann", "5912", "pharmacy", 15, 0.7)
            .store("Galeria", "5311", "department_store", 45, 0.8)
            .store("METRO", "5300", "warehouse_club", 120, 0.8)
            .store("MediaMarkt", "5732", "electronics", 150, 1.0)
            .store("OBI", "5200", "home_improvement", 55, 0.9)
            .store("Hornbach", "5200", "home_improvement", 70, 0.9)
            .store("H&M", "5651", "clothing", 40, 0.6)
            .store("Christ", "5944", "jewelry", 150, 0.9)
            .store("CinemaxX", "7832", "entertainment", 25, 0.4)
            .online("Zalando", "5691", "clothing", 70, 0.6, "Berlin")
            .online("Eventim", "7922", "entertainment", 85, 0.7, "Bremen")
            .online("Amazon.de", "5942", "online_marketplace", 30, 0.9, "München")
            .online("Otto", "5964", "online_marketplace", 60, 0.9, "Hamburg")
            .online("Apple.com/bill", "5818", "digital_goods", 5, 0.8, "München")
            .online("Netflix", "4899", "streaming", 13.99, 0.2, "Berlin")
            .online("Spotify", "5815", "streaming", 10.99, 0.15, "Berlin")
            .online("Uber", "4121", "ride_hailing", 18, 0.6, "Berlin")
            .online("FREE NOW", "4121", "ride_hailing", 20, 0.6, "Hamburg")
            .online("Lieferando", "5814", "food_delivery", 27, 0.4, "Berlin")
            .biller("Telekom Deutschland", "4814", "telecom", 45, 0.3, "Köln")              // (Bonn)
            .biller("Vodafone", "4814", "telecom", 40, 0.3, "Düsseldorf")
            .biller("E.ON", "4900", "utilities", 110, 0.4, "Essen")
            .biller("Vattenfall", "4900", "utilities", 100, 0.4, "Hamburg")
            .biller("Allianz", "6300", "insurance", 60, 0.4, "München")
            .biller("ERGO", "6300", "insurance", 50, 0.4, "Düsseldorf")
            .atm("Sparkasse Geldautomat", 100, 0.6)
            .atm("Cash Group Geldautomat", 100, 0.6)
            .travel("Lufthansa", "3008", "airline", 300, 0.6, "Köln")
            .travel("Eurowings", "4511", "airline", 150, 0.6, "Düsseldorf")
            .travel("Deutsche Bahn", "4112", "airline", 60, 0.7, "Berlin")
            .travel("Motel One", "7011", "hotel", 90, 0.3, "München")
            .travel("Steigenberger", "3643", "hotel", 160, 0.4, "Frankfurt am Main")
            .build();

    private DeData() {
    }
}
