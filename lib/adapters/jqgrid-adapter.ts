// jqGrid order screen (seeds/legacy-screens/jqgrid): the order grid sits in the shell's `workArea`
// iframe; every cell says its column in `aria-describedby="<grid>_<column>"`, so a selector is
// enough. New rows may be inline-edit rows whose name is in an input until saved (`read: 'auto'`).
// The patient number is only in a hidden input of the shell's hidden 病人信息 pane.
import type { ScreenAdapter } from './adapter-schema.ts';

export const jqgridAdapter: ScreenAdapter = {
  id: 'legacy-jqgrid-order-entry',
  name: 'jqGrid 开单页（iframe，隐藏域门诊号）',
  urlPatterns: ['http://127.0.0.1:*/legacy/jqgrid/order-entry.html**', 'http://localhost:*/legacy/jqgrid/order-entry.html**'],
  patient: {
    frame: 'top',
    ids: [
      { kind: 'hisPatientId', source: { selector: '#hidPatientId', read: 'value' } },
      { kind: 'hisVisitId', source: { selector: '#hidVisitId', read: 'value' } },
      { kind: 'idCard', source: { selector: '#lblIdCard', read: 'text' } },
    ],
    name: { selector: '#bnName', read: 'text' },
    sex: { selector: '#bnSex', read: 'text' },
    age: { selector: '#bnAge', read: 'text' },
    watch: '#patBanner',
  },
  orders: {
    container: 'table#orderList',
    row: 'tr.jqgrow',
    itemName: { selector: 'td[aria-describedby="orderList_itemName"]', read: 'auto' },
  },
  noteField: '#applyNote',
  submit: '#btnSubmit',
  resultLists: [
    {
      id: 'jqgrid-outside-results',
      name: '外院互认报告',
      frame: 'top',
      container: 'table#extResults',
      row: 'tr.jqgrow',
      fields: {
        item: { selector: 'td[aria-describedby="extResults_itemName"]', read: 'text' },
        value: { selector: 'td[aria-describedby="extResults_result"]', read: 'text' },
        unit: { selector: 'td[aria-describedby="extResults_unit"]', read: 'text' },
        date: { selector: 'td[aria-describedby="extResults_checkDate"]', read: 'text' },
        institution: { selector: 'td[aria-describedby="extResults_hospital"]', read: 'text' },
        mark: { selector: 'td[aria-describedby="extResults_mark"]', read: 'text' },
      },
      recognisedPrefix: '*',
    },
  ],
};
