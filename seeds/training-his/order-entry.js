/*
 * 培训版 HIS —— 检查检验申请（开单页，位于外壳的 workFrame iframe 中）。
 * 申请列表的行全部由脚本追加（页面从不刷新），每行：
 *   <tr class="order-row"><td class="col-seq"> <td class="col-item"> <td class="col-type">
 *   <td class="col-dept"> <td class="col-status">新开 <td class="col-op"><a class="op-del">删除</a>
 * 对外（培训老师 / 自动化测试）提供：
 *   window.addOrderItem(名称或拼音码)  与项目录入相同地加一行，返回新行；重复或为空时返回 null。
 *                                      字典外的名称也会加入（类别按名称推断，执行科室为“—”），
 *                                      便于演示各种不规范的项目名称。
 *   window.clearOrders()               清空申请列表、申请备注和提示框。
 *   window.onHisPatientChanged(病人)   外壳切换病人时调用：更新页头并清空申请列表。
 */
(function () {
  var items = window.HIS_ITEMS || [];
  var grid = document.getElementById('orderGrid');
  var tbody = grid.tBodies[0];
  var input = document.getElementById('itemInput');
  var dropdown = document.getElementById('itemDropdown');
  var emptyTip = document.getElementById('gridEmpty');
  var note = document.getElementById('applyNote');
  var msgBox = document.getElementById('msgBox');
  var applySerial = 0;
  var candidates = [];
  var highlighted = -1;
  var hideTimer = null;

  function trim(s) { return String(s == null ? '' : s).replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''); }

  function setText(el, text) {
    if (typeof el.textContent !== 'undefined') el.textContent = text;
    else el.innerText = text;
  }

  function getText(el) { return trim(typeof el.textContent !== 'undefined' ? el.textContent : el.innerText); }

  function two(n) { return n < 10 ? '0' + n : '' + n; }

  /* ---------- 项目字典 ---------- */
  function findItem(text) {
    var t = trim(text);
    if (!t) return null;
    var upper = t.toUpperCase();
    for (var i = 0; i < items.length; i++) {
      if (items[i].name === t || items[i].code === upper) return items[i];
    }
    return null;
  }

  function guessType(name) {
    return /CT|MR|DR|ＣＴ|ＭＲ|磁共振|计算机体层|平扫|增强|X线|摄影|彩超|B超|心电图/.test(name) ? '检查' : '检验';
  }

  function searchItems(text) {
    var t = trim(text);
    var out = [];
    if (!t) return out;
    var upper = t.toUpperCase();
    for (var i = 0; i < items.length && out.length < 15; i++) {
      var it = items[i];
      if (it.name.indexOf(t) >= 0 || it.code.indexOf(upper) === 0) out.push(it);
    }
    return out;
  }

  /* ---------- 消息框 ---------- */
  function showMsg(text, warn) {
    var box = msgBox.getElementsByClassName('msg-text')[0];
    box.innerHTML = '';
    var lines = String(text).split('\n');
    for (var i = 0; i < lines.length; i++) {
      if (i > 0) box.appendChild(document.createElement('br'));
      box.appendChild(document.createTextNode(lines[i]));
    }
    msgBox.className = warn ? 'warn' : '';
    setText(msgBox.getElementsByClassName('ico')[0], warn ? '!' : 'i');
    msgBox.style.display = 'block';
  }

  function hideMsg() { msgBox.style.display = 'none'; }

  /* ---------- 申请列表 ---------- */
  function rows() {
    var out = [];
    for (var i = 0; i < tbody.rows.length; i++) {
      if (/(^|\s)order-row(\s|$)/.test(tbody.rows[i].className)) out.push(tbody.rows[i]);
    }
    return out;
  }

  function cell(tr, cls) {
    for (var i = 0; i < tr.cells.length; i++) {
      if ((' ' + tr.cells[i].className + ' ').indexOf(' ' + cls + ' ') >= 0) return tr.cells[i];
    }
    return null;
  }

  function isNew(tr) { return getText(cell(tr, 'col-status')) === '新开'; }

  function renumber() {
    var list = rows();
    for (var i = 0; i < list.length; i++) {
      var seq = cell(list[i], 'col-seq');
      if (getText(seq) !== String(i + 1)) setText(seq, String(i + 1));
    }
    emptyTip.style.display = list.length ? 'none' : 'block';
  }

  function addTd(tr, cls, text) {
    var td = document.createElement('td');
    td.className = cls;
    if (text != null) setText(td, text);
    tr.appendChild(td);
    return td;
  }

  function addOrderItem(name) {
    var text = trim(name);
    if (!text) return null;
    var item = findItem(text);
    var itemName = item ? item.name : text;
    var list = rows();
    for (var i = 0; i < list.length; i++) {
      if (isNew(list[i]) && getText(cell(list[i], 'col-item')) === itemName) {
        showMsg('项目“' + itemName + '”已在本次申请中，不能重复开立。', true);
        return null;
      }
    }
    var tr = document.createElement('tr');
    tr.className = 'order-row';
    if (item) {
      tr.setAttribute('data-item-code', item.code);
      tr.setAttribute('data-price', item.price);
    }
    addTd(tr, 'col-seq', String(list.length + 1));
    addTd(tr, 'col-item', itemName);
    addTd(tr, 'col-type', item ? item.type : guessType(itemName));
    addTd(tr, 'col-dept', item ? item.dept : '—');
    addTd(tr, 'col-status st-new', '新开');
    var op = addTd(tr, 'col-op', null);
    var del = document.createElement('a');
    del.href = '#';
    del.className = 'op-del';
    setText(del, '删除');
    op.appendChild(del);
    tbody.appendChild(tr);
    renumber();
    return tr;
  }

  function removeRow(tr) {
    if (tr && tr.parentNode) tr.parentNode.removeChild(tr);
    renumber();
  }

  function clearOrders() {
    while (tbody.rows.length) tbody.removeChild(tbody.rows[0]);
    note.value = '';
    input.value = '';
    hideDropdown();
    hideMsg();
    renumber();
  }

  function clearNewRows() {
    var list = rows();
    for (var i = 0; i < list.length; i++) {
      if (isNew(list[i])) list[i].parentNode.removeChild(list[i]);
    }
    renumber();
  }

  function submitOrders() {
    var list = rows();
    var sent = 0;
    for (var i = 0; i < list.length; i++) {
      var tr = list[i];
      if (!isNew(tr)) continue;
      var status = cell(tr, 'col-status');
      setText(status, '已提交');
      status.className = 'col-status st-sent';
      var op = cell(tr, 'col-op');
      op.innerHTML = '';
      op.appendChild(document.createTextNode('—'));
      tr.className = 'order-row sent';
      sent++;
    }
    if (!sent) {
      showMsg('没有需要提交的新开项目。', true);
      return;
    }
    applySerial++;
    var d = new Date();
    var no = 'SQ' + d.getFullYear() + two(d.getMonth() + 1) + two(d.getDate()) + ('000' + applySerial).slice(-4);
    showMsg('提交成功：共 ' + sent + ' 项检查检验申请已发送至执行科室。\n申请单号：' + no, false);
  }

  /* ---------- 下拉检索 ---------- */
  function hideDropdown() {
    dropdown.style.display = 'none';
    candidates = [];
    highlighted = -1;
  }

  function renderDropdown() {
    candidates = searchItems(input.value);
    highlighted = -1;
    if (!candidates.length) {
      hideDropdown();
      return;
    }
    var html = ['<table><thead><tr><th>拼音码</th><th>项目名称</th><th>类别</th><th>执行科室</th><th>单价</th></tr></thead><tbody>'];
    for (var i = 0; i < candidates.length; i++) {
      var it = candidates[i];
      html.push('<tr data-idx="' + i + '"><td>' + it.code + '</td><td>' + escapeHtml(it.name) + '</td><td>' + it.type +
        '</td><td>' + escapeHtml(it.dept) + '</td><td>' + it.price + '</td></tr>');
    }
    html.push('</tbody></table>');
    dropdown.innerHTML = html.join('');
    dropdown.style.display = 'block';
  }

  function escapeHtml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function moveHighlight(step) {
    if (!candidates.length) return;
    highlighted = (highlighted + step + candidates.length) % candidates.length;
    var trs = dropdown.getElementsByTagName('tbody')[0].rows;
    for (var i = 0; i < trs.length; i++) trs[i].className = i === highlighted ? 'hl' : '';
    if (trs[highlighted] && trs[highlighted].scrollIntoView) trs[highlighted].scrollIntoView(false);
  }

  function pick(item) {
    hideDropdown();
    if (addOrderItem(item.name)) input.value = '';
    input.focus();
  }

  function addFromInput() {
    if (highlighted >= 0 && candidates[highlighted]) {
      pick(candidates[highlighted]);
      return;
    }
    var text = trim(input.value);
    if (!text) {
      showMsg('请输入项目名称或拼音码。', true);
      return;
    }
    var item = findItem(text);
    if (!item) {
      showMsg('项目字典中未找到“' + text + '”，请从下拉列表中选择。', true);
      return;
    }
    pick(item);
  }

  input.oninput = renderDropdown;
  input.onkeydown = function (e) {
    e = e || window.event;
    var key = e.keyCode;
    if (key === 40) { moveHighlight(1); return false; }
    if (key === 38) { moveHighlight(-1); return false; }
    if (key === 27) { hideDropdown(); return false; }
    if (key === 13) { addFromInput(); return false; }
    return true;
  };
  input.onblur = function () {
    if (hideTimer) window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hideDropdown, 150);
  };
  dropdown.onmousedown = function (e) {
    e = e || window.event;
    var target = e.target || e.srcElement;
    while (target && target !== dropdown && !(target.tagName === 'TR' && target.getAttribute('data-idx') !== null)) {
      target = target.parentNode;
    }
    if (target && target !== dropdown) {
      var item = candidates[parseInt(target.getAttribute('data-idx'), 10)];
      if (item) pick(item);
    }
    if (e.preventDefault) e.preventDefault();
    return false;
  };

  document.getElementById('btnAddItem').addEventListener('click', addFromInput, false);
  document.getElementById('btnSubmit').addEventListener('click', submitOrders, false);
  // F8 submits too, as on many HIS order screens (old-style handler on the document, by keyCode).
  document.onkeydown = function (e) {
    e = e || window.event;
    if (e.keyCode === 119 && !e.ctrlKey && !e.altKey && !e.shiftKey) {
      submitOrders();
      return false;
    }
    return true;
  };
  document.getElementById('btnClear').addEventListener('click', clearNewRows, false);
  msgBox.getElementsByClassName('msg-ok')[0].onclick = hideMsg;

  tbody.addEventListener('click', function (e) {
    var target = e.target;
    if (target && target.tagName === 'A' && target.className === 'op-del') {
      e.preventDefault();
      var tr = target.parentNode;
      while (tr && tr.tagName !== 'TR') tr = tr.parentNode;
      removeRow(tr);
    }
  }, false);

  var quick = document.getElementById('quickPicks');
  quick.addEventListener('click', function (e) {
    var target = e.target;
    if (target && target.tagName === 'A' && target.getAttribute('data-item')) {
      e.preventDefault();
      addOrderItem(target.getAttribute('data-item'));
    }
  }, false);

  /* ---------- 当前病人 ---------- */
  function showPatient(p) {
    var line = document.getElementsByClassName('cur-pat')[0];
    setText(line, p ? '当前病人：' + p.name + '　' + p.sex + '　' + p.age + '　' + p.dept : '');
    var diag = document.getElementsByClassName('diag-input')[0];
    diag.value = p ? p.diagnosis : '';
  }

  function onHisPatientChanged(p) {
    clearOrders();
    showPatient(p);
  }

  window.addOrderItem = addOrderItem;
  window.clearOrders = clearOrders;
  window.onHisPatientChanged = onHisPatientChanged;

  renumber();
  try {
    if (window.parent && window.parent !== window && typeof window.parent.getCurrentPatient === 'function') {
      showPatient(window.parent.getCurrentPatient());
    }
  } catch (e) {
    /* 单独打开开单页时没有外壳 */
  }
})();
