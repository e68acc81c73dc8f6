/* The plan office's dashboard: every figure is read live through the gateway's /app/api (the signed-in person's
   token is relayed by the gateway; the browser holds only the session cookie). A failed call shows 数据暂缺. */
(function () {
  'use strict';
  var T = {
    zh: { title: '珠山区计划执行看板', year: '年度', report: '下载执行报告 (DOCX)', signout: '退出', skip: '跳到正文',
      targets: '年度目标执行情况', projects: '重点项目投资', funding: '资金来源', livelihood: '民生支出（按项目）',
      employment: '就业', sites: '景区实时在园人数 / 承载量', holidays: '节假日客流同比', warnings: '未解除预警',
      missing: '数据暂缺', denied: '数据暂缺（无权查看）', indicator: '指标', status: '状态', measure: '当前值',
      expected: '目标', band: '区间', projection: '预计年末', completion: '年度计划投资完成比例', completed: '已完成投资',
      planned: '年度计划投资', count: '项目数', secured: '已到位资金', disbursed: '已拨付', households: '户',
      persons: '人', amount: '发放金额', stations: '就业服务站', postings: '岗位发布', offered: '提供岗位',
      placements: '实现就业', loans: '创业贷款', occupancy: '在园人数', capacity: '承载量', current: '本年',
      lastYear: '上年', change: '同比', none: '暂无预警', site: '景区', level: '级别', lang: 'English',
      ON_TRACK: '正常', AT_RISK: '有风险', OFF_TRACK: '偏离', NO_DATA: '无数据', DATA_OVERDUE: '数据逾期' },
    en: { title: 'Zhushan plan execution dashboard', year: 'Year', report: 'Download the report (DOCX)', signout: 'Sign out',
      skip: 'Skip to content', targets: "The year's targets", projects: 'Key-project investment', funding: 'Funding by source',
      livelihood: 'Livelihood spending by program', employment: 'Employment', sites: 'Site occupancy vs capacity',
      holidays: 'Holiday footfall vs last year', warnings: 'Open warnings', missing: 'No data (数据暂缺)',
      denied: 'No data (not permitted)', indicator: 'Indicator', status: 'Status', measure: 'Latest', expected: 'Target',
      band: 'Band', projection: 'Projected year end', completion: 'Annual plan completed', completed: 'Invested',
      planned: 'Annual plan', count: 'Projects', secured: 'Secured', disbursed: 'Disbursed', households: 'households',
      persons: 'persons', amount: 'Paid', stations: 'Service stations', postings: 'Postings', offered: 'Positions offered',
      placements: 'Placements', loans: 'Start-up loans', occupancy: 'Occupancy', capacity: 'Capacity', current: 'This year',
      lastYear: 'Last year', change: 'Change', none: 'No open warnings', site: 'Site', level: 'Level', lang: '中文',
      ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track', NO_DATA: 'No data', DATA_OVERDUE: 'Data overdue' }
  };
  var lang = localStorage.getItem('dashboard.lang') || 'zh';
  var charts = [];
  function t(key) { return (T[lang] && T[lang][key]) || key; }

  /* Chinese units: 亿 from 1e8, 万 from 1e4, as the district's report writes them */
  function cn(value, unit) {
    if (value === null || value === undefined || value === '') { return t('missing'); }
    var n = Number(value), u = unit || '';
    if (Math.abs(n) >= 1e8) { return trim(n / 1e8, 2) + '亿' + u; }
    if (Math.abs(n) >= 1e4) { return trim(n / 1e4, 2) + '万' + u; }
    return trim(n, 2) + u;
  }
  function trim(n, digits) { return String(Number(n.toFixed(digits))); }
  function pct(value) { return value === null || value === undefined ? t('missing') : Number(value).toFixed(1) + '%'; }
  function esc(s) { return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }

  function api(path) {
    return fetch('/app/api/v1/' + path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (r.status === 401) { location.href = '/'; throw new Error('signed out'); }
        if (!r.ok) { var e = new Error('HTTP ' + r.status); e.status = r.status; throw e; }
        return r.json();
      });
  }
  function panel(id) { return document.getElementById(id); }
  function missing(id, error) {
    var p = panel(id);
    p.querySelectorAll('.kpis,.chart,.body').forEach(function (el) { el.innerHTML = ''; el.style.display = 'none'; });
    var note = p.querySelector('.missing') || p.appendChild(document.createElement('p'));
    note.className = 'missing';
    note.setAttribute('data-state', error && error.status === 403 ? 'forbidden' : 'missing');
    note.textContent = error && error.status === 403 ? t('denied') : t('missing');
  }
  function ready(id) {
    var p = panel(id), note = p.querySelector('.missing');
    if (note) { note.remove(); }
    p.querySelectorAll('.kpis,.chart,.body').forEach(function (el) { el.style.display = ''; });
    return p;
  }
  function kpis(p, items) {
    p.querySelector('.kpis').innerHTML = items.map(function (i) {
      return '<div class="kpi"><b>' + esc(i[1]) + '</b><span>' + esc(t(i[0])) + '</span></div>'; }).join('');
  }
  function chart(p, option, label) {
    var el = p.querySelector('.chart');
    el.setAttribute('aria-label', label);
    var c = echarts.init(el);
    c.setOption(Object.assign({ tooltip: { trigger: 'axis' }, grid: { left: 60, right: 20, top: 30, bottom: 60 } }, option));
    charts.push(c);
  }

  function targets(year) {
    return api('indicators/monitoring?year=' + year).then(function (rows) {
      var p = ready('p-targets');
      p.querySelector('.body').innerHTML = '<div class="wrap"><table><thead><tr><th>' + t('indicator') + '</th><th>'
        + t('status') + '</th><th class="num">' + t('measure') + '</th><th class="num">' + t('expected') + '</th><th>'
        + t('band') + '</th><th class="num">' + t('projection') + '</th></tr></thead><tbody>'
        + rows.map(function (r) {
          var band = r.band ? (r.band.lower === null || r.band.lower === undefined ? '' : r.band.lower) + ' – '
            + (r.band.upper === null || r.band.upper === undefined ? '' : r.band.upper) : '';
          return '<tr><td>' + esc(r.indicator) + '</td><td class="st ' + esc(r.status) + '">' + esc(t(r.status))
            + '</td><td class="num">' + esc(r.measure === null ? '—' : r.measure) + '</td><td class="num">'
            + esc(r.expected === null ? '—' : r.expected) + '</td><td>' + esc(band) + '</td><td class="num">'
            + esc(r.projection === null || r.projection === undefined ? '—' : r.projection) + '</td></tr>';
        }).join('') + '</tbody></table></div>';
      return rows;
    }).catch(function (e) { missing('p-targets', e); return []; });
  }

  function projects(year) {
    return Promise.all([api('projects/portfolio/' + year), api('indicators/key-project-investment/' + year)
      .catch(function () { return null; })]).then(function (res) {
      var portfolio = res[0], investment = res[1], p = ready('p-projects');
      kpis(p, [['completion', pct(portfolio.completionPercent)], ['completed', cn(portfolio.completedInvestment, '元')],
        ['planned', cn(portfolio.annualPlannedInvestment, '元')], ['count', portfolio.projects + '个']]);
      var list = (investment && investment.projects) || [];
      list = list.slice().sort(function (a, b) { return b.annualPlannedInvestment - a.annualPlannedInvestment; }).slice(0, 12);
      chart(p, { legend: { data: [t('planned'), t('completed')] },
        xAxis: { type: 'category', data: list.map(function (x) { return x.projectName; }), axisLabel: { rotate: 30, width: 90, overflow: 'truncate' } },
        yAxis: { type: 'value', axisLabel: { formatter: function (v) { return cn(v); } } },
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return cn(v, '元'); } },
        series: [{ name: t('planned'), type: 'bar', data: list.map(function (x) { return x.annualPlannedInvestment; }) },
          { name: t('completed'), type: 'bar', data: list.map(function (x) { return x.yearToDateInvestment; }) }] }, t('projects'));
    }).catch(function (e) { missing('p-projects', e); });
  }

  function funding(year) {
    return api('projects/funding-totals?year=' + year).then(function (f) {
      var p = ready('p-funding');
      kpis(p, [['secured', cn(f.secured, '元')], ['disbursed', cn(f.disbursed, '元')]]);
      var data = Object.keys(f.bySource || {}).map(function (source) {
        var byStatus = f.bySource[source], sum = 0;
        Object.keys(byStatus).forEach(function (k) { sum += Number(byStatus[k]); });
        return { name: source, value: sum };
      });
      chart(p, { tooltip: { trigger: 'item', valueFormatter: function (v) { return cn(v, '元'); } },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: data, label: { formatter: function (d) { return d.name + '\n' + cn(d.value, '元'); } } }] }, t('funding'));
    }).catch(function (e) { missing('p-funding', e); });
  }

  function livelihood(year) {
    return api('livelihood/summary/' + year).then(function (rows) {
      var p = ready('p-livelihood'), amount = 0, households = 0, persons = 0;
      rows.forEach(function (r) { amount += Number(r.amountYuan); households += r.households; persons += r.persons; });
      kpis(p, [['amount', cn(amount, '元')], ['households', households + '户'], ['persons', persons + '人']]);
      chart(p, { xAxis: { type: 'category', data: rows.map(function (r) { return r.programCode; }), axisLabel: { rotate: 20 } },
        yAxis: { type: 'value', axisLabel: { formatter: function (v) { return cn(v); } } },
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return cn(v, '元'); } },
        series: [{ name: t('amount'), type: 'bar', data: rows.map(function (r) { return r.amountYuan; }) }] }, t('livelihood'));
    }).catch(function (e) { missing('p-livelihood', e); });
  }

  function employment(year) {
    return api('livelihood/employment/statistics/' + year).then(function (e) {
      kpis(ready('p-employment'), [['stations', e.stations + '个'], ['postings', cn(e.postings, '个')],
        ['offered', cn(e.positionsOffered, '个')], ['placements', cn(e.placements, '人')],
        ['loans', e.loansGranted + '笔 ' + cn(e.loanAmountYuan, '元')]]);
    }).catch(function (e) { missing('p-employment', e); });
  }

  function sites() {
    return api('tourism/alerts').then(function (rows) {
      var p = ready('p-sites');
      chart(p, { legend: { data: [t('occupancy'), t('capacity')] },
        xAxis: { type: 'category', data: rows.map(function (r) { return r.siteCode; }), axisLabel: { rotate: 20 } },
        yAxis: { type: 'value', axisLabel: { formatter: function (v) { return cn(v); } } },
        series: [{ name: t('occupancy'), type: 'bar', data: rows.map(function (r) { return r.occupancy; }) },
          { name: t('capacity'), type: 'line', data: rows.map(function (r) { return r.capacity; }) }] }, t('sites'));
      return rows;
    }).catch(function (e) { missing('p-sites', e); return []; });
  }

  function holidays(year) {
    return api('tourism/holidays?year=' + year).then(function (list) {
      return Promise.all(list.map(function (h) {
        return api('tourism/holidays/' + year + '/' + encodeURIComponent(h.code) + '/footfall').catch(function () { return null; });
      }));
    }).then(function (rows) {
      rows = rows.filter(Boolean);
      var p = ready('p-holidays'), total = 0;
      rows.forEach(function (r) { total += r.districtArrivals.current; });
      kpis(p, [['current', cn(total, '人次')]]);
      chart(p, { legend: { data: [t('current'), t('lastYear')] },
        xAxis: { type: 'category', data: rows.map(function (r) { return lang === 'zh' ? r.holiday.nameZh : r.holiday.code; }) },
        yAxis: { type: 'value', axisLabel: { formatter: function (v) { return cn(v); } } },
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return cn(v, '人次'); } },
        series: [{ name: t('current'), type: 'bar', data: rows.map(function (r) { return r.districtArrivals.current; }) },
          { name: t('lastYear'), type: 'bar', data: rows.map(function (r) { return r.districtArrivals.lastYear; }) }] }, t('holidays'));
    }).catch(function (e) { missing('p-holidays', e); });
  }

  function warnings(targetRows, siteRows) {
    var items = targetRows.filter(function (r) { return r.status === 'AT_RISK' || r.status === 'OFF_TRACK' || r.status === 'DATA_OVERDUE'; })
      .map(function (r) { return '<li><span class="st ' + esc(r.status) + '">' + esc(t(r.status)) + '</span> ' + esc(r.indicator) + ' (' + esc(r.region) + ')</li>'; })
      .concat(siteRows.filter(function (s) { return s.level && s.level !== 'NORMAL'; })
        .map(function (s) { return '<li><span class="st ' + esc(s.level) + '">' + esc(s.level) + '</span> ' + esc(s.siteCode) + ' ' + pct(s.percent) + '</li>'; }));
    ready('p-warnings').querySelector('.body').innerHTML = items.length ? '<ul>' + items.join('') + '</ul>' : '<p>' + t('none') + '</p>';
  }

  function labels() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    var button = document.getElementById('lang');
    button.textContent = t('lang');
    button.setAttribute('aria-pressed', String(lang === 'en'));
    document.title = t('title');
  }

  function load() {
    charts.forEach(function (c) { c.dispose(); });
    charts = [];
    labels();
    var year = document.getElementById('year').value;
    document.getElementById('report').href = '/app/api/v1/indicators/reports/plan-execution/' + year + '?format=docx';
    Promise.all([targets(year), sites()]).then(function (r) { warnings(r[0], r[1]); });
    projects(year); funding(year); livelihood(year); employment(year); holidays(year);
  }

  function cookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : '';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('year'), now = new Date().getFullYear();
    for (var y = now; y >= 2023; y--) { select.add(new Option(String(y), String(y))); }
    select.value = new URLSearchParams(location.search).get('year') || '2024';
    select.addEventListener('change', load);
    document.getElementById('lang').addEventListener('click', function () {
      lang = lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem('dashboard.lang', lang);
      load();
    });
    // sign-out is a POST protected like every state-changing call: the form carries the CSRF cookie's value
    document.getElementById('signout').addEventListener('submit', function () {
      document.getElementById('csrf').value = cookie('XSRF-TOKEN');
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    load();
  });
}());
