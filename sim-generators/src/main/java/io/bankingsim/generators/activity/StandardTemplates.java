package io.bankingsim.generators.activity;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.generators.activity.TransactionTemplate.Scaling;

import java.util.List;

import static io.bankingsim.generators.activity.Segment.HIGH_NET_WORTH;
import static io.bankingsim.generators.activity.Segment.RETIREE;
import static io.bankingsim.generators.activity.Segment.SALARIED;
import static io.bankingsim.generators.activity.Segment.SMALL_BUSINESS;
import static io.bankingsim.generators.activity.Segment.STUDENT;

/**
 * The built-in everyday templates of the {@code standard} generator: income (salary on the 15th
 * and the last day, pensions on the 3rd, allowances, business receipts, investment income), fixed
 * outgoings (rent on the first days of the month, utilities, phone, insurance, subscriptions,
 * credit-card repayment), everyday card spending (groceries, coffee, restaurants, fuel, pharmacy,
 * shopping, online shopping, electronics, food delivery, rides, travel), ATM cash, cash deposits,
 * P2P payments between friends, savings transfers and a small business's supplier payments.
 *
 * <p>Amounts are in US dollars; frequencies are per customer and month and were chosen so that
 * each segment's expected outgoings stay a little below its income. Stateless and thread-safe.
 */
public final class StandardTemplates {

    /** Days 1 to 28: a standing order on a day of the customer's own, the same every month. */
    private static final Integer[] MONTH_DAYS = java.util.stream.IntStream.rangeClosed(1, 28).boxed()
            .toArray(Integer[]::new);

    private static final List<TransactionTemplate> ALL = List.of(
            // income
            TransactionTemplate.builder("salary", TransactionType.DEPOSIT).fixed(0.5).scaling(Scaling.INCOME)
                    .recurring().roundTo(1).perMonth(SALARIED, 2).perMonth(HIGH_NET_WORTH, 2).days(15, -1)
                    .hours(1, 6, 1, 0).channel(Channel.SYSTEM, 1).build(),
            TransactionTemplate.builder("pension", TransactionType.DEPOSIT).fixed(1).scaling(Scaling.INCOME)
                    .recurring().roundTo(1).perMonth(RETIREE, 1).days(3).hours(0, 5, 1, 0)
                    .channel(Channel.SYSTEM, 1).build(),
            TransactionTemplate.builder("allowance", TransactionType.TRANSFER_IN).fixed(0.5)
                    .scaling(Scaling.INCOME).recurring().roundTo(10).perMonth(STUDENT, 2).days(1, 15)
                    .hours(7, 22, 1, 0.1).build(),
            TransactionTemplate.builder("business_receipt", TransactionType.TRANSFER_IN).logNormal(0.08, 0.8)
                    .scaling(Scaling.INCOME).account(ProductType.BUSINESS).range(5, 500_000)
                    .perMonth(SMALL_BUSINESS, 14).hours(8, 18, 1, 0.05).build(),
            TransactionTemplate.builder("investment_income", TransactionType.TRANSFER_IN).logNormal(0.25, 0.8)
                    .scaling(Scaling.INCOME).account(ProductType.SAVINGS).perMonth(HIGH_NET_WORTH, 1)
                    .hours(0, 6, 1, 0.1).build(),
            TransactionTemplate.builder("cash_deposit", TransactionType.DEPOSIT).logNormal(300, 0.8).roundTo(10)
                    .range(10, 9_000).perMonth(0.3).perMonth(SMALL_BUSINESS, 4).channel(Channel.BRANCH, 0.5)
                    .channel(Channel.ATM, 0.4).channel(Channel.MOBILE, 0.1).hours(9, 17, 1, 0.08).build(),
            TransactionTemplate.builder("takings_deposit", TransactionType.DEPOSIT).logNormal(5_500, 0.6).roundTo(10)
                    .account(ProductType.BUSINESS).range(500, 40_000).perMonth(SMALL_BUSINESS, 1)
                    .perMonth(HIGH_NET_WORTH, 0.1).channel(Channel.BRANCH, 0.8).channel(Channel.ATM, 0.2)
                    .hours(9, 17, 1, 0.02).build(),
            // fixed outgoings
            TransactionTemplate.builder("rent", TransactionType.TRANSFER_OUT).logNormal(0.3, 0.2)
                    .scaling(Scaling.INCOME).recurring().roundTo(5).range(200, 40_000).perMonth(SALARIED, 1)
                    .perMonth(STUDENT, 1).perMonth(SMALL_BUSINESS, 1).perMonth(RETIREE, 0.3)
                    .perMonth(HIGH_NET_WORTH, 0.4).days(1, 2, 3).hours(6, 20, 1, 0.05)
                    .channel(Channel.SYSTEM, 0.5).channel(Channel.ONLINE, 0.25).channel(Channel.MOBILE, 0.25).build(),
            TransactionTemplate.builder("utilities", TransactionType.BILL_PAYMENT).category("utilities")
                    .logNormal(110, 0.4).scaling(Scaling.SPENDING).perMonth(1).perMonth(STUDENT, 0.4)
                    .hours(6, 22, 1, 0.1).month(1, 1.3).month(2, 1.25).month(7, 1.2).month(8, 1.2)
                    .channel(Channel.SYSTEM, 0.5).channel(Channel.ONLINE, 0.25).channel(Channel.MOBILE, 0.25).build(),
            TransactionTemplate.builder("phone_bill", TransactionType.BILL_PAYMENT).category("telecom")
                    .logNormal(85, 0.3).recurring().perMonth(1).days(MONTH_DAYS).hours(6, 22, 1, 0.1)
                    .channel(Channel.SYSTEM, 0.6).channel(Channel.ONLINE, 0.2).channel(Channel.MOBILE, 0.2).build(),
            TransactionTemplate.builder("insurance", TransactionType.BILL_PAYMENT).category("insurance")
                    .logNormal(140, 0.5).scaling(Scaling.SPENDING).recurring().perMonth(1).perMonth(STUDENT, 0.2)
                    .days(MONTH_DAYS).hours(6, 22, 1, 0.1).channel(Channel.SYSTEM, 0.7).channel(Channel.ONLINE, 0.3).build(),
            TransactionTemplate.builder("subscription", TransactionType.CARD_PURCHASE).category("streaming")
                    .fixed(15.49).recurring().perMonth(1.5).perMonth(STUDENT, 2).perMonth(RETIREE, 0.6)
                    .days(MONTH_DAYS).hours(0, 6, 1, 0.05).channel(Channel.ONLINE, 1).build(),
            TransactionTemplate.builder("card_repayment", TransactionType.TRANSFER_OUT).toOwn(ProductType.CREDIT_CARD)
                    .uniform(0.4, 1).scaling(Scaling.OUTSTANDING).roundTo(1).range(1, 1_000_000).perMonth(1.2)
                    .hours(7, 22, 1, 0.1).channel(Channel.MOBILE, 0.5).channel(Channel.ONLINE, 0.3)
                    .channel(Channel.SYSTEM, 0.2).build(),
            // everyday card spending
            TransactionTemplate.builder("groceries", TransactionType.CARD_PURCHASE).category("grocery")
                    .logNormal(55, 0.7).scaling(Scaling.SPENDING).range(1, 2_000).perMonth(8)
                    .perMonth(STUDENT, 6).hours(hours(0, 0, 0, 0, 0, 0, 1, 2, 4, 6, 7, 7, 8, 7, 6, 6, 8, 10, 10, 8, 5,
                            3, 1, 0.5)).month(11, 1.1).month(12, 1.2).channel(Channel.CARD_PRESENT, 0.92)
                    .channel(Channel.ONLINE, 0.08).build(),
            TransactionTemplate.builder("coffee", TransactionType.CARD_PURCHASE).category("coffee")
                    .logNormal(6.5, 0.4).range(1.5, 60).perMonth(8).perMonth(STUDENT, 12).perMonth(RETIREE, 4)
                    .hours(hours(0, 0, 0, 0, 0, 1, 4, 10, 12, 9, 6, 4, 4, 5, 5, 4, 3, 2, 1, 0.5, 0.2, 0, 0, 0))
                    .channel(Channel.CARD_PRESENT, 0.85).channel(Channel.MOBILE, 0.15).build(),
            TransactionTemplate.builder("fast_food", TransactionType.CARD_PURCHASE).category("fast_food")
                    .logNormal(12, 0.5).range(1, 150).perMonth(5).perMonth(STUDENT, 9).perMonth(HIGH_NET_WORTH, 2)
                    .hours(hours(0.5, 0.3, 0.2, 0, 0, 0, 1, 2, 3, 2, 2, 6, 10, 8, 4, 3, 4, 7, 9, 7, 4, 3, 2, 1))
                    .channel(Channel.CARD_PRESENT, 0.9).channel(Channel.MOBILE, 0.1).build(),
            TransactionTemplate.builder("restaurant", TransactionType.CARD_PURCHASE).category("restaurant")
                    .logNormal(48, 0.6).scaling(Scaling.SPENDING).range(5, 3_000).perMonth(3).perMonth(STUDENT, 2)
                    .perMonth(HIGH_NET_WORTH, 8).hours(hours(0.3, 0.1, 0, 0, 0, 0, 0, 0.5, 1, 1, 1, 4, 9, 7, 2, 1, 1,
                            4, 10, 11, 8, 4, 2, 1)).month(12, 1.3).month(2, 1.1).channel(Channel.CARD_PRESENT, 1).build(),
            TransactionTemplate.builder("fuel", TransactionType.CARD_PURCHASE).category("fuel").logNormal(48, 0.35)
                    .range(5, 250).perMonth(4).perMonth(STUDENT, 2).perMonth(RETIREE, 2).hours(5, 22, 1, 0.1)
                    .month(6, 1.1).month(7, 1.2).month(8, 1.15).channel(Channel.CARD_PRESENT, 1).build(),
            TransactionTemplate.builder("pharmacy", TransactionType.CARD_PURCHASE).category("pharmacy")
                    .logNormal(22, 0.7).range(1, 600).perMonth(1.5).perMonth(RETIREE, 4).hours(8, 21, 1, 0.05)
                    .month(1, 1.2).month(2, 1.2).month(12, 1.1).channel(Channel.CARD_PRESENT, 1).build(),
            TransactionTemplate.builder("shopping", TransactionType.CARD_PURCHASE).category("department_store")
                    .logNormal(70, 0.8).scaling(Scaling.SPENDING).range(2, 5_000).perMonth(2.5).hours(9, 21, 1, 0.05)
                    .month(1, 0.8).month(2, 0.8).month(8, 1.2).month(11, 1.5).month(12, 1.9)
                    .channel(Channel.CARD_PRESENT, 0.8).channel(Channel.ONLINE, 0.2).build(),
            TransactionTemplate.builder("clothing", TransactionType.CARD_PURCHASE).category("clothing")
                    .logNormal(60, 0.7).scaling(Scaling.SPENDING).range(5, 4_000).perMonth(1.2).perMonth(STUDENT, 2)
                    .hours(10, 20, 1, 0.05).month(3, 1.1).month(9, 1.2).month(11, 1.4).month(12, 1.6)
                    .channel(Channel.CARD_PRESENT, 0.6).channel(Channel.ONLINE, 0.4).build(),
            TransactionTemplate.builder("online_shopping", TransactionType.CARD_PURCHASE).category("online_marketplace")
                    .logNormal(38, 0.9).scaling(Scaling.SPENDING).range(1, 5_000).perMonth(5).perMonth(RETIREE, 1.5)
                    .hours(hours(2, 1, 0.5, 0.3, 0.2, 0.3, 1, 2, 3, 4, 4, 5, 6, 5, 5, 5, 5, 5, 6, 8, 10, 10, 8, 4))
                    .month(11, 1.6).month(12, 1.7).channel(Channel.ONLINE, 0.6).channel(Channel.MOBILE, 0.4).build(),
            TransactionTemplate.builder("electronics", TransactionType.CARD_PURCHASE).category("electronics")
                    .logNormal(180, 0.9).scaling(Scaling.SPENDING).range(10, 15_000).perMonth(0.3)
                    .hours(10, 21, 1, 0.05).month(11, 2).month(12, 2.2).month(9, 1.3)
                    .channel(Channel.CARD_PRESENT, 0.5).channel(Channel.ONLINE, 0.5).build(),
            TransactionTemplate.builder("digital_goods", TransactionType.CARD_PURCHASE).category("digital_goods")
                    .logNormal(9, 0.8).range(0.99, 300).perMonth(1).perMonth(STUDENT, 3).perMonth(RETIREE, 0.2)
                    .hours(hours(3, 2, 1, 0.5, 0.2, 0.2, 0.5, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 4, 5, 6, 7, 7, 6, 4))
                    .channel(Channel.ONLINE, 0.5).channel(Channel.MOBILE, 0.5).build(),
            TransactionTemplate.builder("food_delivery", TransactionType.CARD_PURCHASE).category("food_delivery")
                    .logNormal(32, 0.45).range(8, 300).perMonth(1.5).perMonth(STUDENT, 3).perMonth(RETIREE, 0.3)
                    .hours(hours(1, 0.5, 0.2, 0, 0, 0, 0, 0.2, 0.5, 0.5, 1, 4, 6, 3, 1, 1, 2, 6, 10, 10, 7, 4, 2, 1.5))
                    .channel(Channel.MOBILE, 0.8).channel(Channel.ONLINE, 0.2).build(),
            TransactionTemplate.builder("ride", TransactionType.CARD_PURCHASE).category("ride_hailing")
                    .logNormal(19, 0.5).range(5, 250).perMonth(1.5).perMonth(STUDENT, 2.5).perMonth(RETIREE, 0.3)
                    .perMonth(HIGH_NET_WORTH, 4).hours(hours(4, 3, 2, 1, 0.5, 1, 3, 6, 7, 3, 2, 2, 3, 2, 2, 3, 4, 6,
                            6, 5, 5, 5, 5, 5)).channel(Channel.MOBILE, 1).build(),
            TransactionTemplate.builder("entertainment", TransactionType.CARD_PURCHASE).category("entertainment")
                    .logNormal(35, 0.6).range(5, 1_000).perMonth(1).perMonth(STUDENT, 2).hours(12, 22, 1, 0.05)
                    .month(7, 1.2).month(12, 1.2).channel(Channel.CARD_PRESENT, 0.6).channel(Channel.ONLINE, 0.4)
                    .build(),
            TransactionTemplate.builder("home_improvement", TransactionType.CARD_PURCHASE).category("home_improvement")
                    .logNormal(85, 0.9).scaling(Scaling.SPENDING).range(3, 8_000).perMonth(0.8).perMonth(STUDENT, 0.1)
                    .hours(7, 20, 1, 0.02).month(4, 1.4).month(5, 1.5).month(6, 1.3).channel(Channel.CARD_PRESENT, 0.85)
                    .channel(Channel.ONLINE, 0.15).build(),
            TransactionTemplate.builder("travel", TransactionType.CARD_PURCHASE).category("airline")
                    .logNormal(380, 0.6).scaling(Scaling.SPENDING).range(40, 25_000).perMonth(0.15)
                    .perMonth(HIGH_NET_WORTH, 0.8).hours(7, 23, 1, 0.1).month(6, 1.5).month(7, 1.6).month(8, 1.4)
                    .month(12, 1.3).channel(Channel.ONLINE, 1).build(),
            TransactionTemplate.builder("hotel", TransactionType.CARD_PURCHASE).category("hotel").logNormal(240, 0.7)
                    .scaling(Scaling.SPENDING).range(40, 30_000).perMonth(0.12).perMonth(HIGH_NET_WORTH, 0.6)
                    .hours(7, 23, 1, 0.1).month(6, 1.5).month(7, 1.6).month(8, 1.4).channel(Channel.ONLINE, 0.7)
                    .channel(Channel.CARD_PRESENT, 0.3).build(),
            TransactionTemplate.builder("jewelry", TransactionType.CARD_PURCHASE).category("jewelry")
                    .logNormal(260, 0.9).scaling(Scaling.SPENDING).range(20, 50_000).perMonth(0.05)
                    .perMonth(HIGH_NET_WORTH, 0.4).hours(10, 20, 1, 0).month(2, 2).month(12, 2.5)
                    .channel(Channel.CARD_PRESENT, 0.8).channel(Channel.ONLINE, 0.2).build(),
            // cash and transfers
            TransactionTemplate.builder("atm_cash", TransactionType.ATM_WITHDRAWAL).category("atm")
                    .logNormal(90, 0.6).roundTo(20).range(20, 800).perMonth(3).perMonth(RETIREE, 4)
                    .perMonth(HIGH_NET_WORTH, 1).hours(hours(0.5, 0.3, 0.2, 0.1, 0.1, 0.2, 1, 3, 4, 4, 4, 5, 7, 6, 5,
                            5, 6, 8, 8, 6, 4, 3, 2, 1)).month(12, 1.2).channel(Channel.ATM, 1).build(),
            TransactionTemplate.builder("p2p", TransactionType.P2P).logNormal(40, 0.8).roundTo(5).range(5, 2_500)
                    .perMonth(2).perMonth(STUDENT, 4).perMonth(RETIREE, 0.5).hours(8, 23, 1, 0.1)
                    .channel(Channel.MOBILE, 0.8).channel(Channel.ONLINE, 0.2).build(),
            TransactionTemplate.builder("savings_transfer", TransactionType.TRANSFER_OUT).toOwn(ProductType.SAVINGS)
                    .logNormal(0.08, 0.6).scaling(Scaling.INCOME).roundTo(10).range(10, 100_000).perMonth(1)
                    .perMonth(STUDENT, 0.3).perMonth(HIGH_NET_WORTH, 2).days(1, 2, 16, 17).hours(7, 22, 1, 0.1)
                    .channel(Channel.MOBILE, 0.5).channel(Channel.ONLINE, 0.3).channel(Channel.SYSTEM, 0.2).build(),
            TransactionTemplate.builder("supplier_payment", TransactionType.TRANSFER_OUT).logNormal(0.06, 0.9)
                    .scaling(Scaling.INCOME).account(ProductType.BUSINESS).range(20, 250_000)
                    .perMonth(SMALL_BUSINESS, 10).hours(8, 18, 1, 0.02).channel(Channel.ONLINE, 0.7)
                    .channel(Channel.BRANCH, 0.1).channel(Channel.SYSTEM, 0.2).build());

    private StandardTemplates() {
    }

    /** The built-in templates, in a fixed order. */
    public static List<TransactionTemplate> all() {
        return ALL;
    }

    private static double[] hours(double... weights) {
        return weights;
    }
}
