// Charts of the analysis panel (ECharts): each element with data-chart fetches its data from data-src and draws
// itself once; panels swapped in by htmx later are found by the htmx:afterSettle listener. Every chart zooms (drag
// the slider or the box tool), shows values on hover, toggles series from its legend, and saves itself as PNG or SVG
// and its plotted data as CSV.
(function () {
  if (window.lilimsAnalysisCharts) {
    window.lilimsAnalysisCharts.drawAll(document);
    return;
  }

  function download(name, type, text) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  // the plotted series as CSV: one block of x,y rows per series
  function csvOf(option) {
    const lines = ['series,x,y'];
    (option.series || []).forEach(series => (series.csvData || series.data || []).forEach(point => {
      lines.push('"' + String(series.csvName || series.name).replace(/"/g, '""') + '",' + point[0] + ',' + point[1]);
    }));
    return lines.join('\n') + '\n';
  }

  // the same chart rendered as SVG (ECharts' server-side renderer, run in the page)
  function svgOf(option) {
    const chart = window.echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 500 });
    chart.setOption(Object.assign({}, option, { animation: false, toolbox: { show: false }, dataZoom: [] }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  }

  function toolboxFor(name, currentOption) {
    return {
      feature: {
        dataZoom: { yAxisIndex: 'none' },
        restore: {},
        saveAsImage: { type: 'png', name: name },
        myCsv: { show: true, title: 'Data as CSV', icon: 'path://M4 4h16v16H4z M8 9h8 M8 13h8 M8 17h5',
          onclick: () => download(name + '.csv', 'text/csv', csvOf(currentOption())) },
        mySvg: { show: true, title: 'Save as SVG', icon: 'path://M4 18l5-6 4 4 7-9',
          onclick: () => download(name + '.svg', 'image/svg+xml', svgOf(currentOption())) }
      }
    };
  }


  const palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4'];
  const finite = (v) => typeof v === 'number' && Number.isFinite(v);

  // every cell of each arm (thin), the arm's mean (thick) and a ± sd band, one colour per arm; a horizontal reference
  // line (e.g. SOH 80 %) is a series of its own, so hiding an arm keeps it
  function armBands(retention, cellKey, armKey, yName, reference) {
    const series = [];
    let first = Infinity;
    let last = -Infinity;
    retention.arms.forEach((arm, a) => {
      const color = palette[(arm.index ?? a) % palette.length];
      arm.cells.forEach(cell => series.push({ name: arm.name, csvName: arm.name + ' ' + cell.code, type: 'line',
        showSymbol: false, silent: true, lineStyle: { width: 1, opacity: 0.45, color: color }, itemStyle: { color: color },
        data: Array.from(cell.cycles, (c, i) => [c, cell[cellKey][i]]).filter(p => finite(p[1])) }));
      const kept = Array.from(arm.meanCycles, (c, i) => [c, arm['mean' + armKey][i], arm['sd' + armKey][i]])
        .filter(p => finite(p[1]) && finite(p[2]));
      kept.forEach(p => { first = Math.min(first, p[0]); last = Math.max(last, p[0]); });
      series.push({ name: arm.name, csvName: arm.name + ' mean', type: 'line', showSymbol: false,
        lineStyle: { width: 3, color: color }, itemStyle: { color: color }, data: kept.map(p => [p[0], p[1]]) });
      // the ± sd band as one polygon (ECharts stacks x, not y, when both axes hold values); its CSV rows are the sd
      const band = kept.map(p => [p[0], p[1] + p[2]]).concat(kept.map(p => [p[0], p[1] - p[2]]).reverse());
      series.push({ name: arm.name, csvName: arm.name + ' sd', csvData: kept.map(p => [p[0], p[2]]), type: 'custom',
        silent: true, clip: true, data: band, encode: { x: 0, y: 1 },
        renderItem: (params, api) => (params.dataIndex !== 0) ? null : { type: 'polygon',
          shape: { points: band.map(p => api.coord(p)) }, style: { fill: color, opacity: 0.15 } } });
    });
    const legend = retention.arms.map(a => a.name);
    if (reference && first <= last) {
      legend.push(reference.name);
      series.push({ name: reference.name, type: 'line', showSymbol: false, silent: true,
        lineStyle: { type: 'dashed', color: '#c23531' }, itemStyle: { color: '#c23531' },
        data: [[first, reference.value], [last, reference.value]] });
    }
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: legend },
      // without filtering, so the band's polygon (drawn with its first point) stays when zoomed in
      dataZoom: [{ type: 'inside', filterMode: 'none' }, { type: 'slider', filterMode: 'none' }],
      xAxis: { type: 'value', name: 'cycle', minInterval: 1 },
      yAxis: { type: 'value', name: yName, scale: true },
      series: series
    };
  }

  // one series per cell and curve, coloured by its arm (the legend toggles arms); the CSV names arm, cell and curve
  function cellSeries(curves, extra) {
    const series = [];
    curves.arms.forEach((arm, a) => {
      const color = palette[(arm.index ?? a) % palette.length];
      arm.cells.forEach(cell => cell.curves.forEach(curve => {
        const more = extra(curve) || {};
        series.push(Object.assign({ name: arm.name, csvName: arm.name + ' ' + cell.code + ' ' + curve.label,
          type: 'line', showSymbol: false, lineStyle: Object.assign({ width: 1.2, color: color }, more.lineStyle || {}),
          itemStyle: { color: color }, data: more.data || Array.from(curve.x, (x, i) => [x, curve.y[i]]) },
        more.series || {}));
      }));
    });
    return series;
  }

  const number = (v) => (typeof v === 'number') ? Number(v.toPrecision(4)).toString() : '—';

  const builders = {
    // a study's metric (data-metric) per arm: the mean as a bar, each included cell as a dot, censored ones ("> N")
    // as triangles at their lower bound; points are [arm, value, cell] so that the CSV export names the arm
    studyArms: (summary, element) => {
      const metric = element.dataset.metric;
      const unit = (summary.metrics.find(m => m.name === metric) || {}).unit || '';
      const arms = summary.arms.map(a => a.name);
      const cells = (censored) => summary.arms.flatMap(arm => arm.cells
        .filter(c => c.included && c.metrics[metric] && typeof c.metrics[metric].value === 'number'
          && c.metrics[metric].censored === censored)
        .map(c => [arm.name, c.metrics[metric].value, c.code]));
      return {
        tooltip: {
          trigger: 'item',
          formatter: (p) => {
            if (p.seriesName === 'Mean') {
              const s = summary.arms[p.dataIndex].metrics[metric];
              return arms[p.dataIndex] + ': ' + number(s.mean) + ' ± ' + number(s.sd) + ' ' + unit + ' (n = ' + s.n + ')';
            }
            return p.value[2] + ': ' + (p.seriesName === 'Censored' ? '> ' : '') + number(p.value[1]) + ' ' + unit;
          }
        },
        legend: { data: ['Mean', 'Cells', 'Censored'] },
        xAxis: { type: 'category', data: arms, axisLabel: { interval: 0, rotate: arms.length > 3 ? 20 : 0 } },
        yAxis: { type: 'value', name: unit },
        series: [
          { name: 'Mean', type: 'bar', barWidth: '40%', itemStyle: { opacity: 0.45 },
            data: summary.arms.map(a => [a.name, a.metrics[metric].mean]) },
          { name: 'Cells', type: 'scatter', symbolSize: 8, data: cells(false) },
          { name: 'Censored', type: 'scatter', symbol: 'triangle', symbolSize: 10, data: cells(true) }
        ]
      };
    },
    cycles: (rows) => ({
      tooltip: { trigger: 'axis' },
      legend: { data: ['Discharge capacity', 'Charge capacity', 'Coulombic efficiency'] },
      dataZoom: [{ type: 'inside' }, { type: 'slider' }],
      xAxis: { type: 'value', name: 'cycle', minInterval: 1 },
      yAxis: [{ type: 'value', name: 'mAh', scale: true }, { type: 'value', name: 'CE %', scale: true }],
      series: [
        { name: 'Discharge capacity', type: 'line', showSymbol: false, data: rows.map(r => [r.cycle, r.dischargeCapacityMah]) },
        { name: 'Charge capacity', type: 'line', showSymbol: false, data: rows.map(r => [r.cycle, r.chargeCapacityMah]) },
        { name: 'Coulombic efficiency', type: 'scatter', symbolSize: 4, yAxisIndex: 1,
          data: rows.filter(r => r.coulombicEfficiencyPercent !== null && r.coulombicEfficiencyPercent === r.coulombicEfficiencyPercent)
            .map(r => [r.cycle, r.coulombicEfficiencyPercent]) }
      ]
    }),
    series: (series) => ({
      tooltip: { trigger: 'axis' },
      dataZoom: [{ type: 'inside' }, { type: 'slider' }],
      xAxis: { type: 'value', name: 'h', scale: true },
      yAxis: { type: 'value', name: 'V', scale: true },
      series: [{ name: 'Voltage', type: 'line', showSymbol: false, sampling: 'lttb',
        data: series.timeSeconds.map((t, i) => [t / 3600, series.voltageV[i]]) }]
    }),
    overpotential: (halfCycles) => ({
      tooltip: { trigger: 'axis' },
      legend: { data: ['Plating', 'Stripping'] },
      dataZoom: [{ type: 'inside' }, { type: 'slider' }],
      xAxis: { type: 'value', name: 'cycle', minInterval: 1 },
      yAxis: { type: 'value', name: 'mV', scale: true },
      series: ['PLATING', 'STRIPPING'].map(direction => ({
        name: direction === 'PLATING' ? 'Plating' : 'Stripping', type: 'line', showSymbol: false,
        data: halfCycles.filter(h => h.direction === direction && typeof h.plateauVolts === 'number')
          .map(h => [h.cycle, 1000 * h.plateauVolts])
      }))
    }),
    nyquist: (results) => {
      const latest = results[results.length - 1];
      const spectra = latest.spectra.slice(-5);
      return {
        tooltip: { trigger: 'item' },
        legend: { type: 'scroll', data: spectra.map(s => 'spectrum ' + s.spectrum) },
          xAxis: { type: 'value', name: "Z' / Ω", scale: true },
        yAxis: { type: 'value', name: "-Z'' / Ω", scale: true },
        series: spectra.flatMap(s => [
          { name: 'spectrum ' + s.spectrum, type: 'scatter', symbolSize: 5,
            data: s.realOhms.map((re, i) => [re, -s.imaginaryOhms[i]]) },
          { name: 'spectrum ' + s.spectrum, type: 'line', showSymbol: false,
            data: s.fittedRealOhms.map((re, i) => [re, -s.fittedImaginaryOhms[i]]) }
        ])
      };
    },
    rint: (results) => {
      const points = [];
      const byCycle = results.every(r => r.spectra.every(s => typeof s.cycle === 'number'));
      results.forEach(r => r.spectra.forEach(s => {
        if (typeof s.interphaseResistanceOhms === 'number') {
          points.push([byCycle ? s.cycle : points.length + 1, s.interphaseResistanceOhms]);
        }
      }));
      return {
        tooltip: { trigger: 'axis' },
          xAxis: { type: 'value', name: byCycle ? 'cycle' : 'measurement', minInterval: 1 },
        yAxis: { type: 'value', name: 'R_int / Ω', scale: true },
        series: [{ name: 'R_int', type: 'line', symbolSize: 8, data: points }]
      };
    },
    studyRetention: (retention) => armBands(retention, 'sohPercent', 'SohPercent', 'SOH %',
      { name: 'SOH 80 %', value: 80 }),
    studyCoulombicEfficiency: (retention) => armBands(retention, 'coulombicEfficiencyPercent',
      'CoulombicEfficiencyPercent', 'CE %', null),
    studyInterphaseResistance: (curves) => {
      const byCycle = curves.arms.every(arm => arm.cells.every(cell => cell.curves.every(c => c.label === 'cycle')));
      return {
        tooltip: { trigger: 'item', formatter: (p) => p.seriesName + ': ' + number(p.value[1]) + ' Ω at ' + p.value[0] },
        legend: { data: curves.arms.map(a => a.name) },
        dataZoom: [{ type: 'inside' }, { type: 'slider' }],
        xAxis: { type: 'value', name: byCycle ? 'cycle' : 'measurement', minInterval: 1 },
        yAxis: { type: 'value', name: 'R_int / Ω', scale: true },
        series: cellSeries(curves, () => ({ series: { showSymbol: true, symbolSize: 5 } }))
      };
    },
    studyProfiles: (curves) => ({
      tooltip: { trigger: 'item', formatter: (p) => p.seriesName + ': ' + number(p.value[1]) + ' V at ' + number(p.value[0]) + ' mAh' },
      legend: { data: curves.arms.map(a => a.name) },
      dataZoom: [{ type: 'inside' }],
      xAxis: { type: 'value', name: 'mAh' },
      yAxis: { type: 'value', name: 'V', scale: true },
      // the first cycle solid, later ones dashed; discharge thinner than charge
      series: cellSeries(curves, (curve) => ({ lineStyle: {
        type: /^cycle 1 /.test(curve.label) ? 'solid' : 'dashed', width: /discharge$/.test(curve.label) ? 1 : 1.6 } }))
    }),
    // measured points as dots, the fitted circuit as a line, per cell, coloured by arm
    studyNyquist: (curves) => ({
      tooltip: { trigger: 'item', formatter: (p) => p.seriesName + ": Z' " + number(p.value[0]) + " Ω, -Z'' " + number(p.value[1]) + ' Ω' },
      legend: { data: curves.arms.map(a => a.name) },
      dataZoom: [{ type: 'inside', filterMode: 'none' }],
      xAxis: { type: 'value', name: "Z' / Ω", scale: true },
      yAxis: { type: 'value', name: "-Z'' / Ω", scale: true },
      series: cellSeries(curves, (curve) => /measured$/.test(curve.label)
        ? { series: { type: 'scatter', symbolSize: 4 } } : { lineStyle: { width: 1.5 } })
    }),
    // one panel per cycle window side by side, hours since the window's first point
    studyVoltageWindows: (curves) => {
      const panels = curves.panels;
      const width = 88 / panels.length;
      const series = cellSeries(curves, (curve) => {
        const panel = Math.max(0, panels.indexOf(curve.label));
        const start = curve.x[0];
        return { series: { xAxisIndex: panel, yAxisIndex: panel },
          data: Array.from(curve.x, (t, i) => [(t - start) / 3600, curve.y[i]]) };
      });
      let low = Infinity;
      let high = -Infinity;
      series.forEach(s => s.data.forEach(p => { low = Math.min(low, p[1]); high = Math.max(high, p[1]); }));
      const pad = (high - low) * 0.05 || 0.01;
      return {
        tooltip: { trigger: 'item', formatter: (p) => p.seriesName + ': ' + number(p.value[1]) + ' V' },
        legend: { data: curves.arms.map(a => a.name) },
        title: panels.map((label, i) => ({ text: label, left: (8 + i * width + width / 2) + '%', top: 28,
          textAlign: 'center', textStyle: { fontSize: 12, fontWeight: 'normal' } })),
        grid: panels.map((label, i) => ({ left: (8 + i * width) + '%', width: (width - 3) + '%', top: 60, bottom: 40 })),
        xAxis: panels.map((label, i) => ({ type: 'value', gridIndex: i, name: 'h', scale: true })),
        yAxis: panels.map((label, i) => ({ type: 'value', gridIndex: i, name: i === 0 ? 'V' : '',
          min: Number((low - pad).toFixed(3)), max: Number((high + pad).toFixed(3)), axisLabel: { show: i === 0 } })),
        series: series
      };
    },
    // per arm, each coating run's layers: thickness as a line (left axis), rate as dots (right axis); the runs are
    // listed under the chart with links to their step pages
    studyDeposition: (deposition, element) => {
      const list = element.parentElement.querySelector('[data-deposition-runs]');
      const series = [];
      deposition.arms.forEach((arm, a) => {
        const color = palette[(arm.index ?? a) % palette.length];
        arm.runs.forEach(run => {
          if (list) {
            const item = document.createElement('li');
            const link = document.createElement('a');
            link.href = '/steps/' + run.stepId;
            link.textContent = 'coating run ' + run.stepId;
            item.append(arm.name + ': ', link, ' → ' + run.coatedFoils.join(', ') + ' → ' + run.cells.join(', '));
            list.appendChild(item);
          }
          run.layers.forEach(l => {
            const label = arm.name + ' run ' + run.stepId + ' layer ' + l.layer + (l.material ? ' ' + l.material : '');
            series.push({ name: arm.name, csvName: label + ' thickness nm', type: 'line', showSymbol: false,
              lineStyle: { width: 1.5, color: color }, itemStyle: { color: color },
              data: l.elapsedSeconds.map((t, i) => [t, l.thicknessNm[i]]).filter(p => finite(p[1])) });
            series.push({ name: arm.name, csvName: label + ' rate nm/s', type: 'scatter', symbolSize: 3, yAxisIndex: 1,
              itemStyle: { color: color, opacity: 0.6 },
              data: l.elapsedSeconds.map((t, i) => [t, l.rateNmPerS[i]]).filter(p => finite(p[1]) && p[1] > 0) });
          });
        });
      });
      return {
        tooltip: { trigger: 'item', formatter: (p) => p.seriesName + ': ' + number(p.value[1])
          + (p.seriesType === 'scatter' ? ' nm/s' : ' nm') + ' at ' + number(p.value[0]) + ' s' },
        legend: { data: deposition.arms.map(arm => arm.name) },
        dataZoom: [{ type: 'inside' }, { type: 'slider' }],
        xAxis: { type: 'value', name: 's', scale: true },
        yAxis: [{ type: 'value', name: 'nm' }, { type: 'value', name: 'nm/s' }],
        series: series
      };
    },
    deposition: (results) => {
      const layers = results[0].layers;
      return {
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', data: layers.flatMap(l => [l.material + ' thickness', l.material + ' rate']) },
        dataZoom: [{ type: 'inside' }, { type: 'slider' }],
        xAxis: { type: 'value', name: 's', scale: true },
        yAxis: [{ type: 'value', name: 'nm' }, { type: 'value', name: 'nm/s' }],
        series: layers.flatMap(l => [
          { name: l.material + ' thickness', type: 'line', showSymbol: false,
            data: l.elapsedSeconds.map((t, i) => [t, l.thicknessSeriesNm[i]]).filter(p => typeof p[1] === 'number') },
          { name: l.material + ' rate', type: 'scatter', symbolSize: 3, yAxisIndex: 1,
            data: l.elapsedSeconds.map((t, i) => [t, l.rateSeriesNmPerS[i]]).filter(p => typeof p[1] === 'number' && p[1] > 0) }
        ])
      };
    },
    profiles: (profiles) => ({
      tooltip: { trigger: 'item' },
      legend: { type: 'scroll', data: profiles.map(p => 'cycle ' + p.cycle) },
      xAxis: { type: 'value', name: 'mAh' },
      yAxis: { type: 'value', name: 'V', scale: true },
      series: profiles.flatMap(p => [
        { name: 'cycle ' + p.cycle, type: 'line', showSymbol: false,
          data: p.chargeCapacityMah.map((q, i) => [q, p.chargeVoltageV[i]]) },
        { name: 'cycle ' + p.cycle, type: 'line', showSymbol: false, lineStyle: { type: 'dashed' },
          data: p.dischargeCapacityMah.map((q, i) => [q, p.dischargeVoltageV[i]]) }
      ])
    })
  };

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(response => (response.status === 200) ? response.json()
        : (response.status === 400) ? response.json().then(problem => ({ problem: problem.detail || 'invalid request' }))
        : null);
  }

  // data-inline names a JSON script element of the page (no request); charts of one pass that share a data-src share
  // one request
  function draw(element, fetched) {
    if (element.dataset.drawn) {
      return;
    }
    element.dataset.drawn = 'true';
    const requests = fetched || {};
    const source = element.dataset.inline
      ? Promise.resolve(JSON.parse(document.getElementById(element.dataset.inline).textContent))
      : (requests[element.dataset.src] = requests[element.dataset.src] || fetchJson(element.dataset.src));
    source
      .then(data => {
        if (data && data.problem) {
          element.textContent = data.problem;
          element.classList.add('chart-empty');
          return;
        }
        if (!data || (Array.isArray(data) && data.length === 0) || (Array.isArray(data.arms) && data.arms.length === 0)) {
          element.textContent = 'No data to plot yet.';
          element.classList.add('chart-empty');
          return;
        }
        const chart = window.echarts.init(element);
        const option = builders[element.dataset.chart](data, element);
        option.animation = false;
        option.toolbox = toolboxFor('lilims-' + element.dataset.chart, () => option);
        // the legend scrolls left of the toolbox instead of running under its icons
        if (option.legend && option.legend.left === undefined) {
          Object.assign(option.legend, { type: 'scroll', left: 8, right: 170 });
        }
        chart.setOption(option);
        element.lilimsOption = option;
        element.dataset.rendered = 'true';
        window.addEventListener('resize', () => chart.resize());
      })
      .catch(() => { element.textContent = 'The chart could not be loaded.'; });
  }

  // scripts swapped in by htmx load in any order: wait for ECharts (at most ~10 s)
  function drawAll(root, attempt) {
    if (!window.echarts) {
      if ((attempt || 0) < 200) {
        setTimeout(() => drawAll(root, (attempt || 0) + 1), 50);
      }
      return;
    }
    const fetched = {};
    root.querySelectorAll('[data-chart]').forEach(element => draw(element, fetched));
  }

  // "Show at full resolution": the chosen cycles read again from the raw file, thinned by LTTB on the server
  document.addEventListener('submit', (event) => {
    const form = event.target.closest('[data-chart-window]');
    if (!form) {
      return;
    }
    event.preventDefault();
    const element = document.getElementById(form.dataset.chartWindow);
    const query = new URLSearchParams();
    ['fromCycle', 'toCycle'].forEach(name => {
      if (form.elements[name].value !== '') {
        query.set(name, form.elements[name].value);
      }
    });
    fetch(form.dataset.src + '?' + query, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(data => {
        const chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
        const option = builders.series(data);
        option.animation = false;
        option.toolbox = toolboxFor('lilims-voltage', () => option);
        chart.setOption(option, true);
        element.lilimsOption = option;
        element.dataset.window = (data.fromCycle ?? '') + '-' + (data.toCycle ?? '');
      })
      .catch(() => { form.classList.add('field-error'); });
  });

  // a study's cycle windows: the chart fetches its data again for the cycles typed
  document.addEventListener('submit', (event) => {
    const form = event.target.closest('[data-study-windows]');
    if (!form) {
      return;
    }
    event.preventDefault();
    const element = document.getElementById(form.dataset.studyWindows);
    const existing = window.echarts.getInstanceByDom(element);
    if (existing) {
      existing.dispose();
    }
    element.classList.remove('chart-empty');
    element.textContent = '';
    element.dataset.src = form.dataset.src + '?' + new URLSearchParams({ cycles: form.elements.cycles.value });
    delete element.dataset.drawn;
    delete element.dataset.rendered;
    draw(element);
  });

  // exports without clicking the canvas icons (for scripts and browser tests)
  window.lilimsAnalysisCharts = {
    drawAll: drawAll,
    csv: (element) => csvOf(element.lilimsOption),
    svg: (element) => svgOf(element.lilimsOption)
  };
  document.addEventListener('htmx:afterSettle', (event) => drawAll(event.target));
  drawAll(document);
})();
