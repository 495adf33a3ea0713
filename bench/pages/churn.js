/*
 * Performance benchmark page script: a 1,000-row order grid that page script keeps changing every
 * animation frame (rows added, changed and removed, status cells updated), like a busy legacy grid.
 * The work is deterministic (seeded), so the run with the extension and the run without it do the
 * same page work. Driven by bench/lib/page-overhead.ts:
 *   window.buildGrid(rows)            -> fills the grid
 *   window.runChurn(frames, seed)     -> Promise<{ frames, elapsedMs, rows }>
 */
(function () {
  var ITEMS = [
    '左侧膝关节磁共振平扫成像', '血常规', '胸部CT平扫', '尿常规', '肝功能', '肾功能', '凝血四项', '血型鉴定(ABO+Rh)',
    '乙肝两对半', '甲功三项', '糖化血红蛋白', 'C反应蛋白', '胸部正位(DR)', '头颅CT平扫', '上腹部CT增强', '颅脑MR平扫',
    '腰椎MR平扫', '左膝关节MR平扫', '右膝关节MR平扫', '心电图', '血脂四项', '电解质四项', '空腹血糖', '血细胞分析(五分类)'
  ];
  var STATUSES = ['新开', '待缴费', '已缴费', '待执行', '执行中', '已完成'];
  var tbody = document.querySelector('#orderGrid tbody');
  var seq = 0;
  var state = 1;

  function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    var t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function pick(list) { return list[Math.floor(random() * list.length)]; }

  function td(tr, cls, text) {
    var cell = document.createElement('td');
    cell.className = cls;
    cell.textContent = text;
    tr.appendChild(cell);
    return cell;
  }

  function makeRow() {
    var tr = document.createElement('tr');
    tr.className = 'order-row';
    seq++;
    td(tr, 'col-seq', String(seq));
    td(tr, 'col-item', pick(ITEMS));
    td(tr, 'col-type', random() < 0.5 ? '检验' : '检查');
    td(tr, 'col-dept', random() < 0.5 ? '检验科' : '放射科');
    td(tr, 'col-status st-new', pick(STATUSES));
    td(tr, 'col-op', '删除');
    return tr;
  }

  function buildGrid(rows) {
    state = 1;
    while (tbody.rows.length) tbody.removeChild(tbody.rows[0]);
    var fragment = document.createDocumentFragment();
    for (var i = 0; i < rows; i++) fragment.appendChild(makeRow());
    tbody.appendChild(fragment);
    return tbody.rows.length;
  }

  /* One frame of page work: 20 status cells updated, 3 item cells re-rendered (a grid redraws the
     cell), 3 rows removed, 3 rows inserted at random places. */
  function churnOnce() {
    var rows = tbody.rows;
    for (var i = 0; i < 20; i++) {
      var status = rows[Math.floor(random() * rows.length)].cells[4];
      status.textContent = pick(STATUSES);
      status.className = random() < 0.5 ? 'col-status st-new' : 'col-status st-run';
    }
    for (var j = 0; j < 3; j++) rows[Math.floor(random() * rows.length)].cells[1].textContent = pick(ITEMS);
    for (var k = 0; k < 3; k++) tbody.removeChild(rows[Math.floor(random() * rows.length)]);
    for (var m = 0; m < 3; m++) tbody.insertBefore(makeRow(), rows[Math.floor(random() * rows.length)] || null);
    /* The page reads layout each frame, as grids do to size columns. */
    return tbody.offsetHeight;
  }

  function runChurn(frames, seed) {
    state = seed >>> 0;
    return new Promise(function (resolve) {
      var done = 0;
      var started = performance.now();
      function frame() {
        churnOnce();
        done++;
        if (done >= frames) {
          resolve({ frames: done, elapsedMs: performance.now() - started, rows: tbody.rows.length });
          return;
        }
        requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
    });
  }

  window.buildGrid = buildGrid;
  window.runChurn = runChurn;
})();
