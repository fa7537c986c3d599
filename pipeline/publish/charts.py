"""Server-side SVG charts for the charts page: no JavaScript, nothing fetched.

:func:`line_chart` draws a KPI over time (one line per series, one point
per period, the value printed on each point); :func:`attendance_charts`
one horizontal stacked bar per member (present, apologies, absent) for
each committee. Both take the rows of the canned queries ``kpi_over_time``
and ``attendance_by_member``, so the chart shows exactly what the query
returns.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from markupsafe import Markup, escape

PALETTE = ["#1f6fb2", "#d9480f", "#2b8a3e", "#862e9c", "#c2255c", "#5c940d", "#0b7285", "#e67700"]
STATUS_COLOURS = {"present": "#2b8a3e", "apologies": "#f08c00", "absent": "#c92a2a"}
FONT = "font-family=\"-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\""


def kpi_points(rows: list[dict]) -> list[dict]:
    """Group ``kpi_over_time`` rows into series of points, one per period.

    A period reported at several meetings keeps the value of the latest one.
    """
    series: OrderedDict[tuple, dict] = OrderedDict()
    for row in rows:
        key = (row.get("series") or "value", row.get("unit") or "", row.get("council") or "")
        entry = series.setdefault(key, {"name": key[0], "unit": key[1], "points": {}})
        period = row.get("period") or row.get("meeting_date") or "?"
        previous = entry["points"].get(period)
        if previous is None or (row.get("meeting_date") or "") >= (previous.get("meeting_date") or ""):
            entry["points"][period] = row
    units = {unit for _, unit, _ in series}
    councils = {council for _, _, council in series}
    out = []
    for (name, unit, council), entry in series.items():
        label = f"{name} ({unit})" if len(units) > 1 and unit else name
        if len(councils) > 1 and council:
            label = f"{label}, {council}"
        points = [
            {"x": period, "value": row["value"], "raw": row.get("raw"), "meeting_date": row.get("meeting_date"),
             "page_url": row.get("page_url"), "text_url": row.get("text_url"), "table_title": row.get("table_title")}
            for period, row in sorted(entry["points"].items())
        ]  # fmt: skip
        out.append({"name": label, "unit": unit, "points": points})
    return out


def _month(period: str) -> int | None:
    """Months since year 0 for a ``YYYY-MM`` period, else None."""
    if len(period) == 7 and period[4] == "-" and period[:4].isdigit() and period[5:].isdigit():
        return int(period[:4]) * 12 + int(period[5:]) - 1
    return None


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        candidate = step * 10**exponent
        if candidate >= value:
            return candidate
    return 10 ** (exponent + 1)


def format_value(value: float, unit: str = "") -> str:
    if unit in ("£", "GBP") and abs(value) >= 1_000_000:
        return f"£{value / 1_000_000:.1f}m"
    if unit in ("£", "GBP") and abs(value) >= 1000:
        return f"£{value / 1000:.0f}k"
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    if unit == "%":
        return text + "%"
    if unit in ("£", "GBP"):
        return "£" + text
    return text


def line_chart(series: list[dict], width: int = 820, height: int = 340) -> Markup:
    """A line chart of KPI series over their periods (categorical x axis, in order)."""
    series = [s for s in series if s["points"]][: len(PALETTE)]
    if not series:
        return Markup('<p class="cp-empty">No KPI values match: try one of the KPIs listed below.</p>')
    periods = sorted({p["x"] for s in series for p in s["points"]})
    values = [p["value"] for s in series for p in s["points"]]
    units = {s["unit"] for s in series}
    unit = units.pop() if len(units) == 1 else ""
    top = max(values)
    y_max = 100.0 if unit == "%" and top <= 100 else _nice_max(top)
    y_min = min(0.0, min(values))
    left, right, upper, lower = 64, 56, 36, 48
    plot_w, plot_h = width - left - right, height - upper - lower

    inset = 28  # keep the first and last points off the axes
    months = [_month(p) for p in periods]
    if all(m is not None for m in months) and len(set(months)) > 1:  # YYYY-MM periods: a time axis, gaps shown
        first, span = min(months), max(months) - min(months)
        position = {p: (m - first) / span for p, m in zip(periods, months)}
    else:  # years like 2023/24, quarters, mixed: in order, evenly spaced
        position = {p: (i / (len(periods) - 1) if len(periods) > 1 else 0.5) for i, p in enumerate(periods)}

    def x_of(period: str) -> float:
        return left + inset + (plot_w - 2 * inset) * position[period]

    def y_of(value: float) -> float:
        return upper + plot_h * (1 - (value - y_min) / ((y_max - y_min) or 1))

    parts = [
        f'<svg class="cp-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="KPI over time" {FONT} font-size="12">'
    ]
    for i in range(5):
        value = y_min + (y_max - y_min) * i / 4
        y = y_of(value)
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e6ea"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" fill="#555">{escape(format_value(value, unit))}</text>')
    last_x = -1e9
    for period in periods:  # every period that has room for its label
        x = x_of(period)
        if x - last_x >= 58 or period == periods[-1] and x - last_x >= 40:
            parts.append(f'<text x="{x:.1f}" y="{height - lower + 20}" text-anchor="middle" fill="#333">{escape(period)}</text>')
            last_x = x
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y_of(y_min):.1f}" y2="{y_of(y_min):.1f}" stroke="#888"/>')
    label_points = sum(len(s["points"]) for s in series) <= 24
    for colour, s in zip(PALETTE, series):
        coords = [(x_of(p["x"]), y_of(p["value"]), p) for p in s["points"]]
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in coords)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
        labelled_x = -1e9
        for x, y, p in coords:
            tip = f"{s['name']}, {p['x']}: {p['raw'] or format_value(p['value'], s['unit'])} (meeting {p['meeting_date']})"
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}" stroke="#fff" stroke-width="1.5">'
                f"<title>{escape(tip)}</title></circle>"
            )
            if label_points and x - labelled_x >= 48:  # value printed where it has room (always in the tooltip)
                labelled_x = x
                parts.append(
                    f'<text x="{x:.1f}" y="{y - 10:.1f}" text-anchor="middle" fill="{colour}" font-weight="600">'
                    f"{escape(format_value(p['value'], s['unit']))}</text>"
                )
    parts.append("</svg>")
    legend = "".join(
        f'<li><span class="cp-swatch" style="background:{colour}"></span>{escape(s["name"])}</li>'
        for colour, s in zip(PALETTE, series)
    )
    return Markup("".join(parts) + f'<ul class="cp-legend">{legend}</ul>')


def attendance_charts(rows: list[dict], width: int = 820, max_committees: int = 12) -> list[dict]:
    """One chart per council and committee: a stacked bar per member, longest attendance first."""
    groups: OrderedDict[tuple, list[dict]] = OrderedDict()
    for row in rows:
        groups.setdefault((row.get("council") or "", row.get("committee") or ""), []).append(row)
    charts = []
    for (council, committee), members in list(groups.items())[:max_committees]:
        members = sorted(members, key=lambda r: (-(r.get("attendance_rate") or 0), -(r.get("present") or 0), r.get("name") or ""))
        most = max((r.get("recorded_meetings") or 0) for r in members) or 1
        name_w, rate_w, bar_h, gap, top = 190, 150, 18, 8, 8
        bar_w = width - name_w - rate_w
        height = top * 2 + len(members) * (bar_h + gap)
        parts = [
            f'<svg class="cp-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'role="img" aria-label="Attendance, {escape(committee)}" {FONT} font-size="12">'
        ]
        for i, r in enumerate(members):
            y = top + i * (bar_h + gap)
            parts.append(f'<text x="{name_w - 10}" y="{y + 13}" text-anchor="end" fill="#222">{escape(r.get("name") or "?")}</text>')
            x = float(name_w)
            for status in ("present", "apologies", "absent"):
                n = r.get(status) or 0
                if not n:
                    continue
                w = bar_w * n / most
                parts.append(
                    f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{STATUS_COLOURS[status]}">'
                    f"<title>{escape(r.get('name') or '')}: {n} {status}</title></rect>"
                )
                x += w
            rate = r.get("attendance_rate")
            rate_text = f"{rate * 100:.0f}%" if rate is not None else "n/a"
            parts.append(
                f'<text x="{x + 8:.1f}" y="{y + 13}" fill="#333"><tspan font-weight="600">{rate_text}</tspan> '
                f"({r.get('present') or 0} of {r.get('recorded_meetings') or 0})</text>"
            )
        parts.append("</svg>")
        charts.append({"council": council, "committee": committee, "svg": Markup("".join(parts)), "members": len(members)})
    return charts
