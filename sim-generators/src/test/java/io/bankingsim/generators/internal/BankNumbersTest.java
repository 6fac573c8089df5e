package io.bankingsim.generators.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "378282246310005", "5555555555554444", "79927398713"})
    void knownCardNumbersPassLuhnAndAnySingleDigitChangeFails(String pan) {
        assertThat(BankNumbers.luhnValid(pan)).isTrue();
        for (int i = 0; i < pan.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != pan.charAt(i)) {
                    String altered = pan.substring(0, i) + d + pan.substring(i + 1);
                    assertThat(BankNumbers.luhnValid(altered)).as(altered).isFalse();
                }
            }
        }
    }

    @Test
    void luhnDigitCompletesKnownNumbers() {
        assertThat(BankNumbers.luhnDigit("411111111111111")).isEqualTo('1');
        assertThat(BankNumbers.luhnDigit("37828224631000")).isEqualTo('5');
        assertThat(BankNumbers.luhnDigit("7992739871")).isEqualTo('3');
    }

    @Test
    void luhnRejectsMalformedInput() {
        assertThat(BankNumbers.luhnValid(null)).isFalse();
        assertThat(BankNumbers.luhnValid("0")).isFalse();
        assertThat(BankNumbers.luhnValid("4111 1111 1111 1111")).isFalse();
        assertThatThrownBy(() -> BankNumbers.luhnDigit("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankNumbers.luhnDigit("12a")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(CardNetwork.class)
    void randomPansHaveTheNetworkPrefixAndLengthAndPassLuhn(CardNetwork network) {
        SplittableRandom random = new SplittableRandom(42);
        for (int k = 0; k < 10_000; k++) {
            String pan = BankNumbers.pan(random, network);
            assertThat(pan).hasSize(network.length()).containsOnlyDigits();
            assertThat(BankNumbers.luhnValid(pan)).as(pan).isTrue();
            assertThat(hasNetworkPrefix(pan, network)).as(pan).isTrue();
        }
    }

    @Test
    void cardNetworksHaveTheirLabelsAndLengths() {
        assertThat(CardNetwork.VISA.label()).isEqualTo("visa");
        assertThat(CardNetwork.MASTERCARD.label()).isEqualTo("mastercard");
        assertThat(CardNetwork.AMEX.label()).isEqualTo("amex");
        assertThat(CardNetwork.AMEX.length()).isEqualTo(15);
        assertThat(CardNetwork.VISA.length()).isEqualTo(16);
    }

    @Test
    void deterministicPanIsBinThenPaddedAccountThenLuhnDigit() {
        assertThat(BankNumbers.pan("411111", 111111111L, 16)).isEqualTo("4111111111111111");
        assertThat(BankNumbers.pan("45717360", 42, 16)).isEqualTo("4571736000000422");
        assertThat(BankNumbers.luhnValid(BankNumbers.pan("45717360", 42, 16))).isTrue();
    }

    @Test
    void deterministicPansOfDistinctAccountsDiffer() {
        assertThat(BankNumbers.pan("411111", 1, 16)).isNotEqualTo(BankNumbers.pan("411111", 2, 16));
    }

    @Test
    void deterministicPanRejectsAnAccountThatDoesNotFit() {
        assertThat(BankNumbers.pan("411111", 999_999_999L, 16)).hasSize(16);
        assertThatThrownBy(() -> BankNumbers.pan("411111", 1_000_000_000L, 16))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankNumbers.pan("411111", -1, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankNumbers.pan("4111", 1, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankNumbers.pan("411111", 1, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
        "NL91ABNA0417164300", "ES9121000418450200051332", "IT60X0542811101000000123456"})
    void knownIbansAreValidAndAnAlteredDigitIsNot(String iban) {
        assertThat(BankNumbers.ibanValid(iban)).isTrue();
        for (int i = 2; i < iban.length(); i++) {
            char c = iban.charAt(i);
            if (Character.isDigit(c)) {
                char other = (char) ('0' + (c - '0' + 1) % 10);
                String altered = iban.substring(0, i) + other + iban.substring(i + 1);
                assertThat(BankNumbers.ibanValid(altered)).as(altered).isFalse();
            }
        }
    }

    @Test
    void ibanOfTheWrongLengthForItsCountryIsInvalid() {
        assertThat(BankNumbers.ibanValid("DE8937040044053201300")).isFalse();
        assertThat(BankNumbers.ibanValid("de89370400440532013000")).isFalse();
        assertThat(BankNumbers.ibanValid(null)).isFalse();
    }

    @Test
    void ibanComputesTheCheckDigits() {
        assertThat(BankNumbers.iban("DE", "370400440532013000")).isEqualTo("DE89370400440532013000");
        assertThat(BankNumbers.iban("GB", "WEST12345698765432")).isEqualTo("GB82WEST12345698765432");
        assertThat(BankNumbers.ibanValid(BankNumbers.iban("XK", "1212012345678906"))).isTrue();
        assertThatThrownBy(() -> BankNumbers.iban("DE", "3704004405320130"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countryBuildersReproduceTheKnownExamples() {
        assertThat(BankNumbers.germanIban("37040044", 532013000L)).isEqualTo("DE89370400440532013000");
        assertThat(BankNumbers.britishIban("WEST", "123456", 98765432L)).isEqualTo("GB82WEST12345698765432");
    }

    @Test
    void countryBuildersGiveValidIbansOfLength22() {
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 1000; k++) {
            String de = BankNumbers.germanIban("10020030", random.nextLong(10_000_000_000L));
            String gb = BankNumbers.britishIban("NWBK", "601613", random.nextLong(100_000_000L));
            assertThat(de).hasSize(22).startsWith("DE");
            assertThat(gb).hasSize(22).startsWith("GB");
            assertThat(BankNumbers.ibanValid(de)).as(de).isTrue();
            assertThat(BankNumbers.ibanValid(gb)).as(gb).isTrue();
        }
    }

    @Test
    void countryBuildersRejectAnAccountThatDoesNotFit() {
        assertThatThrownBy(() -> BankNumbers.germanIban("37040044", 10_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankNumbers.britishIban("WEST", "123456", 100_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankNumbers.britishIban("WE5T", "123456", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knownRoutingNumbersPassTheAbaCheck() {
        assertThat(BankNumbers.abaValid("021000021")).isTrue();
        assertThat(BankNumbers.abaValid("011000015")).isTrue();
        assertThat(BankNumbers.abaValid("021000022")).isFalse();
        assertThat(BankNumbers.abaValid("02100002")).isFalse();
    }

    @Test
    void abaRoutingAppendsTheCheckDigit() {
        assertThat(BankNumbers.abaRouting("02100002")).isEqualTo("021000021");
        assertThat(BankNumbers.abaRouting("01100001")).isEqualTo("011000015");
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 1000; k++) {
            String routing = BankNumbers.abaRouting(BankNumbers.usAccountNumber(random.nextLong(100_000_000L), 8));
            assertThat(BankNumbers.abaValid(routing)).as(routing).isTrue();
        }
    }

    @Test
    void usAccountNumberIsZeroPadded() {
        assertThat(BankNumbers.usAccountNumber(42, 10)).isEqualTo("0000000042");
        assertThatThrownBy(() -> BankNumbers.usAccountNumber(12345, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankNumbers.usAccountNumber(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean hasNetworkPrefix(String pan, CardNetwork network) {
        int two = Integer.parseInt(pan.substring(0, 2));
        int four = Integer.parseInt(pan.substring(0, 4));
        return switch (network) {
            case VISA -> pan.charAt(0) == '4';
            case MASTERCARD -> (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720);
            case AMEX -> two == 34 || two == 37;
        };
    }
}
