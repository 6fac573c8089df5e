/**
 * The discrete-event engine. Internal: users run simulations through
 * {@link io.bankingsim.core.Simulation}; this package may change without notice.
 */
package io.bankingsim.core.engine;
