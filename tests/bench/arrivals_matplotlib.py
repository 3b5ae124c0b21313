# SPDX-License-Identifier: GPL-3.0-or-later
"""The arrivals chart as a policy analyst would script it with matplotlib, for the benchmark's
comparison (docs/PERFORMANCE.md): the same figures, read from `crossings data arrivals`,
`crossings data events` and `crossings data sources` (CSV files), drawn to an A4 landscape PDF
with title, subtitle, line and points, the grouped years as brackets, numbered events with
their key, the peak and the low, and the sources.

    python3 arrivals_matplotlib.py ARRIVALS.csv EVENTS.csv SOURCES.csv OUT.pdf
"""
import csv
import sys
import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

FIRST, LAST = 1998, 2022


def year_range(code):
    """'2009' -> (2009, 2009); '1999/2001' -> (1999, 2001); '../1998' -> (None, 1998)."""
    if code.startswith(".."):
        return None, int(code[3:7])
    if "/" in code:
        a, b = code.split("/")
        return int(a[:4]), int(b[:4])
    return int(code[:4]), int(code[:4])


def main(arrivals_csv, events_csv, sources_csv, out_pdf):
    with open(arrivals_csv, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["plotted"] == "1" and r["series"] == "total"]
    with open(events_csv, newline="", encoding="utf-8") as f:
        events = [e for e in csv.DictReader(f) if "arrivals" in e["figures"].split(";")]
    with open(sources_csv, newline="", encoding="utf-8") as f:
        sources = {s["id"]: s for s in csv.DictReader(f)}

    points, spans = [], []
    for r in rows:
        first, last = year_range(r["period"])
        if first == last and FIRST <= last <= LAST and len(r["period"]) == 4:
            points.append((last, int(r["value"])))
        elif first != last and last <= LAST:
            spans.append((first if first else FIRST - 0.5, last, int(r["value"]), r["period_label"]))
    points.sort()

    # Hangul in outlets' names (e.g. "(아주경제)") comes from Noto CJK, the rest from DejaVu.
    plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK JP"]
    fig = plt.figure(figsize=(11.69, 8.27))
    ax = fig.add_axes([0.08, 0.30, 0.88, 0.56])
    fig.text(0.03, 0.95, "North Korean defectors arriving in South Korea", fontsize=18,
             fontweight="bold")
    fig.text(0.03, 0.915, f"People arriving per year, {FIRST}–{LAST}", fontsize=12, color="#444")
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    ax.plot(xs, ys, color="#1f6f9f", linewidth=2, marker="o", markersize=4, label="Arrivals")
    for x0, x1, value, label in spans:
        ax.plot([x0 - 0.5 if x0 >= FIRST else x0, x1 + 0.5], [value, value], color="#1f6f9f",
                linewidth=2.5)
        ax.text((max(x0, FIRST - 0.5) + x1) / 2, value + 120, f"{label}\n{value:,} together",
                ha="center", fontsize=8, color="#1f6f9f")
    peak = max(points, key=lambda p: p[1])
    low = min(points, key=lambda p: p[1])
    ax.annotate(f"Peak: {peak[1]:,} ({peak[0]})", peak, xytext=(0, 10),
                textcoords="offset points", ha="center", fontsize=8, fontweight="bold")
    ax.annotate(f"Lowest: {low[1]:,} ({low[0]})", low, xytext=(0, 12),
                textcoords="offset points", ha="center", fontsize=8, fontweight="bold")
    ax.set_xlim(FIRST - 1, LAST + 0.5)
    ax.set_ylim(0, max(ys) * 1.25)
    key = []
    for n, e in enumerate(events, 1):
        first, last = year_range(e["period"])
        first = first if first else last
        if last < FIRST - 1 or first > LAST:
            continue
        if first == last:
            ax.axvline(first, color="#888", linestyle="--", linewidth=0.8)
        else:
            ax.axvspan(first - 0.5, last + 0.5, color="#888", alpha=0.12)
        ax.text(first, ax.get_ylim()[1], str(n), ha="center", va="bottom", fontsize=7,
                bbox=dict(boxstyle="circle,pad=0.2", fc="#444", ec="none"), color="white")
        key.append(f"{n} {e['text_en']} ({e['period']})")
    ax.set_ylabel("People per year")
    ax.set_xticks(range(FIRST, LAST + 1))
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.grid(axis="y", color="#ddd")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, -0.22), frameon=False)
    fig.text(0.03, 0.17, textwrap.fill("   ".join(key), 190), fontsize=7, color="#444",
             va="top")
    cited = sorted({r["source_id"] for r in rows})
    citation = "Sources: " + "; ".join(
        f"{sources[s]['title_en']}, {sources[s]['outlet']}, {sources[s]['published']}"
        for s in cited if s in sources)
    fig.text(0.03, 0.08, textwrap.fill(citation, 200), fontsize=7, va="top")
    fig.savefig(out_pdf)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
