// layui order page (seeds/legacy-screens/layui, GBK): the table's header and body are separate
// tables and the body is re-drawn on every `reloadData`; the column is found through the header
// text (项目名称 → `data-field`), so a deployment whose field is `xmmc` or `itemName` reads the same.
// The patient number exists only as text ("门诊号：… 身份证号：…") in the parent shell's hidden tab.
import type { ScreenAdapter } from './adapter-schema.ts';

export const layuiAdapter: ScreenAdapter = {
  id: 'legacy-layui-order-frame',
  name: 'layui 医嘱录入（iframe，GBK）',
  urlPatterns: ['http://127.0.0.1:*/legacy/layui/order.html**', 'http://localhost:*/legacy/layui/order.html**'],
  patient: {
    frame: 'parent',
    ids: [
      { kind: 'hisPatientId', source: { selector: '#patCard', read: 'text', pattern: '门诊号[:：]\\s*([A-Za-z0-9]+)' } },
      { kind: 'idCard', source: { selector: '#patCard', read: 'text', pattern: '身份证号[:：]\\s*([0-9Xx*]{15,18})' } },
    ],
    name: { selector: '#hzxm', read: 'text' },
    sex: { selector: '#hzxb', read: 'text' },
    age: { selector: '#hznl', read: 'text' },
    watch: '#patBar',
  },
  orders: {
    container: '.layui-table-view .layui-table-main',
    row: 'tr[data-index]',
    itemName: {
      column: {
        header: '.layui-table-header th',
        text: ['项目名称', '医嘱名称', '医嘱内容'],
        key: { attribute: 'data-field' },
        cells: 'td',
        scope: '.layui-table-view',
      },
      read: 'text',
    },
  },
  noteField: '#applyNote',
  submit: '#btnSubmit',
};
