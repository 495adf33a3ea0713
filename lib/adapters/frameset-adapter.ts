// Frameset HIS with a plain table (seeds/legacy-screens/frameset, GBK): the order page is the
// `mainFrame` of an inner frameset; the 门诊号 is in the sibling `topFrame`, reachable only by name
// from the top. The table has no header element (its first row holds td cells) and no classes on
// cells, so the column is found by position under the header text; new names are in read-only
// inputs whose value the page sets by script (`read: 'auto'`, polled), saved ones are plain text.
import type { ScreenAdapter } from './adapter-schema.ts';

export const framesetAdapter: ScreenAdapter = {
  id: 'legacy-frameset-plain-table',
  name: '框架集 HIS 普通表格开单页（GBK）',
  urlPatterns: ['http://127.0.0.1:*/legacy/frameset/order.html**', 'http://localhost:*/legacy/frameset/order.html**'],
  patient: {
    frame: { from: 'top', path: ['topFrame'] },
    ids: [
      { kind: 'hisPatientId', source: { selector: '#tdMzh', read: 'text' } },
      { kind: 'idCard', source: { selector: '#tdSfz', read: 'text' } },
    ],
    name: { selector: '#tdXm', read: 'text' },
    sex: { selector: '#tdXb', read: 'text' },
    age: { selector: '#tdNl', read: 'text' },
    watch: '#tblPatient',
  },
  orders: {
    container: '#tblSqd > tbody',
    row: 'tr.data',
    itemName: {
      column: { header: '#tblSqd tr.title > td', text: ['项目名称'], key: 'position', cells: ':scope > td' },
      read: 'auto',
    },
  },
  noteField: '#txtBz',
  submit: '#btnSave',
};
