/*
 * 旧式界面样本共用：当前病人（虚构，来自培训版 HIS 的 /patients.js）。
 * 顶层页面地址带 ?pat=MZ2026000n 时打开该病人，否则第一位。各框架都从顶层地址取，
 * 与真实 HIS 一样：病人上下文只在外壳里，开单框架自己并不知道病人是谁。
 */
(function (w) {
  function currentPatient() {
    var list = w.top.TRAINING_PATIENTS || w.TRAINING_PATIENTS || [];
    var match = /[?&]pat=([A-Za-z0-9]+)/.exec(w.top.location.search);
    for (var i = 0; match && i < list.length; i++) {
      if (list[i].hisPatientId === match[1]) return list[i];
    }
    return list[0];
  }
  w.legacyCurrentPatient = currentPatient;

  /* 按名称推断类别与执行科室（样本页面自用，不是字典） */
  w.legacyGuessType = function (name) {
    return /CT|MR|DR|磁共振|计算机体层|平扫|增强|X线|摄影|彩超|B超|心电图/.test(name) ? '检查' : '检验';
  };
  w.legacyGuessDept = function (name) {
    if (/CT|MR|DR|磁共振|计算机体层|X线|摄影/.test(name)) return '放射科';
    if (/彩超|B超/.test(name)) return '超声科';
    if (/心电图/.test(name)) return '心电图室';
    return '检验科';
  };
})(window);
