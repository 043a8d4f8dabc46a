// The report's stylesheet and its one script. Restrained on purpose: greys, one blue for the plan,
// one amber for actual spending, and the severity and monitoring colours only where they mean
// something. Every rule is scoped under .jx (the page's body, or a fragment's div).

#include "html.hpp"

namespace jixiao::report_detail {

std::string_view stylesheet() {
  return R"css(
.jx{--ink:#1d2733;--muted:#667085;--faint:#98a2b3;--line:#e4e7ec;--soft:#f4f6f9;--paper:#fff;--accent:#2f5d8a;
--actual:#c7772a;--error:#c4322b;--error-bg:#fdf2f1;--warning:#b86b00;--warning-bg:#fff8eb;--info:#5b6b7f;
--info-bg:#f2f4f7;--green:#2f9e66;--yellow:#d9a300;--red:#d64545;--blue:#3a78c9;--none:#c4c9d0;
font-family:"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--ink);background:var(--soft);font-size:14px;line-height:1.55;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body.jx{margin:0}
.jx *,.jx *::before,.jx *::after{box-sizing:border-box}
.jx.jx-fragment{background:transparent;padding:4px 0}
.jx h1,.jx h2,.jx h3,.jx h4{font-weight:600;line-height:1.3;margin:0}
.jx .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.jx .unit{color:var(--muted);font-size:.8em;font-weight:400}
.jx .code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:11.5px;color:var(--muted)}
.jx .page-head{background:var(--paper);border-bottom:1px solid var(--line);padding:28px 20px 18px}
.jx .page-head>*{max-width:1120px;margin-left:auto;margin-right:auto}
.jx .eyebrow{color:var(--accent);font-size:12px;letter-spacing:.08em;margin-bottom:6px;margin-top:0}
.jx h1{font-size:26px}
.jx .subtitle{color:var(--muted);margin:6px auto 12px}
.jx .toc{display:flex;gap:18px;flex-wrap:wrap;font-size:13px}
.jx .toc a{color:var(--accent);text-decoration:none;border-bottom:1px solid transparent}
.jx .toc a:hover{border-bottom-color:var(--accent)}
.jx main{max-width:1160px;margin:0 auto;padding:8px 20px 32px}
.jx section>h2,.jx .fragment-head h2{font-size:17px;margin:28px 0 12px;padding-left:10px;border-left:3px solid var(--accent)}
.jx .fragment-head h2{margin-top:4px}
.jx .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:12px}
.jx .tiles.many{grid-template-columns:repeat(4,minmax(0,1fr))}
.jx .tile,.jx .panel,.jx .project-card{background:var(--paper);border:1px solid var(--line);border-radius:10px}
.jx .tile{padding:12px 16px;display:flex;flex-direction:column;gap:2px}
.jx .tile-label{font-size:12px;color:var(--muted)}
.jx .tile-value .num{font-size:23px;font-weight:600}
.jx .tile-note{font-size:12px;color:var(--muted)}
.jx .panels{display:grid;grid-template-columns:minmax(0,1.5fr) minmax(0,1fr) minmax(0,1fr);gap:12px;margin-top:12px}
.jx .panel{padding:14px 16px}
.jx .panel h3{font-size:14px;margin-bottom:10px}
.jx .panel h4{font-size:12px;color:var(--muted);font-weight:500;margin:14px 0 6px}
.jx table{width:100%;border-collapse:collapse;font-size:13px}
.jx th{text-align:left;color:var(--muted);font-weight:500;font-size:12px;border-bottom:1px solid #d0d5dd;padding:6px 8px;vertical-align:bottom}
.jx td{border-bottom:1px solid #eef0f3;padding:6px 8px;vertical-align:top}
.jx th.num{text-align:right}
.jx tfoot td{font-weight:600;border-bottom:0;border-top:1px solid #d0d5dd}
.jx .table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
.jx table.units td .code{display:block}
.jx .stack{display:flex;height:14px;border-radius:7px;overflow:hidden;background:var(--soft);margin:4px 0 12px}
.jx .stack-part.fiscal,.jx .swatch.fiscal{background:var(--accent)}
.jx .stack-part.other,.jx .swatch.other{background:#a9bed3}
.jx .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:baseline}
.jx table.sources td,.jx table.severities td{border:0;padding:4px 6px}
.jx .bar-cell{width:62%}
.jx .bar{display:block;height:8px;border-radius:4px;min-width:2px}
.jx .bar.sev-error{background:var(--error)}.jx .bar.sev-warning{background:var(--warning)}.jx .bar.sev-info{background:var(--info)}
.jx .top-rules{margin:0;padding-left:18px;font-size:12.5px}
.jx .top-rules li{padding:2px 0}.jx .top-rules li span.num{float:right;color:var(--muted)}
.jx .hint{color:var(--faint);font-size:12px;margin:-6px 0 8px}
.jx table.sortable th{cursor:pointer;user-select:none;white-space:nowrap}
.jx table.sortable th:hover{color:var(--ink)}
.jx table.sortable th[aria-sort=ascending]::after{content:" ▲";font-size:9px}
.jx table.sortable th[aria-sort=descending]::after{content:" ▼";font-size:9px}
.jx .projects-table{background:var(--paper);border:1px solid var(--line);border-radius:10px;border-collapse:separate;border-spacing:0}
.jx .projects-table td{border-bottom:1px solid #f0f2f5}
.jx .projects-table tbody tr:hover{background:#f8fafc}
.jx .projects-table a{color:var(--ink);text-decoration:none}
.jx .projects-table a:hover{color:var(--accent);text-decoration:underline}
.jx .projects-table td .code{display:block}
.jx .count{display:inline-block;min-width:20px;padding:0 6px;margin-left:3px;border-radius:9px;font-size:11.5px;text-align:center}
.jx .sev-error.count,.jx .badge.sev-error{background:var(--error-bg);color:var(--error)}
.jx .sev-warning.count,.jx .badge.sev-warning{background:var(--warning-bg);color:var(--warning)}
.jx .sev-info.count,.jx .badge.sev-info{background:var(--info-bg);color:var(--info)}
.jx .grade-mark{color:var(--muted);font-size:12px}
.jx .dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:5px;background:var(--none);vertical-align:baseline}
.jx .dot.green{background:var(--green)}.jx .dot.yellow{background:var(--yellow)}.jx .dot.red{background:var(--red)}.jx .dot.blue{background:var(--blue)}
.jx table.pairs{background:var(--paper);border:1px solid var(--line);border-radius:10px;border-collapse:separate;border-spacing:0}
.jx table.pairs td .code{display:block}
.jx table.pairs a{color:var(--ink);text-decoration:none}
.jx table.pairs a:hover{color:var(--accent);text-decoration:underline}
.jx table.pairs td:nth-child(3){white-space:nowrap}
.jx .confidence{display:block;font-size:11.5px;color:var(--muted)}
.jx .change.up{color:var(--accent)}.jx .change.down{color:var(--actual)}
.jx .change .percent{display:block;font-size:11.5px;color:var(--muted)}
.jx .move{display:inline-block;padding:0 6px;margin:1px 3px 1px 0;border-radius:9px;font-size:11.5px;white-space:nowrap;background:var(--info-bg);color:var(--info)}
.jx .move.raised{background:#edf5ee;color:var(--green)}.jx .move.lowered{background:var(--warning-bg);color:var(--warning)}
.jx .move.added{background:#eef3f9;color:var(--accent)}.jx .move.removed{background:var(--error-bg);color:var(--error)}
.jx tr.plan-change td,.jx tr.pair-details>td{border-bottom:1px solid #eef0f3;padding-top:0;color:var(--muted);font-size:12.5px}
.jx table.target-changes{table-layout:fixed}
.jx table.target-changes td{border:0;padding:2px 6px;font-size:12.5px;color:var(--ink)}
.jx table.target-changes td:nth-child(1){width:64px}.jx table.target-changes td:nth-child(2),.jx table.target-changes td:nth-child(3){width:30%}
.jx table.target-changes .why,.jx .renamed{color:var(--muted)}
.jx .renamed{display:block;font-size:11.5px}
.jx .unpaired-panels{grid-template-columns:repeat(auto-fit,minmax(280px,1fr))}
.jx .unpaired ul{margin:0;padding-left:18px;font-size:13px}
.jx .unpaired .code{margin-left:6px}
.jx .project-card{padding:16px 20px 14px;margin:0 0 16px;break-inside:avoid;page-break-inside:avoid}
.jx .card-head h3{font-size:16px;display:flex;gap:10px;align-items:baseline}
.jx .card-number{flex:none;display:inline-block;min-width:24px;padding:1px 6px;border-radius:6px;background:var(--soft);color:var(--muted);font-size:12px;text-align:center;font-weight:500}
.jx .card-meta{margin:4px 0 0;font-size:12px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 14px}
.jx .badges{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.jx .badges:empty{display:none}
.jx .badge{font-size:12px;padding:1px 9px;border-radius:999px;background:var(--soft);color:var(--muted);white-space:nowrap}
.jx .badge.grade{background:#eef3f8;color:var(--accent)}
.jx .badge.redacted{background:#1d2733;color:#fff}
.jx .card-body{display:grid;grid-template-columns:minmax(220px,1fr) minmax(280px,1.45fr);gap:8px 24px;align-items:start;margin-top:14px}
.jx .figures{display:grid;grid-template-columns:1fr 1fr;gap:10px 16px;margin:0}
.jx .figure{margin:0}
.jx .figure dt{font-size:12px;color:var(--muted)}
.jx .figure dd{margin:0;font-size:15px}
.jx .figure.main{grid-column:1/-1}
.jx .figure.main dd .num{font-size:24px;font-weight:600}
.jx .figure .missing{color:var(--faint)}
.jx figure.plan{margin:0}
.jx .plan-chart{display:block;width:100%;max-width:520px;height:auto;overflow:visible}
.jx .plan-chart text{font-size:10px;fill:var(--muted);font-family:inherit}
.jx .plan-chart .grid{stroke:#eef0f3;stroke-width:1}
.jx .plan-chart .grid.axis,.jx .plan-chart .tick{stroke:#c4c9d0;stroke-width:1}
.jx .plan-chart .y-label{text-anchor:end;dominant-baseline:middle}
.jx .plan-chart .x-label{text-anchor:middle}
.jx .plan-line{fill:none;stroke:var(--accent);stroke-width:2;stroke-linejoin:round}
.jx .plan-point{fill:var(--paper);stroke:var(--accent);stroke-width:2}
.jx .plan-chart .plan-value{fill:var(--accent);text-anchor:middle;transform:translateY(-8px);font-weight:600}
.jx .actual-line{fill:none;stroke:var(--actual);stroke-width:2;stroke-linejoin:round}
.jx .actual-point{fill:var(--actual)}
.jx .plan-chart .actual-value{fill:var(--actual);text-anchor:start;transform:translate(5px,13px);font-weight:600}
.jx .time-line{stroke:var(--faint);stroke-width:1.2;stroke-dasharray:4 3}
.jx .as-of{stroke:var(--faint);stroke-width:1;stroke-dasharray:2 3}
.jx .plan-chart .as-of-label{text-anchor:end;font-size:9.5px;transform:translateX(-4px)}
.jx .plan-chart .no-plan{text-anchor:middle;fill:var(--faint);font-size:12px}
.jx .legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:12px;color:var(--muted);margin-top:2px;padding-left:40px}
.jx .legend .swatch{width:16px;height:3px;border-radius:0;vertical-align:middle}
.jx .legend .swatch.plan{background:var(--accent)}.jx .legend .swatch.actual{background:var(--actual)}
.jx .legend .swatch.time{background:repeating-linear-gradient(90deg,var(--faint) 0 4px,transparent 4px 7px)}
.jx .findings{list-style:none;margin:6px 0;padding:0}
.jx .finding{font-size:12.5px;padding:5px 10px;margin:4px 0;border-left:3px solid var(--info);background:var(--info-bg);border-radius:0 6px 6px 0}
.jx .finding.sev-error{border-left-color:var(--error);background:var(--error-bg)}
.jx .finding.sev-warning{border-left-color:var(--warning);background:var(--warning-bg)}
.jx .finding .sev{font-weight:600;margin-right:8px}
.jx .finding.sev-error .sev{color:var(--error)}.jx .finding.sev-warning .sev{color:var(--warning)}.jx .finding.sev-info .sev{color:var(--info)}
.jx .finding .where{color:var(--faint);font-size:11px;margin-left:8px;white-space:nowrap}
.jx .finding .suggestion{display:block;color:var(--muted);font-size:12px}
.jx .project-findings{margin-top:14px}
.jx details.texts{margin:10px 0 0;font-size:13px;color:#344054}
.jx details.texts summary{cursor:pointer;color:var(--muted);font-size:12.5px}
.jx details.texts p,.jx details.texts ol{margin:6px 0}
.jx details.texts h4{margin:8px 0 2px;font-size:12.5px;font-weight:600;color:var(--muted)}
.jx table.indicators{margin-top:12px}
.jx .level1-row th{background:var(--soft);color:#344054;font-weight:600;font-size:12.5px;border-bottom:0;padding:5px 8px}
.jx .level2-row th{color:var(--muted);font-size:12px;font-weight:500;padding:6px 8px 2px 14px;border-bottom:1px solid #eef0f3}
.jx .indicator-row td.name{padding-left:22px}
.jx .indicator-row.sev-error td.name{box-shadow:inset 3px 0 var(--error)}
.jx .indicator-row.sev-warning td.name{box-shadow:inset 3px 0 var(--warning)}
.jx .indicator-row.sev-info td.name{box-shadow:inset 3px 0 var(--info)}
.jx .indicator-row .desc,.jx .indicator-row .reason{display:block;font-size:12px;color:var(--muted)}
.jx .indicator-row .reason{color:var(--warning)}
.jx td.target{white-space:nowrap}
.jx table.indicators .name{width:46%}
.jx td.unit-cell,.jx td.colour-cell{white-space:nowrap}
.jx td.target.unparsed{color:var(--error)}
.jx td.score .weight{color:var(--faint);font-size:11.5px}
.jx .finding-row td{padding:0 8px 6px 22px;border-bottom:1px solid #eef0f3}
.jx .finding-row .findings{margin:0}
.jx .budget-row td{font-weight:500;border-top:1px solid #d0d5dd}
.jx .total-row td{font-weight:600}
.jx .empty{color:var(--faint)}
.jx .document-findings{margin-top:12px}
.jx .document-findings h3{font-size:14px;margin-bottom:4px}
.jx .page-foot{max-width:1120px;margin:0 auto;padding:8px 20px 28px;color:var(--faint);font-size:12px}
@media (max-width:960px){
.jx .tiles.many{grid-template-columns:repeat(auto-fit,minmax(190px,1fr))}
.jx .panels{grid-template-columns:repeat(auto-fit,minmax(280px,1fr))}
}
@media (max-width:720px){
.jx .card-body{grid-template-columns:1fr}
.jx .legend{padding-left:0}
}
@media (max-width:560px){
.jx{font-size:13.5px}
.jx .page-head{padding:20px 14px 14px}
.jx h1{font-size:21px}
.jx main{padding:4px 10px 24px}
.jx .tiles{grid-template-columns:1fr 1fr;gap:8px}
.jx .tile{padding:10px 12px}
.jx .tile-value .num{font-size:19px}
.jx .panels{grid-template-columns:1fr}
.jx .project-card{padding:14px 12px 10px;border-radius:8px}
.jx td.target{white-space:normal}
.jx .indicator-row td.name{padding-left:12px}
.jx .finding .where{display:block;margin-left:0}
}
@page{size:A4;margin:12mm 11mm 14mm}
@media print{
.jx{background:#fff;font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.jx .page-head{border:0;padding:0 0 8px}
.jx .toc,.jx .hint,.jx details.texts{display:none}
.jx main{max-width:none;padding:0}
.jx .tile,.jx .panel,.jx .project-card{break-inside:avoid;page-break-inside:avoid}
.jx section>h2{break-after:avoid;page-break-after:avoid}
.jx thead{display:table-header-group}
.jx tr{break-inside:avoid;page-break-inside:avoid}
.jx .table-wrap{overflow:visible}
.jx .projects-table tbody tr:hover{background:none}
.jx a{color:inherit;text-decoration:none}
.jx .card-body{grid-template-columns:minmax(0,1fr) minmax(0,1.45fr)}
.jx .plan-chart{max-width:100%}
.jx .page-foot{padding:8px 0 0}
}
)css";
}

std::string_view sort_script() {
  return R"js(
(function () {
  function key(cell, type) {
    var v = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    if (type !== 'number') return v;
    var n = parseFloat(v);
    return isNaN(n) ? -Infinity : n;
  }
  function compare(a, b, type) {
    if (type === 'number') return a < b ? -1 : a > b ? 1 : 0;
    return String(a).localeCompare(String(b), 'zh-CN');
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      th.tabIndex = 0;
      function sort() {
        var type = th.getAttribute('data-type') || 'text';
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var c = compare(key(a.cells[column], type), key(b.cells[column], type), type);
          return ascending ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
      });
    });
  });
})();
)js";
}

}  // namespace jixiao::report_detail
