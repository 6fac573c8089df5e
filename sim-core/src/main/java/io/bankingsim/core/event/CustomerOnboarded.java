package io.bankingsim.core.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A new customer joins the bank, with the identity and the identity-verification signals the
 * bank checks. Immutable.
 *
 * @param id event id
 * @param time virtual instant
 * @param customerId the simulator's customer id
 * @param identity who the applicant says they are
 * @param kyc the identity-verification signals and their result
 * @param application how the application was made and what the applicant declared, or
 *     {@code null} when the generator does not model it
 * @param truth ground truth (a synthetic identity is fraud)
 */
public record CustomerOnboarded(String id, Instant time, String customerId, Identity identity, KycCheck kyc,
                                Application application, GroundTruth truth) implements Event {

    public CustomerOnboarded {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(kyc, "kyc");
        Objects.requireNonNull(truth, "truth");
    }

    /** An onboarding without application details. */
    public CustomerOnboarded(String id, Instant time, String customerId, Identity identity, KycCheck kyc,
                             GroundTruth truth) {
        this(id, time, customerId, identity, kyc, null, truth);
    }

    @Override
    public String kind() {
        return "customer_onboarded";
    }

    /**
     * Who an applicant says they are.
     *
     * @param firstName first name
     * @param lastName last name
     * @param email e-mail address
     * @param phone phone number in international format
     * @param dateOfBirth date of birth
     * @param nationalId national identity number (e.g. an SSN)
     * @param address postal address
     */
    public record Identity(String firstName, String lastName, String email, String phone, LocalDate dateOfBirth,
                           String nationalId, Address address) {
        public Identity {
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(lastName, "lastName");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
            Objects.requireNonNull(nationalId, "nationalId");
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * A postal address with its coordinates.
     *
     * @param line1 street and number
     * @param city city
     * @param state state or region
     * @param postalCode postal code
     * @param geo city, country and coordinates
     */
    public record Address(String line1, String city, String state, String postalCode, Geo geo) {
        public Address {
            Objects.requireNonNull(line1, "line1");
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(postalCode, "postalCode");
            Objects.requireNonNull(geo, "geo");
        }
    }

    /**
     * The identity checks a bank runs on an application.
     *
     * @param documentCheckPassed whether the identity document was accepted
     * @param identityConsistent whether name, national id and date of birth agree with records
     * @param emailAgeDays how long the e-mail address has existed
     * @param phoneAgeDays how long the phone number has existed
     * @param addressMatch whether the address matches the bureau's records
     * @param status the resulting KYC status: {@code verified}, {@code pending} or {@code rejected}
     */
    public record KycCheck(boolean documentCheckPassed, boolean identityConsistent, int emailAgeDays,
                           int phoneAgeDays, boolean addressMatch, String status) {
        public KycCheck {
            Objects.requireNonNull(status, "status");
            if (emailAgeDays < 0 || phoneAgeDays < 0) {
                throw new IllegalArgumentException("ages cannot be negative");
            }
        }
    }

    /**
     * How an applicant applied and what they declared.
     *
     * @param channel where the application was made: {@link Channel#ONLINE}, {@link Channel#MOBILE}
     *     or {@link Channel#BRANCH}
     * @param device the device and IP of an online or mobile application, {@code null} in a branch
     * @param segment the customer segment the bank files the applicant under, e.g.
     *     {@code student}, {@code salaried}, {@code retiree}, {@code small_business},
     *     {@code high_net_worth}
     * @param monthlyIncome the declared monthly income
     */
    public record Application(Channel channel, Device device, String segment, Money monthlyIncome) {
        public Application {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(monthlyIncome, "monthlyIncome");
        }
    }
}
