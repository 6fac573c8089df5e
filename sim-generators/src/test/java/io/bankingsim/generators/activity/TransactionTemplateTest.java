package io.bankingsim.generators.activity;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.TransactionType;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionTemplateTest {

    @Test
    void builtInTemplatesHaveUniqueNamesAndCoverEveryEverydayKind() {
        Set<String> names = new HashSet<>();
        Set<TransactionType> types = new HashSet<>();
        for (TransactionTemplate t : StandardTemplates.all()) {
            assertThat(names.add(t.name())).as(t.name()).isTrue();
            types.add(t.type());
        }
        assertThat(types).containsExactlyInAnyOrder(TransactionType.values());
        assertThat(names).contains("salary", "pension", "rent", "utilities", "groceries", "fuel", "restaurant",
                "online_shopping", "atm_cash", "p2p", "savings_transfer");
    }

    @Test
    void everySegmentHasIncomeAndSpending() {
        for (Segment s : Segment.values()) {
            double in = 0;
            double out = 0;
            for (TransactionTemplate t : StandardTemplates.all()) {
                if (t.type().isDebit()) {
                    out += t.frequency(s);
                } else {
                    in += t.frequency(s);
                }
            }
            assertThat(in).as("income of %s", s).isPositive();
            assertThat(out).as("spending of %s", s).isGreaterThan(in);
        }
    }

    @Test
    void segmentSharesSumToOne() {
        double sum = 0;
        for (Segment s : Segment.values()) {
            sum += s.share();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void builderDefaultsFollowTheType() {
        TransactionTemplate p2p = TransactionTemplate.builder("tip", TransactionType.P2P).perMonth(1).build();

        assertThat(p2p.counterparty()).isEqualTo(TransactionTemplate.Counterparty.FRIEND);
        assertThat(p2p.account()).isEqualTo(ProductType.CHECKING);
        assertThat(p2p.channels().keySet()).containsExactlyInAnyOrderElementsOf(
                TransactionTemplate.allowedChannels(TransactionType.P2P));
        assertThat(p2p.hourWeights()).hasSize(24).containsOnly(1.0);
    }

    @Test
    void aPaymentToAMerchantNeedsACategory() {
        assertThatThrownBy(() -> TransactionTemplate.builder("mystery", TransactionType.CARD_PURCHASE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("template 'mystery'").hasMessageContaining("merchant category is required");
    }

    @Test
    void aChannelTheTypeCannotUseIsRefusedWithTheAllowedOnes() {
        assertThatThrownBy(() -> TransactionTemplate.builder("cash", TransactionType.ATM_WITHDRAWAL).category("atm")
                .channel(Channel.MOBILE, 1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("template 'cash'").hasMessageContaining("channel mobile")
                .hasMessageContaining("allowed: [ATM]");
    }

    @Test
    void hoursNeedTwentyFourNonNegativeWeights() {
        assertThatThrownBy(() -> TransactionTemplate.builder("x", TransactionType.DEPOSIT).hours(1, 2, 3).build())
                .hasMessageContaining("hourWeights needs 24 values");
        assertThatThrownBy(() -> TransactionTemplate.builder("x", TransactionType.DEPOSIT).hours(0, 23, 0, 0).build())
                .hasMessageContaining("cannot all be zero");
    }

    @Test
    void creditsComeFromOutsideAndTransfersToOwnAccountsNeedATarget() {
        assertThatThrownBy(() -> TransactionTemplate.builder("gift", TransactionType.TRANSFER_IN)
                .counterparty(TransactionTemplate.Counterparty.FRIEND).build())
                .hasMessageContaining("template 'gift'");
        assertThatThrownBy(() -> TransactionTemplate.builder("move", TransactionType.TRANSFER_OUT)
                .counterparty(TransactionTemplate.Counterparty.OWN_ACCOUNT).build())
                .hasMessageContaining("own account");
    }

    @Test
    void namesAreLowerCaseIdentifiers() {
        assertThatThrownBy(() -> TransactionTemplate.builder("Groceries!", TransactionType.DEPOSIT).build())
                .hasMessageContaining("lower case");
    }

    @Test
    void distributionsReportTheirOwnCumulativeProbabilities() {
        var logNormal = new AmountDistribution.LogNormal(50, 0.6);
        var uniform = new AmountDistribution.Uniform(10, 20);

        assertThat(logNormal.cdf(50)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(uniform.cdf(15)).isEqualTo(0.5);
        assertThat(new AmountDistribution.Fixed(9.99).cdf(9.98)).isZero();
        assertThatThrownBy(() -> new AmountDistribution.LogNormal(-1, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
