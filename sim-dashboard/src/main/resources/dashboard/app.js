// The live dashboard's page: Preact + htm (no build step), uPlot for the charts.
// Data: GET api/status every half second (state, virtual time, speed, resources), the WebSocket
// ws (metrics_update, transaction_feed, fraud_alert), GET api/metrics/history for the charts,
// GET api/plugins for the plugins' panels. docs/dashboard.md describes what each panel shows.
import { Component, h, render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import htm from 'htm';
import uPlot from 'uplot';

const html = htm.bind(h);

const FEED_ROWS = 150;
const ALERT_ROWS = 100;
const STATUS_EVERY_MS = 500;
const HISTORY_EVERY_MS = 1000;
const CHART_POINTS = 2000;

// ---------- formatting ----------

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function fmtInt(n) {
  return n == null || Number.isNaN(n) ? '–' : int.format(n);
}

function fmtPct(r, digits = 1) {
  return r == null || Number.isNaN(r) ? '–' : (r * 100).toFixed(digits) + '%';
}

function fmtMs(micros) {
  if (micros == null) return '–';
  if (micros < 1000) return int.format(micros) + ' µs';
  const ms = micros / 1000;
  return ms < 10 ? ms.toFixed(2) + ' ms' : one.format(ms) + ' ms';
}

function fmtSpeed(x) {
  if (x == null || Number.isNaN(x)) return '–';
  return x >= 100 ? int.format(x) + '×' : one.format(x) + '×';
}

function fmtBytes(b) {
  if (b == null || b < 0) return '–';
  return b >= 1 << 30 ? (b / (1 << 30)).toFixed(2) + ' GiB' : int.format(b / (1 << 20)) + ' MiB';
}

function fmtMoney(list) {
  if (!list || list.length === 0) return '–';
  return list.map(m => m.currency + ' ' + Number(m.amount).toLocaleString('en-US',
    { minimumFractionDigits: 2, maximumFractionDigits: 2 })).join(' · ');
}

// The virtual date-time in the scenario's zone, to the second: "2026-01-08 00:17:54 America/New_York".
function fmtVirtual(status) {
  if (!status) return '–';
  const local = status.virtual_time_local || status.virtual_time;
  return local.substring(0, 19).replace('T', ' ') + ' ' + (status.time_zone || 'UTC');
}

// The zone if this browser knows it (IANA names), else UTC.
function usableZone(zone) {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone;
  } catch (e) {
    return 'UTC';
  }
}

// An event's time of day in the scenario's zone (the feed's and the alerts' Time column).
const clockFormats = new Map();
function timeOfDay(iso, zone) {
  if (!iso) return '';
  const z = zone || 'UTC';
  let f = clockFormats.get(z);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: z, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    clockFormats.set(z, f);
  }
  return f.format(new Date(iso));
}

// ---------- talking to the server ----------

const tokenKey = 'banking-sim-dashboard-token';

async function getJson(path) {
  const res = await fetch(path, { cache: 'no-store' });
  if (!res.ok) throw new Error(path + ': HTTP ' + res.status);
  return res.json();
}

// POST a control; resolves to the server's JSON, or throws an Error whose message is the
// server's own explanation (it names the field and the allowed values).
async function control(action, body) {
  const headers = { 'Content-Type': 'application/json' };
  const token = sessionStorage.getItem(tokenKey);
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch('api/control/' + action, {
    method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  let json = null;
  try { json = await res.json(); } catch (e) { /* no body */ }
  if (!res.ok) {
    const err = new Error(json && json.error
      ? json.error + (json.field ? ' (field "' + json.field + '"' + (json.allowed ? ': ' + json.allowed : '') + ')' : '')
      : action + ': HTTP ' + res.status);
    err.status = res.status;
    throw err;
  }
  return json;
}

// Calls fn every everyMs; after a failure (the server gone), waits twice as long each time, up to
// 5 s, so that a closed dashboard does not fill the console with refused connections.
function usePoll(fn, everyMs) {
  useEffect(() => {
    let stopped = false;
    let timer = null;
    let wait = everyMs;
    const loop = async () => {
      try {
        await fn();
        wait = everyMs;
      } catch (e) {
        wait = Math.min(Math.max(wait * 2, 1000), 5000); // shown by the connection badge
      }
      if (!stopped) timer = setTimeout(loop, wait);
    };
    loop();
    return () => { stopped = true; clearTimeout(timer); };
  }, []);
}

// The WebSocket with reconnection; calls onMessage(type, data) for each push.
function useFeed(onMessage, setConn) {
  useEffect(() => {
    let ws = null;
    let closed = false;
    let retry = 500;
    const open = () => {
      setConn(ws === null ? 'connecting' : 'reconnecting');
      const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
        + location.pathname.replace(/[^/]*$/, '') + 'ws';
      ws = new WebSocket(url);
      ws.onopen = () => {
        retry = 500;
        ws.send(JSON.stringify({ type: 'subscribe', topics: ['metrics', 'transactions', 'fraud_alerts'] }));
      };
      ws.onmessage = e => {
        const msg = JSON.parse(e.data);
        if (msg.type === 'subscribed') setConn('live');
        else onMessage(msg.type, msg.data);
      };
      ws.onclose = () => {
        if (closed) return;
        setConn('reconnecting');
        setTimeout(open, retry);
        retry = Math.min(retry * 2, 5000);
      };
      ws.onerror = () => { /* onclose follows */ };
    };
    open();
    return () => { closed = true; if (ws) ws.close(); };
  }, []);
}

// ---------- panels ----------

function Stat({ id, label, value, title, tone }) {
  return html`<div class="stat" title=${title || ''}>
    <div class="stat-label">${label}</div>
    <div class=${'stat-value' + (tone ? ' ' + tone : '')} id=${id}>${value}</div>
  </div>`;
}

const SLIDER_MAX = 6; // 10^0 .. 10^6, log scale

// The health of one system under test over the last interval, from two consecutive snapshots'
// per-endpoint counts: healthy (answers, no error), errors (some failed), down (nothing but
// errors), idle (no request), waiting (none yet). Throttling (429) and refusals (400) are answers.
function systemHealth(system, now, before) {
  const sum = (snapshot) => {
    const t = { requests: 0, ok: 0, errors: 0, p99: 0 };
    for (const e of (snapshot ? snapshot.api : []) || []) {
      if (e.system !== system) continue;
      t.requests += e.requests;
      t.ok += e.ok;
      t.errors += e.error_count;
      t.p99 = Math.max(t.p99, e.latency.p99_micros);
    }
    return t;
  };
  const a = sum(now), b = sum(before);
  const requests = a.requests - b.requests, errors = a.errors - b.errors;
  let state;
  if (a.requests === 0) state = 'waiting';
  else if (requests === 0) state = 'idle';
  else if (errors === 0) state = 'healthy';
  else if (errors >= requests) state = 'down';
  else state = 'errors ' + fmtPct(errors / requests, 0);
  return { state, p99: a.requests > a.errors ? a.p99 : null, tone: state === 'healthy' ? 'good' : state === 'down' ? 'bad' : state.startsWith('errors') ? 'warn' : '' };
}

function Health({ status, metrics, previous }) {
  if (!status) return '';
  if (status.backends === 'dry run') {
    return html`<div class="health"><${Stat} id="health" label="Systems under test" value="dry run"
      title="the in-process mock bank and detector" /></div>`;
  }
  return html`<div class="health">${['nexum', 'bastion'].map(system => {
    const hl = systemHealth(system, metrics, previous);
    return html`<${Stat} id=${'health-' + system} label=${system === 'nexum' ? 'Nexum' : 'Bastion'} tone=${hl.tone}
      title=${status.backends + ' (over the last interval; p99 of the answers since the start)'}
      value=${hl.state + (hl.p99 != null ? ' · p99 ' + fmtMs(hl.p99) : '')} />`;
  })}</div>`;
}

function ControlPanel({ status, metrics, previous, onError, retry }) {
  const [speedText, setSpeedText] = useState('');
  const [slider, setSlider] = useState(2);
  const state = status ? status.state : 'unknown';
  const set = status ? status.speed.set : null;

  useEffect(() => {
    if (set && set !== 'max') setSlider(Math.log10(Number(set)));
  }, [set]);

  const act = async (action, body) => {
    try {
      await control(action, body);
      retry.current = null;
      onError(null);
    } catch (e) {
      retry.current = e.status === 401 ? () => act(action, body) : null;
      onError(e);
    }
  };
  const applySpeed = (text) => {
    const t = String(text).trim();
    if (t === '') {
      onError(new Error('type a speed first: a multiplier such as 200, or max (field "multiplier")'));
      return;
    }
    const asNumber = Number(t);
    act('speed', { multiplier: t.toLowerCase() === 'max' ? 'max' : (Number.isNaN(asNumber) ? t : asNumber) });
  };

  const can = {
    start: state === 'created',
    pause: state === 'running',
    resume: state === 'paused',
    stop: state === 'running' || state === 'paused' || state === 'created',
  };
  const pct = status ? status.progress * 100 : 0;
  const res = status ? status.resources : null;
  return html`<section class="card control">
    <h2>Run</h2>
    <div class="run-head">
      <span class=${'state state-' + state} id="state">${state}</span>
      <span class="vtime" id="virtual-time" title="virtual time">${fmtVirtual(status)}</span>
    </div>
    <div class="progress" title="virtual time elapsed / the scenario's duration">
      <div class="progress-bar" style=${'width:' + pct.toFixed(2) + '%'}></div>
      <span class="progress-text" id="progress">${status ? pct.toFixed(1) + '%' : '–'}</span>
    </div>
    <div class="buttons">
      <button id="btn-start" disabled=${!can.start} onClick=${() => act('start')}>Start</button>
      <button id="btn-pause" disabled=${!can.pause} onClick=${() => act('pause')}>Pause</button>
      <button id="btn-resume" disabled=${!can.resume} onClick=${() => act('resume')}>Resume</button>
      <button id="btn-stop" class="danger" disabled=${!can.stop} onClick=${() => act('stop')}>Stop</button>
    </div>
    <div class="speed">
      <label for="speed-slider">Speed</label>
      <input id="speed-slider" type="range" min="0" max=${SLIDER_MAX} step="0.01" value=${slider}
        title="virtual seconds per wall second (log scale)"
        onInput=${e => setSlider(Number(e.target.value))}
        onChange=${e => applySpeed(String(Math.round(10 ** Number(e.target.value))))} />
      <span class="slider-value">${fmtSpeed(10 ** slider)}</span>
    </div>
    <form class="speed" onSubmit=${e => { e.preventDefault(); applySpeed(speedText); }}>
      <input id="speed-input" type="text" inputmode="decimal" placeholder="200 or max" value=${speedText}
        onInput=${e => setSpeedText(e.target.value)} aria-label="speed multiplier" />
      <button id="speed-apply" type="submit">Set speed</button>
      <button type="button" onClick=${() => applySpeed('max')} title="as fast as the systems answer">Max</button>
    </form>
    <${Health} status=${status} metrics=${metrics} previous=${previous} />
    <div class="grid2">
      <${Stat} id="speed-set" label="Speed set" value=${set || '–'} />
      <${Stat} id="speed-effective" label="Effective speed" title="over the last collect interval"
        value=${status ? fmtSpeed(status.speed.effective) : '–'} />
      <${Stat} id="in-flight" label="Events in flight" value=${status ? fmtInt(status.in_flight) : '–'} />
      <${Stat} id="cpu" label="Simulator CPU" title="this JVM's share of all cores"
        value=${res && res.process_cpu_load != null ? fmtPct(res.process_cpu_load, 0) + ' of ' + res.available_processors + ' cores' : '–'} />
      <${Stat} id="heap" label="Heap used" title=${res ? 'used / max: ' + fmtBytes(res.heap_used_bytes) + ' / ' + fmtBytes(res.heap_max_bytes) : ''}
        value=${res ? fmtBytes(res.heap_used_bytes) : '–'} />
      <${Stat} id="threads" label="Threads" value=${res ? fmtInt(res.live_threads) : '–'} />
    </div>
  </section>`;
}

function MetricsPanel({ m }) {
  const c = m ? m.counts : null;
  const d = m ? m.detection.matrix : null;
  const lat = m ? m.latency.service : null;
  const tx = c ? c.released_by_kind.transaction : null;
  const bad = c ? (c.outcomes_by_status.error || 0) + (c.outcomes_by_status.unknown || 0)
    + (c.outcomes_by_status.not_delivered || 0) : null;
  const errRate = c && c.outcomes > 0 ? bad / c.outcomes : null;
  return html`<section class="card metrics">
    <h2>Live metrics</h2>
    <div class="grid3">
      <${Stat} id="m-transactions" label="Transactions" value=${fmtInt(tx)} />
      <${Stat} id="m-tps" label="Transactions / s" title="per wall second, over the last interval"
        value=${m ? one.format(m.throughput.interval_transactions_per_wall_second || 0) : '–'} />
      <${Stat} id="m-volume" label="Volume moved" value=${c ? fmtMoney(c.money_moved) : '–'} />
      <${Stat} id="m-caught" label="Fraud caught" tone="good" title="true positives: fraud flagged (review or decline)"
        value=${d ? fmtInt(d.true_positives) : '–'} />
      <${Stat} id="m-missed" label="Fraud missed" tone=${d && d.false_negatives > 0 ? 'bad' : ''}
        title="false negatives: fraud approved" value=${d ? fmtInt(d.false_negatives) : '–'} />
      <${Stat} id="m-false-alarms" label="False alarms" tone=${d && d.false_positives > 0 ? 'warn' : ''}
        title="false positives: genuine events flagged" value=${d ? fmtInt(d.false_positives) : '–'} />
      <${Stat} id="m-precision" label="Precision" title="TP / (TP + FP)" value=${d ? fmtPct(d.precision) : '–'} />
      <${Stat} id="m-recall" label="Recall" title="TP / (TP + FN)" value=${d ? fmtPct(d.recall) : '–'} />
      <${Stat} id="m-fpr" label="False-positive rate" title="FP / (FP + TN)" value=${d ? fmtPct(d.false_positive_rate, 2) : '–'} />
      <${Stat} id="m-p50" label="Latency p50" title="service time per event, since the start" value=${lat ? fmtMs(lat.p50_micros) : '–'} />
      <${Stat} id="m-p99" label="Latency p99" value=${lat ? fmtMs(lat.p99_micros) : '–'} />
      <${Stat} id="m-errors" label="Error rate" tone=${errRate > 0 ? 'bad' : ''}
        title="outcomes that were errors, unknown or not delivered" value=${c ? fmtPct(errRate, 2) : '–'} />
    </div>
  </section>`;
}

// Colour of a risk score 0..1: green, amber, red.
function riskColour(score) {
  if (score == null) return '#4a5568';
  const hue = 130 - Math.min(1, Math.max(0, score)) * 130;
  return 'hsl(' + hue + ', 70%, 40%)';
}

function fmtRisk(score) {
  return score == null ? '–' : score.toFixed(2);
}

function verdict(fraud, decision) {
  const flagged = decision === 'review' || decision === 'decline';
  if (decision === 'none') return { cls: '', text: '' };
  if (fraud && !flagged) return { cls: 'missed', text: 'MISSED' };
  if (fraud && flagged) return { cls: 'caught', text: 'caught' };
  if (!fraud && flagged) return { cls: 'false-alarm', text: 'false alarm' };
  return { cls: '', text: '' };
}

// One row of the feed. A row never changes once drawn, so it is not diffed again: at peak load
// the page redraws only the new rows of each push.
class FeedRow extends Component {
  shouldComponentUpdate(next) {
    return next.r !== this.props.r || next.zone !== this.props.zone;
  }

  render({ r, zone }) {
    const e = r.event, o = r.outcome;
    const v = verdict(e.fraud, o.decision);
    const cls = 'feed-row d-' + o.decision + (e.fraud ? ' truth-fraud' : '') + (v.cls ? ' ' + v.cls : '')
      + (o.status !== 'ok' ? ' failed' : '');
    return html`<tr class=${cls}>
      <td>${timeOfDay(e.time, zone)}</td>
      <td>${e.type}</td>
      <td class="num">${e.amount} ${e.currency}</td>
      <td>${e.channel}</td>
      <td class="merchant">${e.merchant ? e.merchant.name : ''}</td>
      <td class="num"><span class="risk" style=${'background:' + riskColour(o.risk_score)}>${fmtRisk(o.risk_score)}</span></td>
      <td><span class=${'decision ' + o.decision}>${o.status === 'ok' ? o.decision : o.status}</span></td>
      <td class="truth-cell">${e.fraud ? html`<span class="truth fraud">fraud: ${e.pattern}</span>` : html`<span class="truth genuine">genuine</span>`}
        ${v.text ? html` <span class=${'verdict ' + v.cls}>${v.text}</span>` : ''}</td>
    </tr>`;
  }
}

const FEED_VIEWS = [
  { id: 'all', label: 'All' },
  { id: 'fraud', label: 'Fraud', title: 'transactions that were fraud (ground truth), caught or not' },
  { id: 'missed', label: 'Missed', title: 'fraud the detector approved' },
];

function FeedPanel({ rows, fraudRows, view, onView, zone }) {
  const shown = view === 'all' ? rows
    : view === 'fraud' ? fraudRows
    : fraudRows.filter(r => r.outcome.decision === 'approve');
  const empty = view === 'all' ? 'No transactions yet.' : view === 'fraud' ? 'No fraud yet.' : 'No missed fraud yet.';
  return html`<section class="card feed">
    <h2>Transactions <span class="hint">newest first · colour = risk score · truth beside the decision</span>
      <span class="views" role="group" aria-label="which transactions">
        ${FEED_VIEWS.map(v => html`<button id=${'view-' + v.id} class=${'view' + (view === v.id ? ' on' : '')}
          title=${v.title || ''} aria-pressed=${view === v.id} onClick=${() => onView(v.id)}>${v.label}</button>`)}
      </span>
    </h2>
    <div class="table-wrap">
      <table>
        <thead><tr><th>Time</th><th>Type</th><th class="num">Amount</th><th>Channel</th><th>Merchant</th>
          <th class="num">Risk</th><th>Decision</th><th>Truth</th></tr></thead>
        <tbody id="feed">
          ${shown.map(r => html`<${FeedRow} key=${r.event.id} r=${r} zone=${zone} />`)}
        </tbody>
      </table>
      ${shown.length === 0 ? html`<p class="empty">${empty}</p>` : ''}
    </div>
  </section>`;
}

function AlertsPanel({ alerts, seen, zone }) {
  return html`<section class="card alerts">
    <h2>Fraud alerts <span class="hint">${fmtInt(seen)} flagged so far</span></h2>
    <ul id="alerts">
      ${alerts.map(a => {
        const v = verdict(a.fraud, a.decision);
        return html`<li key=${a.event_id} class=${'alert-row ' + a.decision + (a.fraud ? ' truth-fraud' : ' false-alarm')}>
          <div class="alert-top">
            <span class=${'decision ' + a.decision}>${a.decision}</span>
            <span class="risk" style=${'background:' + riskColour(a.risk_score)}>${fmtRisk(a.risk_score)}</span>
            <span class="alert-what">${a.transaction_type || a.kind}${a.amount ? ' · ' + a.amount + ' ' + a.currency : ''}</span>
            <span class="alert-time">${timeOfDay(a.time, zone)}</span>
          </div>
          <div class="alert-why">
            ${a.fraud
              ? html`<span class="truth fraud">${a.pattern}</span> <span class="campaign">campaign ${a.campaign_id}</span>`
              : html`<span class="truth genuine">genuine</span> <span class=${'verdict ' + v.cls}>${v.text}</span>`}
            ${a.merchant ? html` <span class="merchant">${a.merchant}</span>` : ''}
            ${a.rule_hits && a.rule_hits.length ? html` <span class="rules">${a.rule_hits.join(', ')}</span>` : ''}
          </div>
        </li>`;
      })}
    </ul>
    ${alerts.length === 0 ? html`<p class="empty">No alerts yet: nothing was reviewed or declined.</p>` : ''}
  </section>`;
}

function fmtDuration(seconds) {
  if (seconds == null) return '–';
  if (seconds < 60) return one.format(seconds) + ' s';
  if (seconds < 3600) return one.format(seconds / 60) + ' min';
  return one.format(seconds / 3600) + ' h';
}

// Detection per fraud pattern, campaigns and money: what an analyst asks first after a run.
function DetectionPanel({ m }) {
  const d = m ? m.detection : null;
  const patterns = d ? d.by_pattern : [];
  const c = d ? d.campaigns : null;
  return html`<section class="card detection">
    <h2>Fraud by pattern <span class="hint">ground truth against the detector's decisions</span></h2>
    <div class="detection-grid">
      <table id="patterns">
        <thead><tr><th>Pattern</th><th class="num">Events</th><th class="num">Flagged</th><th class="num">Missed</th>
          <th class="num">Recall</th></tr></thead>
        <tbody>
          ${patterns.map(p => html`<tr key=${p.pattern} class="pattern-row">
            <td>${p.pattern}</td><td class="num">${fmtInt(p.events)}</td><td class="num">${fmtInt(p.flagged)}</td>
            <td class=${'num' + (p.missed > 0 ? ' bad' : '')}>${fmtInt(p.missed)}</td>
            <td class="num">${fmtPct(p.recall)}</td>
          </tr>`)}
        </tbody>
      </table>
      <div class="grid2 campaigns">
        <${Stat} id="m-campaigns" label="Campaigns detected" title="campaigns with at least one event flagged"
          value=${c ? fmtInt(c.campaigns_detected) + ' / ' + fmtInt(c.campaigns_seen) : '–'} />
        <${Stat} id="m-delay" label="Mean time to detect" title="virtual time from a campaign's first event to its first flag"
          value=${c ? fmtDuration(c.mean_delay_seconds) : '–'} />
        <${Stat} id="m-events-to-detect" label="Events before detection" title="mean events of a campaign before its first flag"
          value=${c && c.mean_events_to_detection != null ? one.format(c.mean_events_to_detection) : '–'} />
        <${Stat} id="m-prevented" label="Fraud prevented" tone="good" title="fraud amounts declined"
          value=${d ? fmtMoney(d.amounts.prevented) : '–'} />
        <${Stat} id="m-lost" label="Fraud lost" tone=${d && d.amounts.lost.length ? 'bad' : ''} title="fraud amounts that went through"
          value=${d ? fmtMoney(d.amounts.lost) : '–'} />
        <${Stat} id="m-fraud-total" label="Fraud attempted" value=${d ? fmtMoney(d.amounts.total) : '–'} />
      </div>
    </div>
    ${patterns.length === 0 ? html`<p class="empty">No fraud yet.</p>` : ''}
  </section>`;
}

// ---------- charts ----------

const CHARTS = [
  { id: 'chart-rate', title: 'Transactions per second', series: [{ label: 'tx/s', key: 'tps', stroke: '#4ea1ff' }] },
  { id: 'chart-detection', title: 'Detection accuracy', percent: true, series: [
    { label: 'precision', key: 'precision', stroke: '#3ccf91' },
    { label: 'recall', key: 'recall', stroke: '#f5a524' },
  ] },
  { id: 'chart-latency', title: 'Latency (ms, since start)', series: [
    { label: 'p50', key: 'p50_ms', stroke: '#4ea1ff' },
    { label: 'p99', key: 'p99_ms', stroke: '#e5484d' },
  ] },
  { id: 'chart-errors', title: 'Error rate', percent: true, series: [
    { label: 'failed events', key: 'error_rate', stroke: '#e5484d' },
    { label: 'API errors', key: 'api_error_rate', stroke: '#c084fc' },
    { label: 'throttled', key: 'throttle_rate', stroke: '#f5a524' },
  ] },
];

function Chart({ spec, points, zone }) {
  const box = useRef(null);
  const plot = useRef(null);
  useEffect(() => {
    const width = Math.max(240, box.current.clientWidth);
    const opts = {
      width, height: 170,
      tzDate: ts => uPlot.tzDate(new Date(ts * 1e3), zone),
      legend: { live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: spec.percent ? { range: [0, 1] } : { auto: true } },
      axes: [
        { stroke: '#9aa4b2', grid: { stroke: '#2a3240' }, ticks: { stroke: '#2a3240' }, space: 80 },
        { stroke: '#9aa4b2', grid: { stroke: '#2a3240' }, ticks: { stroke: '#2a3240' },
          values: spec.percent ? (u, vals) => vals.map(v => (v * 100).toFixed(0) + '%') : undefined, size: 56 },
      ],
      series: [{}].concat(spec.series.map(s => ({ label: s.label, stroke: s.stroke, width: 2, spanGaps: true }))),
    };
    plot.current = new uPlot(opts, [[], ...spec.series.map(() => [])], box.current);
    const resize = () => plot.current.setSize({ width: Math.max(240, box.current.clientWidth), height: 170 });
    window.addEventListener('resize', resize);
    return () => { window.removeEventListener('resize', resize); plot.current.destroy(); };
  }, []);
  useEffect(() => {
    if (!plot.current) return;
    const xs = points.map(p => Date.parse(p.virtual_time) / 1000);
    plot.current.setData([xs, ...spec.series.map(s => points.map(p => p[s.key]))]);
  }, [points]);
  return html`<div class="chart">
    <h3>${spec.title}</h3>
    <div id=${spec.id} ref=${box}></div>
  </div>`;
}

function ChartsPanel({ points, zone }) {
  return html`<section class="card charts">
    <h2>Over time <span class="hint">x: virtual time (${zone})</span></h2>
    <div class="chart-grid">${CHARTS.map(c => html`<${Chart} key=${c.id} spec=${c} points=${points} zone=${zone} />`)}</div>
  </section>`;
}

// ---------- plugins ----------

// A plugin's panel: its ES module's default export is called once with (element, api).
function PluginPanel({ plugin, metricsListeners }) {
  const box = useRef(null);
  const [failure, setFailure] = useState(null);
  useEffect(() => {
    // relative to the page, so that a dashboard behind a path prefix (a reverse proxy) works
    const base = plugin.api.replace(/^\//, '');
    const api = {
      get: path => getJson(base + (path ? '/' + String(path).replace(/^\//, '') : '')),
      onMetrics: fn => metricsListeners.add(fn),
    };
    import(new URL(plugin.panel.replace(/^\//, ''), location.href).href)
      .then(mod => mod.default(box.current, api))
      .catch(e => setFailure(String(e)));
  }, []);
  return html`<section class="card plugin" id=${'plugin-' + plugin.id}>
    <h2>${plugin.title}</h2>
    ${failure ? html`<p class="error">${failure}</p>` : ''}
    <div class="plugin-body" ref=${box}></div>
  </section>`;
}

// ---------- latency probe ----------

// For `banking-sim bench dashboard --browsers N` (docs/performance.md): opened with ?probe, the
// page reports when each transaction arrived and when its row was on screen (after the paint that
// drew it); the bench compares both with when the simulator had the outcome. Off otherwise.
const probe = (() => {
  if (!new URLSearchParams(location.search).has('probe')) return { on: false, received() {}, drawn() {} };
  let queue = [];
  setInterval(() => {
    if (queue.length === 0) return;
    const body = JSON.stringify(queue);
    queue = [];
    fetch('api/plugins/latency-probe/samples', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
      .catch(() => { /* the bench is over */ });
  }, 250);
  return {
    on: true,
    received(items) {
      const at = performance.timeOrigin + performance.now();
      for (const r of items) r.receivedAt = at;
    },
    // Called when the rows are in the DOM; the task queued here runs once the frame is painted.
    drawn(rows) {
      setTimeout(() => {
        const at = performance.timeOrigin + performance.now();
        for (const r of rows) queue.push([r.event.id, r.receivedAt, at]);
      }, 0);
    },
  };
})();

// ---------- the page ----------

function App() {
  const [conn, setConn] = useState('connecting');
  const [status, setStatus] = useState(null);
  const [statusFailed, setStatusFailed] = useState(false);
  const [metrics, setMetrics] = useState(null);
  const [rows, setRows] = useState([]);
  const [fraudRows, setFraudRows] = useState([]);
  const [view, setView] = useState('all');
  const [alerts, setAlerts] = useState([]);
  const [points, setPoints] = useState([]);
  const [plugins, setPlugins] = useState([]);
  const [error, setError] = useState(null);
  const [tokenText, setTokenText] = useState('');
  const pendingRows = useRef([]);
  const pendingAlerts = useRef([]);
  const lastPoint = useRef(-1);
  const metricsListeners = useRef(new Set());
  const previousMetrics = useRef(null);
  const retry = useRef(null);

  usePoll(async () => {
    try {
      setStatus(await getJson('api/status'));
      setStatusFailed(false);
    } catch (e) {
      setStatusFailed(true);
      throw e;
    }
  }, STATUS_EVERY_MS);

  usePoll(async () => {
    const h = await getJson('api/metrics/history?max_points=' + CHART_POINTS
      + (lastPoint.current >= 0 ? '&since=' + lastPoint.current : ''));
    if (h.points.length === 0) return;
    lastPoint.current = h.points[h.points.length - 1].wall_seconds;
    const keep = h.retention_minutes * 60;
    setPoints(old => {
      let all = old.concat(h.points);
      const newest = all[all.length - 1].wall_seconds;
      all = all.filter(p => p.wall_seconds >= newest - keep);
      // a long run: thin out every other point, keeping the newest, so the charts stay light
      return all.length > 2 * CHART_POINTS ? all.filter((p, i) => i % 2 === 0 || i === all.length - 1) : all;
    });
  }, HISTORY_EVERY_MS);

  useEffect(() => { getJson('api/plugins').then(setPlugins).catch(() => setPlugins([])); }, []);

  // Pushes arrive 20 times a second at most (the server coalesces): each is drawn at once, with
  // everything that came in since the last draw (Preact batches the updates of one task).
  const flushScheduled = useRef(false);
  const drawnRows = useRef([]);
  const scheduleFlush = () => {
    if (flushScheduled.current) return;
    flushScheduled.current = true;
    queueMicrotask(() => {
      flushScheduled.current = false;
      if (pendingRows.current.length) {
        const add = pendingRows.current.reverse();
        pendingRows.current = [];
        if (probe.on) drawnRows.current = drawnRows.current.concat(add);
        setRows(old => add.concat(old).slice(0, FEED_ROWS));
        const fraud = add.filter(r => r.event.fraud);
        if (fraud.length) setFraudRows(old => fraud.concat(old).slice(0, FEED_ROWS));
      }
      if (pendingAlerts.current.length) {
        const add = pendingAlerts.current.reverse();
        pendingAlerts.current = [];
        setAlerts(old => add.concat(old).slice(0, ALERT_ROWS));
      }
    });
  };
  useLayoutEffect(() => {
    if (drawnRows.current.length) {
      if (view === 'all') probe.drawn(drawnRows.current); // the rows on screen
      drawnRows.current = [];
    }
  }, [rows]);

  useFeed((type, data) => {
    if (type === 'metrics_update') {
      setMetrics(old => {
        if (old && old.run.wall_elapsed_nanos !== data.run.wall_elapsed_nanos) previousMetrics.current = old;
        return data;
      });
      metricsListeners.current.forEach(fn => { try { fn(data); } catch (e) { console.warn('plugin panel', e); } });
    } else if (type === 'transaction_feed') {
      probe.received(data);
      pendingRows.current.push(...data);
      if (pendingRows.current.length > FEED_ROWS) pendingRows.current.splice(0, pendingRows.current.length - FEED_ROWS);
      scheduleFlush();
    } else if (type === 'fraud_alert') {
      pendingAlerts.current.push(data);
      if (pendingAlerts.current.length > ALERT_ROWS) pendingAlerts.current.shift();
      scheduleFlush();
    }
  }, setConn);

  const needsToken = error && error.status === 401;
  const zone = status ? usableZone(status.time_zone) : null;
  // The WebSocket says whether the feed is live; a failing status poll with a live socket is odd
  // (a proxy?) and shown as offline. Once the server is gone, the controls are off and the state
  // is the last one the run reported (its final snapshot when it ended).
  const badge = statusFailed ? (conn === 'live' ? 'offline' : conn) : conn;
  const connected = !statusFailed && conn === 'live';
  const lastState = metrics && ['finished', 'stopped', 'failed'].includes(metrics.run.state) ? metrics.run.state : null;
  const shownStatus = status && !connected
    ? { ...status, state: lastState || (statusFailed ? 'disconnected' : status.state) } : status;
  return html`
    <header>
      <h1>Banking Simulator</h1>
      <span class="scenario" id="scenario">${status ? status.scenario : ''}</span>
      <span class="backends" id="backends" title="the systems under test">${status ? status.backends : ''}</span>
      <span class=${'conn conn-' + badge} id="conn" title="the live feed's connection">${badge}</span>
    </header>
    <div id="error-banner" class="banner" hidden=${!error} role="alert">
      <span id="error-text">${error ? error.message : ''}</span>
      ${needsToken ? html`<form class="token" onSubmit=${e => {
          e.preventDefault(); sessionStorage.setItem(tokenKey, tokenText.trim()); setError(null);
          if (retry.current) retry.current(); // the action the token was asked for
        }}>
          <input id="token-input" type="password" placeholder="control token" value=${tokenText}
            onInput=${e => setTokenText(e.target.value)} aria-label="control token" />
          <button type="submit">Use token</button>
        </form>` : ''}
      <button class="close" onClick=${() => setError(null)} aria-label="dismiss">×</button>
    </div>
    <main>
      <div class="top">
        <${ControlPanel} status=${shownStatus} metrics=${metrics} previous=${previousMetrics.current} onError=${setError}
          retry=${retry} />
        <${MetricsPanel} m=${metrics} />
      </div>
      ${zone ? html`<${ChartsPanel} points=${points} zone=${zone} />` : ''}
      <${DetectionPanel} m=${metrics} />
      <div class="bottom">
        <${FeedPanel} rows=${rows} fraudRows=${fraudRows} view=${view} onView=${setView} zone=${zone} />
        <${AlertsPanel} alerts=${alerts} seen=${status ? status.alerts_seen : null} zone=${zone} />
      </div>
      ${plugins.filter(p => p.panel).map(p => html`<${PluginPanel} key=${p.id} plugin=${p}
        metricsListeners=${metricsListeners.current} />`)}
    </main>
    <footer>
      API: <a href="api/status">status</a> · <a href="api/metrics">metrics</a> ·${' '}
      <a href="api/metrics/history">history</a> · <a href="metrics">Prometheus</a>
    </footer>`;
}

render(html`<${App} />`, document.getElementById('app'));
