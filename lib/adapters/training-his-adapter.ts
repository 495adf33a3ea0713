// The bundled training HIS (seeds/training-his): the order grid sits in a same-origin iframe and the
// patient number only in a hidden 病人信息 tab of the outer shell, as on many real HIS screens.
import type { ScreenAdapter } from './adapter-schema.ts';

export const trainingHisAdapter: ScreenAdapter = {
  id: 'training-his-order-entry',
  name: '培训版 HIS · 检查检验申请',
  urlPatterns: ['http://127.0.0.1:*/order-entry.html**', 'http://localhost:*/order-entry.html**'],
  patient: {
    frame: 'top',
    ids: [
      { kind: 'hisPatientId', source: { selector: '#patNo', read: 'text' } },
      { kind: 'idCard', source: { selector: '#patIdCard', read: 'text' } },
    ],
    name: { selector: '#patName', read: 'text' },
    sex: { selector: '#patSex', read: 'text' },
    age: { selector: '#patAge', read: 'text' },
    watch: '#patientBanner',
  },
  orders: {
    container: '#orderGrid tbody',
    row: 'tr.order-row',
    itemName: { selector: 'td.col-item', read: 'text' },
    price: { selector: ':scope', read: 'attribute', attribute: 'data-price' },
  },
  noteField: '#applyNote',
  submit: '#btnSubmit',
  submitKeys: ['F8'],
};
