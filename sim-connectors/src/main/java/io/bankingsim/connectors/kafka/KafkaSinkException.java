package io.bankingsim.connectors.kafka;

/**
 * The Kafka sink cannot do its job: the brokers cannot be reached at the start of a run, a topic
 * is missing, or a record was not accepted. The message names the bootstrap servers (and the
 * topic, where one is concerned). Thrown on the engine thread, it fails the run.
 */
public final class KafkaSinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with its cause. */
    public KafkaSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
