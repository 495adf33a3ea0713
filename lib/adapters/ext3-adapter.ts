// Ext JS 3 order window (seeds/legacy-screens/ext3): the grid lives in a modal `x-window` created on
// first use. Cells are `td.x-grid3-td-N` with N a column index, so they say nothing about their
// meaning: the column is the one whose header cell (`td.x-grid3-hd`, same `x-grid3-td-N` class)
// reads 项目名称. The patient fields are in the collapsed (hidden) west panel; Ext's setValue sets
// only the input's value, never its attribute.
import type { ScreenAdapter } from './adapter-schema.ts';

export const ext3Adapter: ScreenAdapter = {
  id: 'legacy-ext3-order-window',
  name: 'Ext JS 3 开单窗口（x-grid3，列号单元格）',
  urlPatterns: ['http://127.0.0.1:*/legacy/ext3/index.html**', 'http://localhost:*/legacy/ext3/index.html**'],
  patient: {
    frame: 'self',
    ids: [
      { kind: 'hisPatientId', source: { selector: 'input[name="brid"]', read: 'value' } },
      { kind: 'idCard', source: { selector: 'input[name="sfzh"]', read: 'value' } },
    ],
    name: { selector: '#ext-comp-1003', read: 'text' },
    sex: { selector: '#ext-comp-1004', read: 'text' },
    age: { selector: '#ext-comp-1005', read: 'text' },
    watch: '#north',
  },
  orders: {
    container: '.x-window .x-grid3-body',
    row: 'div.x-grid3-row',
    itemName: {
      column: {
        header: 'td.x-grid3-hd',
        text: ['项目名称'],
        key: { classPrefix: 'x-grid3-td-' },
        cells: 'td.x-grid3-cell',
        scope: '.x-grid3',
      },
      read: 'text',
    },
  },
  noteField: 'textarea[name="sqbz"]',
  submit: '#ext-comp-1051',
};
