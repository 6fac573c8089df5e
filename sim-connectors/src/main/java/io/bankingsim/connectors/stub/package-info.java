/**
 * Stub servers of Nexum (core banking) and Bastion (fraud detection) that speak exactly their
 * real HTTP APIs (docs/api-contract.md), auth and rate limit included, so that the simulator's
 * HTTP connectors can run a full integration on a laptop. They double as a fault-injection test
 * bed: added latency, injected 503s, and requests or answers lost in a hang. docs/stubs.md
 * describes every option and behaviour.
 *
 * <p>Public API: {@link io.bankingsim.connectors.stub.NexumStub},
 * {@link io.bankingsim.connectors.stub.NexumLedger}, {@link io.bankingsim.connectors.stub.BastionStub},
 * {@link io.bankingsim.connectors.stub.Feedback}, {@link io.bankingsim.connectors.stub.FaultSettings}
 * and {@link io.bankingsim.connectors.stub.StubServers}; every other type is internal.
 */
package io.bankingsim.connectors.stub;
