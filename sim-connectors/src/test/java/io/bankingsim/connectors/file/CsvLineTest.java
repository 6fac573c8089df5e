package io.bankingsim.connectors.file;

import io.bankingsim.core.event.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The RFC 4180 line: quoting, empty cells, and values written as the event log writes them. */
class CsvLineTest {

    private static String written(CsvLine line) throws IOException {
        StringWriter out = new StringWriter();
        line.writeTo(out);
        return out.toString();
    }

    @Test
    void plainTextIsNotQuotedAndSpecialTextIs() throws IOException {
        CsvLine line = new CsvLine().text("plain").text("a,b").text("say \"hi\"").text("two\nlines").text("cr\r");

        assertThat(written(line)).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\"\n");
    }

    @Test
    void missingValuesAreEmptyFields() throws IOException {
        CsvLine line = new CsvLine().text(null).empty().amount(null).instant(null).empty(2).text("");

        assertThat(written(line)).isEqualTo(",".repeat(6) + "\n");
    }

    @Test
    void amountsHaveTheCurrencysDigitsAsInTheEventLog() throws IOException {
        CsvLine line = new CsvLine().amount(Money.of("12.5", "USD")).amount(Money.of("0.05", "USD"))
                .amount(Money.of("7", "USD")).amount(Money.of("1500", "JPY")).amount(Money.of("1.005", "BHD"))
                .amount(Money.of("123456789.10", "EUR"));

        assertThat(written(line)).isEqualTo("12.50,0.05,7.00,1500,1.005,123456789.10\n");
    }

    @Test
    void instantsAndNumbersAreWrittenAsJavaAndJsonWriteThem() throws IOException {
        Instant time = Instant.parse("2026-01-06T09:15:02.314159265Z");
        CsvLine line = new CsvLine().instant(time).instant(Instant.parse("2026-01-06T00:00:00Z")).number(40.7128)
                .number(-74.006).number(2.0).number(42L).bool(true);

        assertThat(written(line)).isEqualTo(time + ",2026-01-06T00:00:00Z,40.7128,-74.006,2.0,42,true\n");
    }

    @Test
    void joinedTextsAreOneFieldQuotedOnlyWhenATextNeedsIt() throws IOException {
        CsvLine line = new CsvLine().joined(List.of("velocity", "geo"), ';').joined(List.of(), ';')
                .joined(List.of("a,b", "", "c"), ';').joined(List.of("x"), ';');

        assertThat(written(line)).isEqualTo("velocity;geo,,\"a,b;;c\",x\n");
    }

    @Test
    void theBufferStartsAfreshAfterEachLine() throws IOException {
        CsvLine line = new CsvLine();
        StringWriter out = new StringWriter();
        line.text("x".repeat(3000)).text("y").writeTo(out);
        line.text("z").writeTo(out);

        assertThat(out.toString()).isEqualTo("x".repeat(3000) + ",y\nz\n");
    }
}
