// Result lists captured as plain rows through an adapter's `resultLists` section: the jqGrid
// shell's 外院互认报告 grid (a hidden pane, read from the order frame through `frame: 'top'`) and a
// plain table read by header position. `*`-prefixed items are the recognised ones.
import { afterEach, describe, expect, it } from 'vitest';
import { jqgridAdapter } from '../../lib/adapters/jqgrid-adapter.ts';
import { resultListSchema, type ResultList } from '../../lib/adapters/adapter-schema.ts';
import { readResultList, readResultLists } from '../../lib/content/read-result-list.ts';
import { loadHtmlFixture, loadLegacyFixture } from './fixtures/legacy-fixtures.ts';

let opened: { close(): void }[] = [];
afterEach(() => {
  opened.forEach((fixture) => fixture.close());
  opened = [];
});

const byHeader = (text: string): ResultList['fields']['item'] => ({
  column: { header: '#tblResults thead th', text: [text], key: 'position', cells: ':scope > td' },
  read: 'text',
});

const plainTableList: ResultList = resultListSchema.parse({
  id: 'outside-results',
  name: '外院检查检验结果',
  frame: 'self',
  container: '#tblResults > tbody',
  row: 'tr',
  fields: {
    item: byHeader('项目名称'),
    value: byHeader('结果'),
    unit: byHeader('单位'),
    referenceRange: byHeader('参考范围'),
    date: byHeader('检查日期'),
    institution: byHeader('检查机构'),
    mark: byHeader('互认标识'),
    archiveNo: byHeader('档案号'),
  },
  recognisedPrefix: '*',
});

describe('result lists', () => {
  it('reads the jqGrid 外院互认报告 grid of the shell from the order frame', () => {
    const fixture = loadLegacyFixture('jqgrid', 'p1-rows-and-inline-edit');
    opened.push(fixture);
    expect(readResultLists(fixture.orderWindow, jqgridAdapter)).toEqual({
      'jqgrid-outside-results': [
        { item: '左侧膝关节MR平扫', recognised: true, value: '半月板后角变性', date: '（见报告）', institution: '四川大学华西医院', mark: '川渝HR' },
        { item: '血红蛋白', recognised: true, value: '132', unit: 'g/L', date: '（见报告）', institution: '成都市第三人民医院', mark: '川渝HR' },
        { item: '幽门螺杆菌抗体', recognised: false, value: '阴性', date: '（见报告）', institution: 'XX镇卫生院' },
      ],
    });
  });

  it('reads a plain table by header position, with every field', () => {
    const fixture = loadHtmlFixture('negative/result-list.html', 'http://127.0.0.1:8080/results.html');
    opened.push(fixture);
    expect(readResultList(fixture.window, plainTableList)).toEqual([
      {
        item: '左侧膝关节MR平扫',
        recognised: true,
        value: '内侧半月板后角变性',
        date: '2026-10-12',
        institution: '四川大学华西医院',
        mark: '川渝HR',
        archiveNo: 'MR2026101200031',
      },
      {
        item: '血红蛋白',
        recognised: true,
        value: '132',
        unit: 'g/L',
        referenceRange: '130-175',
        date: '2026-11-20',
        institution: '成都市第三人民医院',
        mark: '川渝HR',
        archiveNo: 'JY20261120-0457',
      },
      // "* 丙氨酸…": a space after the star is still the mark of a recognised item.
      { item: '丙氨酸氨基转移酶', recognised: true, value: '28', unit: 'U/L', referenceRange: '9-50', date: '2026-11-02', institution: 'XX县人民医院', mark: '川内HR' },
      { item: '幽门螺杆菌抗体', recognised: false, value: '阴性', referenceRange: '阴性', date: '2026-09-30', institution: 'XX镇卫生院' },
    ]);
  });

  it('reads nothing when the list frame is missing', () => {
    const fixture = loadHtmlFixture('negative/result-list.html', 'http://127.0.0.1:8080/results.html');
    opened.push(fixture);
    expect(readResultList(fixture.window, { ...plainTableList, frame: { from: 'top', path: ['nope'] } })).toEqual([]);
  });
});
