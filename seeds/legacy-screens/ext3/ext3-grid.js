/*
 * Ext JS 3 的表格并不在 npm 上自由发布，这里按 Ext 3.4 GridView 的模板手写同样的标记：
 *   div.x-grid3 > div.x-grid3-viewport > div.x-grid3-header（表头表，td.x-grid3-hd.x-grid3-td-{列id}
 *   里的 div.x-grid3-hd-inner.x-grid3-hd-{列id}）与 div.x-grid3-scroller > div.x-grid3-body（表体，
 *   每行 div.x-grid3-row > table.x-grid3-row-table，单元格 td.x-grid3-col.x-grid3-cell.x-grid3-td-{列id}
 *   > div.x-grid3-cell-inner.x-grid3-col-{列id}）。列 id 未配置时是列序号，单元格本身不说明含义，
 *   含义只在表头文字里。行号列 id 为 numberer（Ext.grid.RowNumberer）。
 * 只做样本页需要的部分：建表、追加行（与 store.add 之后 GridView.insertRows 相同的 DOM 变化）。
 */
(function (w) {
  function esc(s) {
    return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function Ext3Grid(container, columns) {
    this.columns = columns;
    this.count = 0;
    var cells = '';
    for (var i = 0; i < columns.length; i++) {
      var c = columns[i];
      cells += '<td class="x-grid3-hd x-grid3-cell x-grid3-td-' + c.id + (i === 0 ? ' x-grid3-cell-first' : '') +
        (i === columns.length - 1 ? ' x-grid3-cell-last' : '') + '" style="width:' + c.width + 'px;">' +
        '<div class="x-grid3-hd-inner x-grid3-hd-' + c.id + '" unselectable="on" style="">' +
        '<a class="x-grid3-hd-btn" href="#"></a>' + esc(c.header) +
        '<img class="x-grid3-sort-icon" src="data:image/gif;base64,R0lGODlhAQABAID/AMDAwAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" /></div></td>';
    }
    container.innerHTML =
      '<div class="x-grid3" hidefocus="true"><div class="x-grid3-viewport">' +
      '<div class="x-grid3-header"><div class="x-grid3-header-inner"><div class="x-grid3-header-offset" style="width:auto;">' +
      '<table border="0" cellspacing="0" cellpadding="0" style="width:auto;"><thead><tr class="x-grid3-hd-row">' + cells +
      '</tr></thead></table></div></div><div class="x-clear"></div></div>' +
      '<div class="x-grid3-scroller"><div class="x-grid3-body" style="width:auto;"></div><a href="#" class="x-grid3-focus" tabIndex="-1"></a></div>' +
      '</div><div class="x-grid3-resize-marker">&#160;</div><div class="x-grid3-resize-proxy">&#160;</div></div>';
    this.body = container.querySelector('.x-grid3-body');
  }

  Ext3Grid.prototype.addRow = function (record) {
    var columns = this.columns;
    this.count += 1;
    var cells = '';
    for (var i = 0; i < columns.length; i++) {
      var c = columns[i];
      var value = c.id === 'numberer' ? this.count : record[c.dataIndex];
      cells += '<td class="x-grid3-col x-grid3-cell x-grid3-td-' + c.id +
        (i === 0 ? ' x-grid3-cell-first' : '') + (i === columns.length - 1 ? ' x-grid3-cell-last' : '') +
        '" style="width:' + c.width + 'px;" tabIndex="0"><div class="x-grid3-cell-inner x-grid3-col-' + c.id +
        '" unselectable="on">' + esc(value) + '</div></td>';
    }
    var row = document.createElement('div');
    row.className = 'x-grid3-row' + (this.count % 2 === 0 ? ' x-grid3-row-alt' : '') + ' x-grid3-row-last';
    row.style.width = 'auto';
    row.innerHTML = '<table class="x-grid3-row-table" border="0" cellspacing="0" cellpadding="0" style="width:auto;"><tbody><tr>' +
      cells + '</tr></tbody></table>';
    var last = this.body.lastChild;
    if (last && last.className) last.className = last.className.replace(' x-grid3-row-last', '');
    if (!last) row.className += ' x-grid3-row-first';
    this.body.appendChild(row);
    return row;
  };

  w.Ext3Grid = Ext3Grid;
})(window);
