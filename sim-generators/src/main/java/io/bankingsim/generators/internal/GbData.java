package io.bankingsim.generators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The United Kingdom tables behind {@link Country#GB}: 12 large cities with their geographic area
 * codes and postcode areas, the real outward districts of each area, and 45 national chains. City
 * weights are built-up-area populations in thousands (2011 census).
 */
final class GbData {

    static final List<City> CITIES = List.of(
            City.of("London", "Greater London", 51.5074, -0.1278, 9800, "20", "E EC N NW SE SW W WC"),
            City.of("Birmingham", "West Midlands", 52.4862, -1.8904, 2440, "121", "B"),
            City.of("Manchester", "Greater Manchester", 53.4808, -2.2426, 2550, "161", "M"),
            City.of("Leeds", "West Yorkshire", 53.8008, -1.5491, 1780, "113", "LS"),
            City.of("Glasgow", "Scotland", 55.8642, -4.2518, 990, "141", "G"),
            City.of("Liverpool", "Merseyside", 53.4084, -2.9916, 860, "151", "L"),
            City.of("Newcastle upon Tyne", "Tyne and Wear", 54.9783, -1.6178, 770, "191", "NE"),
            City.of("Sheffield", "South Yorkshire", 53.3811, -1.4701, 690, "114", "S"),
            City.of("Bristol", "Bristol", 51.4545, -2.5879, 620, "117", "BS"),
            City.of("Nottingham", "Nottinghamshire", 52.9548, -1.1581, 730, "115", "NG"),
            City.of("Edinburgh", "Scotland", 55.9533, -3.1883, 480, "131", "EH"),
            City.of("Cardiff", "Wales", 51.4816, -3.1791, 450, "29", "CF"));

    /**
     * Outward districts in use per postcode area, as district numbers and ranges; the central
     * London districts exist only with a sub-district letter (EC1A, W1B, SW1A).
     */
    static final Map<String, List<String>> DISTRICTS = districts(
            "E", "1-18 20",
            "EC", "1A 1M 1N 1R 1V 1Y 2A 2M 2N 2R 2V 2Y 3A 3M 3N 3R 3V 4A 4M 4N 4R 4V 4Y",
            "N", "1-22",
            "NW", "1-11",
            "SE", "1-28",
            "SW", "1A 1E 1H 1P 1V 1W 1X 1Y 2-20",
            "W", "1B 1C 1D 1F 1G 1H 1J 1K 1S 1T 1U 1W 2-14",
            "WC", "1A 1B 1E 1H 1N 1R 1V 1X 2A 2B 2E 2H 2N 2R",
            "B", "1-21 23-38 40 42-48",
            "M", "1-9 11-35 38 40 41 43-46 50",
            "LS", "1-20 25-28",
            "G", "1-5 11-15 20-23 31-34 40-46 51-53",
            "L", "1-38",
            "NE", "1-13 15",
            "S", "1-14 17 20 35",
            "BS", "1-11 13-16 20 30-32 34-37",
            "NG", "1-12 14-16",
            "EH", "1-17",
            "CF", "3 5 10 11 14 15 23 24");

    // Seats: the listed city of the registered office, or the nearest listed city (in brackets).
    static final List<MerchantChain> CHAINS = new ChainTable(CITIES)
            .store("Tesco", "5411", "grocery", 38, 0.8)
            .store("Sainsbury's", "5411", "grocery", 40, 0.8)
            .store("Asda", "5411", "grocery", 42, 0.8)
            .store("Nando's", "5812", "restaurant", 32, 0.4)
            .store("Wagamama", "5812", "restaurant", 35, 0.4)
            .store("McDonald's", "5814", "fast_food", 9, 0.5)
            .store("Greggs", "5814", "fast_food", 5, 0.5)
            .store("Costa Coffee", "5814", "coffee", 5, 0.4)
            .store("Pret A Manger", "5814", "coffee", 7, 0.45)
            .store("BP", "5541", "fuel", 55, 0.4)
            .store("Shell", "5541", "fuel", 55, 0.4)
            .store("Boots", "5912", "pharmacy", 14, 0.8)
            .store("John Lewis", "5311", "department_store", 75, 0.9)
            .store("Argos", "5311", "department_store", 40, 0.9)
            .store("Costco", "5300", "warehouse_club", 130, 0.7)
            .store("Currys", "5732", "electronics", 150, 1.0)
            .store("B&Q", "5200", "home_improvement", 45, 1.0)
            .store("Primark", "5651", "clothing", 25, 0.6)
            .store("Next", "5651", "clothing", 45, 0.6)
            .store("H. Samuel", "5944", "jewelry", 110, 0.9)
            .store("Odeon", "7832", "entertainment", 18, 0.5)
            .online("Ticketmaster UK", "7922", "entertainment", 90, 0.7, "London")
            .online("Amazon.co.uk", "5942", "online_marketplace", 25, 0.9, "London")
            .online("eBay", "5999", "online_marketplace", 30, 0.9, "London")
            .online("Apple.com/bill", "5818", "digital_goods", 5, 0.8, "London")
            .online("PlayStation Store", "5816", "digital_goods", 25, 0.7, "London")
            .online("Netflix", "4899", "streaming", 10.99, 0.2, "London")
            .online("Spotify", "5815", "streaming", 11.99, 0.15, "London")
            .online("Uber", "4121", "ride_hailing", 16, 0.6, "London")
            .online("Bolt", "4121", "ride_hailing", 13, 0.6, "London")
            .online("Deliveroo", "5814", "food_delivery", 25, 0.4, "London")
            .online("Just Eat", "5814", "food_delivery", 24, 0.4, "London")
            .biller("BT", "4814", "telecom", 50, 0.3, "London")
            .biller("EE", "4814", "telecom", 30, 0.3, "London")
            .biller("British Gas", "4900", "utilities", 110, 0.4, "London")                // (Windsor)
            .biller("Octopus Energy", "4900", "utilities", 100, 0.4, "London")
            .biller("Aviva", "6300", "insurance", 45, 0.4, "London")
            .biller("Admiral", "6300", "insurance", 50, 0.4, "Cardiff")
            .atm("NoteMachine ATM", 60, 0.6)
            .atm("Cardtronics ATM", 60, 0.6)
            .travel("British Airways", "3005", "airline", 280, 0.6, "London")
            .travel("easyJet", "3245", "airline", 120, 0.6, "London")                      // (Luton)
            .travel("Jet2.com", "4511", "airline", 200, 0.6, "Leeds")
            .travel("Premier Inn", "3811", "hotel", 90, 0.4, "London")                     // (Dunstable)
            .travel("Travelodge", "3615", "hotel", 70, 0.4, "London")                      // (Thame)
            .build();

    private GbData() {
    }

    private static Map<String, List<String>> districts(String... areaThenSpec) {
        Map<String, List<String>> byArea = new HashMap<>();
        for (int i = 0; i < areaThenSpec.length; i += 2) {
            String area = areaThenSpec[i];
            List<String> list = new ArrayList<>();
            for (String token : areaThenSpec[i + 1].split(" ")) {
                int dash = token.indexOf('-');
                if (dash < 0) {
                    list.add(area + token);
                } else {
                    int to = Integer.parseInt(token.substring(dash + 1));
                    for (int n = Integer.parseInt(token.substring(0, dash)); n <= to; n++) {
                        list.add(area + n);
                    }
                }
            }
            byArea.put(area, List.copyOf(list));
        }
        return Map.copyOf(byArea);
    }
}
