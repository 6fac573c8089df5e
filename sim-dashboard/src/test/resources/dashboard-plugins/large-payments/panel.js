// The large-payments plugin's panel (docs/extending.md). Plain DOM: the dashboard calls
// mount(element, api) once; api.get(path) fetches JSON from /api/plugins/large-payments/<path>,
// api.onMetrics(fn) calls fn(snapshot) with every metrics update.
export default function mount(element, api) {
  element.innerHTML = '<table class="plugin-table"><tbody>'
    + '<tr><td>Threshold</td><td data-k="threshold"></td></tr>'
    + '<tr><td>Large payments</td><td data-k="large"></td></tr>'
    + '<tr><td>of which fraud</td><td data-k="fraud"></td></tr>'
    + '<tr><td>flagged by the detector</td><td data-k="flagged"></td></tr>'
    + '</tbody></table>';
  const show = data => {
    for (const cell of element.querySelectorAll('[data-k]')) {
      cell.textContent = String(data[cell.dataset.k]);
    }
  };
  const refresh = () => api.get('').then(show).catch(() => {});
  refresh();
  api.onMetrics(refresh); // once per metrics update, i.e. once per collect interval
}
