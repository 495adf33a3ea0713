/*
 * 培训版 HIS —— 外壳页脚本（门诊医生工作站框架）。
 * 切换病人不刷新页面：更新病人信息条、隐藏的“病人信息”页签，并通知开单 iframe 清空申请列表。
 * 对外（培训老师 / 自动化测试）提供：window.selectPatient(门诊号或 key)、window.getCurrentPatient()、
 * window.setWalkIn(true/false)。
 * 地址栏可带 ?pat=MZ20260003 直接打开指定病人，带 &walkin=1 按“未带卡·临时挂号”打开。
 * “未带卡·临时挂号”：同一病人当天临时挂号，门诊号为临时号（LS 开头，本机外院结果里没有），
 * 不显示身份证号——用于演示只按姓名、性别、年龄时须医生核对身份。
 */
(function () {
  var patients = window.TRAINING_PATIENTS || [];
  var current = null;
  var walkIn = false;

  function byId(id) { return document.getElementById(id); }

  function setText(el, text) {
    if (!el) return;
    if (typeof el.textContent !== 'undefined') el.textContent = text;
    else el.innerText = text;
  }

  function setTextById(id, text) { setText(byId(id), text); }

  function setTextByClass(cls, text) {
    var els = document.getElementsByClassName(cls);
    for (var i = 0; i < els.length; i++) setText(els[i], text);
  }

  function findPatient(keyOrNo) {
    for (var i = 0; i < patients.length; i++) {
      if (patients[i].hisPatientId === keyOrNo || patients[i].key === keyOrNo) return patients[i];
    }
    return null;
  }

  /* 传给 iframe 的副本：iframe 只拿到它需要显示的内容 */
  function briefOf(p) {
    return { name: p.name, sex: p.sex, age: p.age, dept: p.dept, diagnosis: p.diagnosis };
  }

  function notifyWorkFrame() {
    var frame = byId('workFrame');
    var win = null;
    try { win = frame && frame.contentWindow; } catch (e) { win = null; }
    if (!win) return;
    try {
      if (typeof win.onHisPatientChanged === 'function') {
        win.onHisPatientChanged(briefOf(current));
      }
    } catch (e2) {
      /* iframe 尚未加载完成：它加载后会自己调用 getCurrentPatient() */
    }
  }

  function renderPatient() {
    var p = current;
    setTextById('patName', p.name);
    setTextById('patSex', p.sex);
    setTextById('patAge', p.age);
    setTextByClass('pat-fee', p.feeType);
    setTextByClass('pat-dept', p.dept);
    setTextByClass('pat-diag', p.diagnosis);
    /* 隐藏页签中的标识 */
    setTextById('patNo', walkIn ? 'LS' + p.hisPatientId.slice(-6) : p.hisPatientId);
    setTextById('patIdCard', walkIn ? '' : p.idCard);
    setTextByClass('pi-name', p.name);
    setTextByClass('pi-sex', p.sex);
    setTextByClass('pi-birth', p.birthDate);
    setTextByClass('pi-age', p.age);
    setTextByClass('pi-fee', p.feeType);
    setTextByClass('pi-phone', p.phone);
    setTextByClass('pi-addr', p.address);
    document.title = 'XX市第一人民医院 HIS（培训版）';
  }

  function selectPatient(keyOrNo) {
    var p = findPatient(keyOrNo);
    if (!p) return false;
    var sel = byId('patientSelect');
    if (sel && sel.value !== p.hisPatientId) sel.value = p.hisPatientId;
    if (current === p) return true;
    current = p;
    renderPatient();
    notifyWorkFrame();
    return true;
  }

  /* 未带卡·临时挂号：换了一个“就诊身份”，开单页同换病人一样清空 */
  function setWalkIn(on) {
    on = !!on;
    var box = byId('walkInMode');
    if (box) box.checked = on;
    if (walkIn === on) return;
    walkIn = on;
    if (!current) return;
    renderPatient();
    notifyWorkFrame();
  }

  function getCurrentPatient() {
    return current ? briefOf(current) : null;
  }

  /* ---------- 页签 ---------- */
  function showPane(paneId) {
    var tabs = byId('tabStrip').getElementsByTagName('a');
    for (var i = 0; i < tabs.length; i++) {
      var id = tabs[i].getAttribute('data-pane');
      var pane = byId(id);
      var on = id === paneId;
      tabs[i].className = on ? 'tab active' : 'tab';
      if (pane) pane.style.display = on ? '' : 'none';
    }
  }

  function initTabs() {
    var tabs = byId('tabStrip').getElementsByTagName('a');
    for (var i = 0; i < tabs.length; i++) {
      tabs[i].onclick = function () {
        showPane(this.getAttribute('data-pane'));
        return false;
      };
    }
  }

  /* ---------- 病人下拉 ---------- */
  function initPatientSelect() {
    var sel = byId('patientSelect');
    for (var i = 0; i < patients.length; i++) {
      var p = patients[i];
      var opt = document.createElement('option');
      opt.value = p.hisPatientId;
      /* 候诊序号 + 姓名、性别、年龄（门诊号只在“病人信息”页签中显示） */
      opt.text = two(i + 1) + '号 ' + p.name + ' ' + p.sex + ' ' + p.age;
      sel.appendChild(opt);
    }
    sel.onchange = function () { selectPatient(sel.value); };
    var box = byId('walkInMode');
    if (box) box.onclick = function () { setWalkIn(box.checked); };
  }

  /* ---------- 培训指引 ---------- */
  function initGuide() {
    var box = byId('trainingGuide');
    if (!box) return;
    var head = box.getElementsByClassName('guide-head')[0];
    head.onclick = function () {
      box.className = box.className === 'open' ? '' : 'open';
    };
    var links = box.getElementsByTagName('a');
    for (var i = 0; i < links.length; i++) {
      if (links[i].className !== 'guide-run') continue;
      links[i].onclick = function () {
        var no = this.getAttribute('data-patient');
        var order = this.getAttribute('data-order');
        selectPatient(no);
        setWalkIn(this.getAttribute('data-walkin') === '1');
        showPane('tabDoctorStation');
        try {
          var win = byId('workFrame').contentWindow;
          if (win && typeof win.addOrderItem === 'function') win.addOrderItem(order);
        } catch (e) { /* 开单页未就绪 */ }
        return false;
      };
    }
  }

  /* ---------- 状态栏时钟（每分钟） ---------- */
  function two(n) { return n < 10 ? '0' + n : '' + n; }
  function tick() {
    var d = new Date();
    setTextById('clock', d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':' + two(d.getMinutes()));
  }

  function queryParam(name) {
    var m = new RegExp('[?&]' + name + '=([^&#]*)').exec(window.location.search);
    return m ? decodeURIComponent(m[1]) : null;
  }

  window.selectPatient = selectPatient;
  window.getCurrentPatient = getCurrentPatient;
  window.setWalkIn = setWalkIn;

  initTabs();
  initPatientSelect();
  initGuide();
  tick();
  window.setInterval(tick, 60 * 1000);
  if (patients.length > 0) {
    if (!selectPatient(queryParam('pat') || '')) selectPatient(patients[0].hisPatientId);
    if (queryParam('walkin') === '1') setWalkIn(true);
  }
})();
