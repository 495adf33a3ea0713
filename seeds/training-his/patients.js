/*
 * 培训版 HIS —— 演示病人列表（虚构人物，仅供培训）。
 * 本文件是 HIS 页面病人列表的唯一来源；姓名、性别、出生日期、门诊号、身份证号必须与
 * seeds/demo-data/demo-patients.ts 一致（tests/unit/demo-data-consistency.test.ts 校验）。
 * 年龄按出生日期在北京时间（UTC+8）的当天日历计算，与真实 HIS 一样随时间增长。
 */
(function (w) {
  var SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

  /* 周岁：以北京时间的日期计算（与工作站时区无关） */
  function ageOf(birthDate, nowMs) {
    var parts = String(birthDate).split('-');
    var by = parseInt(parts[0], 10), bm = parseInt(parts[1], 10), bd = parseInt(parts[2], 10);
    var local = new Date(nowMs + SHANGHAI_OFFSET_MS);
    var y = local.getUTCFullYear(), m = local.getUTCMonth() + 1, d = local.getUTCDate();
    var age = y - by;
    if (m < bm || (m === bm && d < bd)) age = age - 1;
    return age;
  }

  var list = [
    {
      key: 'demo-p1', name: '张建国', sex: '男', birthDate: '1960-03-02',
      hisPatientId: 'MZ20260001', idCard: '51010419600302****',
      feeType: '城镇职工医保', dept: '骨科门诊', doctor: '演示医生',
      diagnosis: '左膝关节疼痛；慢性咳嗽', phone: '138****6621',
      address: '四川省成都市锦江区****'
    },
    {
      key: 'demo-p2', name: '李秀英', sex: '女', birthDate: '1972-08-15',
      hisPatientId: 'MZ20260002', idCard: '51011719720815****',
      feeType: '城乡居民医保', dept: '消化内科门诊', doctor: '演示医生',
      diagnosis: '肝功能复查；咳嗽待查', phone: '139****0473',
      address: '四川省成都市郫都区****'
    },
    {
      key: 'demo-p3', name: '王德明', sex: '男', birthDate: '1985-11-20',
      hisPatientId: 'MZ20260003', idCard: '51010719851120****',
      feeType: '自费', dept: '感染科门诊', doctor: '演示医生',
      diagnosis: '乙肝疫苗接种后复查', phone: '135****2208',
      address: '四川省成都市武侯区****'
    },
    {
      key: 'demo-p4', name: '刘芳', sex: '女', birthDate: '1990-05-08',
      hisPatientId: 'MZ20260004', idCard: '51070319900508****',
      feeType: '城镇职工医保', dept: '普通内科门诊', doctor: '演示医生',
      diagnosis: '头痛待查；甲状腺结节；上腹部不适', phone: '186****9157',
      address: '四川省绵阳市涪城区****'
    },
    {
      key: 'demo-p5', name: '陈桂兰', sex: '女', birthDate: '1948-01-26',
      hisPatientId: 'MZ20260005', idCard: '51018219480126****',
      feeType: '城乡居民医保', dept: '内分泌科门诊', doctor: '演示医生',
      diagnosis: '2型糖尿病；慢性肾脏病随访', phone: '133****5840',
      address: '四川省XX市城东街道****'
    },
    {
      key: 'demo-p6', name: '赵永强', sex: '男', birthDate: '1978-09-12',
      hisPatientId: 'MZ20260006', idCard: '50010519780912****',
      feeType: '异地医保（重庆）', dept: '脊柱外科门诊', doctor: '演示医生',
      diagnosis: '腰椎间盘突出症（L4/5），拟手术治疗', phone: '152****3316',
      address: '重庆市江北区****'
    }
  ];

  var nowMs = new Date().getTime();
  for (var i = 0; i < list.length; i++) {
    list[i].age = ageOf(list[i].birthDate, nowMs) + '岁';
  }

  w.TRAINING_PATIENTS = list;
  w.TRAINING_AGE_OF = ageOf;
})(window);
