// jQuery EasyUI order screen (seeds/legacy-screens/easyui): one page; the datagrid is built inside a
// modal dialog the first time it opens, with frozen columns, so every row is split over two tables
// (view1: check box and 序号, view2: the rest). Only view2's rows are order rows; their cells carry
// EasyUI's `field` attribute. The 登记号 sits in the unselected (hidden) 病人信息 tab, the ID card
// in the hidden `input.textbox-value` EasyUI keeps behind a read-only textbox.
import type { ScreenAdapter } from './adapter-schema.ts';

export const easyuiAdapter: ScreenAdapter = {
  id: 'legacy-easyui-order-dialog',
  name: 'EasyUI 开单对话框（datagrid，冻结列）',
  urlPatterns: ['http://127.0.0.1:*/legacy/easyui/index.html**', 'http://localhost:*/legacy/easyui/index.html**'],
  patient: {
    frame: 'self',
    ids: [
      { kind: 'hisPatientId', source: { selector: '#regNo', read: 'text' } },
      { kind: 'idCard', source: { selector: 'input.textbox-value[name="sfzh"]', read: 'value' } },
    ],
    name: { selector: '#bnName', read: 'text' },
    sex: { selector: '#bnSex', read: 'text' },
    age: { selector: '#bnAge', read: 'text' },
    watch: '#banner',
  },
  orders: {
    container: '#orderDlg .datagrid-view2 .datagrid-body',
    row: 'tr.datagrid-row',
    itemName: { selector: 'td[field="xmmc"]', read: 'text' },
  },
  noteField: '#applyNote',
  submit: '#btnSubmit',
};
