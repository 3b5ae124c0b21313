<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics of North Korean defectors, every figure with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (publication date of the newest source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official statistics %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press reports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>number of sources (by kind)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival figures are the Ministry of Unification&apos;s (통일부): its own tables and releases, or its figures as reported by the press. Trade figures go back to China&apos;s customs statistics (General Administration of Customs), as reported by the press and research institutes. Figures on where defectors go come from articles by researchers, journalists and organisations that work with defectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals in South Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China–North Korea trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where defectors go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures %1, sources %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of each figure, with its title, date and address, is shown next to the figure in the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>crossings: there is no display to open the window on (set DISPLAY, or run it under xvfb-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry when the server is back, or continue on the bundled data without the team store (Yes)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>North Korean defectors arriving in South Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People arriving per quarter, %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People arriving per year, %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for several years together (%1) are drawn as brackets across the years they cover, not as single years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No split by sex was published for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no split published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Source audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;figures in their chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this figure in its &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each block is one quantity for which sources report different values, revisions included. The plotted figure comes first, in bold; the others are compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to see how it was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show them in their chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the claim was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures that sources report differently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Export Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingExport</name>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a briefing pack: every figure with its values, the caveats, the audit summary and every source, as one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A briefing is being drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing could not be drawn as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingWriter</name>
    <message>
        <source>North Korean defectors: the figures and their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings briefing · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values plotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1: the values plotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1: the values plotted (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers in brackets are the sources listed at the end of this pack, with where in each source the figure stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each figure counts, and where its sources fall short. The same notes are printed under each figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caveat beyond the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published figures are revised: a provisional figure may change, and earlier figures were corrected years later. This pack records the values it shows; &quot;crossings verify&quot; on this file says whether they are still current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements about these figures in the press and in official releases, checked against the data of this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim differs from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims that differ from the data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every claim with its reasoning: crossings audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source of every figure in this pack, numbered as in the tables, and where in it each figure stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no locator recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CROSSINGS · BRIEFING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People arriving in South Korea, China–North Korea trade, and where defectors resettle: each figure with its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version: %1 (checksum of the figures shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Crossings %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number in this pack carries its source. Figures get revised: &quot;crossings verify&quot; on this file says whether each one is still current, and names any that changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing could not be drawn as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Select the previous or next figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the first or last figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan a zoomed chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckExports</name>
    <message>
        <source>Check Exported Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported figures (*.png *.pdf *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k Exported Figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether exported figures (PNG, PDF, SVG) are still current, and draw them again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckExportsDialog</name>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Exported Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the selected figure again on today&apos;s data, next to the old file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide software often re-encodes images and drops their metadata: check the PDF or SVG export, which keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported by Crossings 0.1: a figure changed, but which one cannot be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open This Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected figure in the window with the same years and options, the changed figures ringed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported figures and whether each is current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitationPanel</name>
    <message>
        <source>(address unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure reported for %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(plotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the figures shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a point, bar or table row to see where its figure comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location in the source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2. Sources: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a reference for the selected figure, or for the whole figure, on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the selected figure and the figures shown come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page shows no figure of its own. The sources of a claim or a conflict are in its details; the figures&apos; sources are listed here when a figure is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(compiled by %1, not plotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (the plotted figures, each with its own source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since %1 was exported (ringed in the chart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the figures it was checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimChecker</name>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the sum of single years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the grouped figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first year against last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the full year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the first quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[used as an upper bound only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[the claim&apos;s own source]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the lowest of %2, in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the highest of %2, in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (the sum of %n figures)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the data, as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, within the rounding of the stated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which rules out the stated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the stated %2, off by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the data, which neither confirms nor rules out the stated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2: the data do not decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the claim&apos;s own source reports this figure, so the data cannot confirm it independently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure it divides by is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure compared with is not published on its own; %1 is used as its upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic on the source&apos;s own figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some figures used are approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked: the check is invalid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the claim&apos;s own source reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stated %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimParser</name>
    <message>
        <source>the check is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;&amp;&apos;, &apos;|&apos; or the end of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check with several readings needs a label on each (e.g. &quot;mom: …&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the reading label &quot;%2&quot; is not a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reading label &quot;%1&quot; (expected %2, to:PERIOD or vs:PERIOD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos;, &apos;&lt;&apos;, &apos;&lt;=&apos;, &apos;&gt;&apos; or &apos;&gt;=&apos; after the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tolerance (±) belongs only to the stated number on the right of a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tolerance (±) is only meaningful with &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check ends where an expression should start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to close the parenthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown word &quot;%1&quot; (expected a number or one of v, sum, min, max, change, part followed by &apos;(&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between the two arguments of change()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the second argument of change()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the argument of part()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot; (expected v, sum, min, max, change or part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number after ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tolerance of a percentage must be written in % too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown series &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ends of &quot;%1&quot; are not the same kind of period (years, quarters, months or fiscal years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs backwards or cannot be expanded (years, quarters, months or fiscal years only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v() takes one period; use sum(), min() or max() for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the check: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimReader</name>
    <message>
        <source>the file cannot be read as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (lower-case letters, digits and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is not in sources.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locator is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Korean text is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimReport</name>
    <message>
        <source>Claims: %1 — holds: %2, differs: %3, cannot be checked: %4, depends on the reading: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliProgram</name>
    <message>
        <source>crossings: the drawing program crossings-gui is not installed beside crossings-cli (reinstall Crossings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crossings: cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>crossings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;crossings --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language: en or ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en or ko)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang both is only for &quot;export --all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected csv or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data needs a dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o needs a file name ending in .png, .pdf or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-dir needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs a size, e.g. 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi needs a number, e.g. 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme needs a theme: light, dark, contrast or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs a format: png, pdf or svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --all writes every figure: name no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --all writes into a folder: use --output-dir DIR, not -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --all needs --output-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected png, pdf or svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a figure: arrivals, trade or destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown figure &quot;%1&quot; (expected arrivals, trade or destinations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs an output file: -o FILE (.png, .pdf or .svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: the file name must end in .png, .pdf or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-dir is only for &quot;export --all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is only for &quot;export --all&quot;; with -o the file name&apos;s extension chooses the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid size &quot;%1&quot; (expected WIDTHxHEIGHT in pixels, e.g. 1920x1080, or 16:9, 4:3, a4-landscape, a4-portrait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid DPI &quot;%1&quot; (expected a whole number from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected light, dark, contrast or print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import --undo takes no file and no other option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a file: crossings import FILE [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import %1 of &quot;%2&quot; (%3): removed %4 figures and %5 sources, restored the status of %6 figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as import %1. &quot;crossings import --undo&quot; takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs a format: csv or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (audit takes no arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view needs a view: overview, asylum, us-arrivals or over-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view is only for &quot;export destinations&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (expected overview, asylum, us-arrivals or over-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years needs a range of years, e.g. 1998-2022, or &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid years &quot;%1&quot; (expected FROM-TO, e.g. 1998-2022, one year, or &quot;all&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 figure has no range of years: it compares each country&apos;s latest figure (--years all is accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the years %1 are outside the %2 figures, which cover %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the years %1 are outside the %2 figures: there are none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--like needs a file exported by Crossings (PNG, PDF or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --like takes the figure and its settings from the old file: give only -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw &quot;%1&quot; again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no figure Crossings draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify needs one or more exported files (PNG, PDF or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported by Crossings %1, which recorded only a checksum of its figures: it differs from today&apos;s, so a figure changed, but which one cannot be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide software often re-encodes images and drops their metadata: check the PDF or SVG export, which keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: current (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outdated (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw it again on today&apos;s data: crossings export --like %1 -o NEW_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crossings: the output could not be written; it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crossings: the output could not be written (%1); it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was imported as import %1; &quot;crossings import --undo&quot; takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--briefing needs a file name ending in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper needs a paper size: a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper is only for &quot;export --briefing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a briefing pack is a PDF: give -o a file name ending in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --briefing takes only --lang, --years and --paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a briefing pack is a PDF: &quot;%1&quot; must end in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper size &quot;%1&quot; (expected a4 or letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected data, export, import, audit, verify or db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db needs an action: init, status or migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown db action &quot;%1&quot; (expected init, status or migrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles crossings_reader and crossings_editor could not be set up: run &quot;crossings db init&quot; as the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set up: data format %2, %3 figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at data format %2, with this version&apos;s bundled dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled dataset: current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled dataset: older than this version&apos;s (&quot;crossings db migrate&quot; updates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: %1, of which imported: %2; imports: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access: may import and undo (crossings_editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access: read only (crossings_reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: crossings_reader (reads), crossings_editor (imports and undoes). Grant one to each login, e.g. CREATE ROLE alice LOGIN IN ROLE crossings_editor;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crossings [--lang en|ko] [--database FILE|URI] [--present FIGURE] [COMMAND]

Crossings: statistics of North Korean defectors, every figure with its source.
Without a command, opens the window.

Commands:
  data arrivals|trade|destinations|events|sources [--format csv|text]
        Print a dataset on standard output, one row per figure, with its period,
        value, unit, status and source; plotted figures and alternatives alike.
  export arrivals|trade|destinations -o FILE [--lang en|ko] [--size SIZE] [--dpi N]
         [--theme light|dark|contrast|print] [--years FROM-TO|all]
         [--view overview|asylum|us-arrivals|over-time]  (destinations)
  export --all --output-dir DIR [--lang en|ko|both] [--format png,pdf,svg]
         [--years FROM-TO|all]
        Write a figure as PNG, PDF or SVG (chosen by FILE&apos;s extension; for --all
        by --format, a list, PNG by default).
        --size: WxH in pixels (1920x1080) or a preset: 16:9, 4:3, a4-landscape,
        a4-portrait. --dpi: dots per inch of a PNG (300 for print).
        --years: the years drawn, e.g. 1998-2022, within the figure&apos;s data, or all.
        Default: arrivals from 1998 to the latest published year, trade 2019-2021.
        Destinations have no range of years.
  export --like OLD_FILE -o FILE
        Draw an exported figure again on today&apos;s data, with the same language,
        years, size, theme and preset.
  export --briefing FILE.pdf [--lang en|ko] [--years FROM-TO|all] [--paper a4|letter]
        A briefing pack: a title page, each figure with the table of its values,
        the caveats, the audit summary and every source with its locator.
  import FILE [--dry-run]
        Check a CSV file of figures and sources (docs/IMPORT.md), show what it adds,
        changes and conflicts with, then add it in one transaction.
  import --undo
        Take back the last import.
  audit [--format csv|text]
        Check the sources&apos; claims against the data.
  verify FILE... [--format text|csv]
        Say whether exported figures (PNG, PDF, SVG) are still current: which
        values changed since, with their new source. Exit status 3: some are
        outdated; 1: a file could not be read or carries no provenance.
  db init|status|migrate
        Set up a store (a team store on a PostgreSQL server: schema, bundled data,
        the roles crossings_reader and crossings_editor), show what it holds and
        what you may do, or upgrade it to this version (docs/TEAM.md).

Options:
  --database FILE   use this database instead of the user&apos;s store
  --database postgresql://[user@][host][:port]/dbname[?host=/socket/dir&amp;sslmode=…]
                    use a team store (password from PGPASSWORD or ~/.pgpass);
                    also from CROSSINGS_DATABASE
  --lang en|ko      language of this run
  --present arrivals|trade|destinations
                    open the window presenting this figure full screen (F5)
  --help            show this help
  --version         show the version

Exit status: 0 success, 1 failure, 2 bad arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--present needs a figure: arrivals, trade or destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--present opens the window; it takes no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crossings: this command draws figures, which the program crossings-gui does; it is not installed beside crossings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the plotted figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add figures and their sources from a CSV file, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every figure with its source as CSV, in the import format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Last Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the import of &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: figures added: %2; corrected: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Last Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the import of &quot;%1&quot; (%2)? Its figures (%3) and new sources (%4) are removed, and the figures it marked superseded (%5) get their status back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last import (&quot;%1&quot;) was made by %2: only %2 can take it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Retry when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else imported figures or took an import back since the window last read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the data now? (Exports always use the data shown.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded the data of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the figures of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the last import back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>[English] %1</source>
        <extracomment>Shown before a text of the dataset that has no Korean form yet (the English is shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote character stands inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source id &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown series &quot;%1&quot; for dataset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; does not match series %2, which is counted in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is outside 1945–2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country or region &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number in base units (persons or US dollars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown qualifier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure has no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event needs both an English and a Korean text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upper end of the range (%1) must be greater than the value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a formula of the form &quot;total - china_exports&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown compiler &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trade figure needs its compiler (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a derived figure needs the formula it was derived by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a derived figure names a formula</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationsChart</name>
    <message>
        <source>Asylum decisions on North Koreans in Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Korean refugees admitted to the United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where North Korean defectors live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications and rejections per country, people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refugee arrivals per US fiscal year, people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US federal fiscal years run from October to September: %1 is %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not strictly comparable: the bars count different things, each as of its own date: %1. Estimates and approximate figures are hatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate or approximate figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US federal fiscal year (October to September)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where North Korean defectors go, year by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year (US: federal fiscal year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not strictly comparable: %1. US: federal fiscal years (October to September); the others: calendar years. A year with none sits on the bottom line (0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per year where a yearly series is published, logarithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per year where a yearly series is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest figure per country, people, logarithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest figure per country, people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (logarithmic scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (the axis is broken after %1: beyond the break, a compressed scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per year (logarithmic scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <source>%1 — %2, %3 (%4)
Source: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figure as PNG, PDF or SVG, with its title and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figure with its title and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page shows no figure: open a figure first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the figure on the clipboard as an image in the window&apos;s colours, with its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exported file&apos;s folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure copied to the clipboard with its sources (dark, as the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure copied to the clipboard with its sources (light, as the window)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCheck</name>
    <message>
        <source>the file names no figure Crossings can draw again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s record of its figures is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; source: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide 4:3 (1600 × 1200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast (projectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (grey scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure is written here; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 page, vector: text stays text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 mm page, vector: text stays text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, vector: text stays text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name ends in .%1 but the format is %2: change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMetadata</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for an exported figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Crossings provenance in the file: not exported by Crossings, or its metadata was stripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PNG, PDF or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>%1 dpi is out of range: from %2 to %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1×%2 is out of range: each side must be from %3 to %4 pixels, and at most %5 pixels in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureChartBase</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open point (○) is an approximate figure (rounded in the report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since %1 was exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diamond (◇) marks a figure that other sources report differently; the chart shows one of them (final before provisional, official before press).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A square (■) is a figure derived from other published figures (a total minus one flow, or a year-to-date minus the months before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from other figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sources report another figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigurePage</name>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China trade collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where defectors go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of the chart; Ctrl+C copies the selected cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the arrivals as a line or as bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum decisions in Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US refugee arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which view of the destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Men and women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show men and women separately where the split was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly figures, for the years where quarters were published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logarithmic value axis, so that the collapse stays readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dated events on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole figure again (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time, by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1998 to the latest year with a final or provisional figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure&apos;s default years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span of the original briefs, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point, bar or bracket to select its figure, or a legend entry to hide or show its series. Left and Right select the previous or next figure, Home and End the first and last; + and - zoom, 0 resets, Shift and the arrow keys pan a zoomed chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells with a column numbering their sources, listed below them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logarithmic value axis: equal steps are equal ratios, so a bar&apos;s length no longer compares amounts. Linear (the default) splits the axis instead where the largest figures dwarf the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the caveat on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole caveat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <source>Crossings %1 · data as of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure could not be drawn as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more source, listed in the file&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more sources, listed in the file&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1 dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Crossings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (docs/IMPORT.md lists the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region &quot;%1&quot; does not fit the %2 dataset, which has %3 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is cumulative; the %2 dataset has no cumulative figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is a US fiscal year; the %2 dataset is counted in calendar years, quarters and months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is a date (a stock); the %2 dataset counts what happened in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is a single day; figures are counted per year, quarter or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period &quot;%1&quot; does not fit the %2 dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cumulative figure needs a period up to a date, like ../2025, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period &quot;%1&quot; has not begun yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database already has this figure: %1 from source &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is already in the database with %2 &quot;%3&quot;; leave the column empty or give the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of source &quot;%2&quot; differs from line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source id &quot;%1&quot; must be lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is new: give its kind (article, official, press or estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected article, official, press or estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is new: give its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is not a date written YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en, ko, ja or zh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address &quot;%1&quot; does not start with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown detail &quot;%1&quot; in unconfirmed (expected author, outlet, published or url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;: the database does not have it and no row of this file describes it (source_kind, source_title_en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: %3, from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: %3 (%4) → superseded by %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: %3 (%4) differs from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: problems found: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: figures to add: %2; new sources: %3; changes: %4; conflicts: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (figures a newer source corrects; they are kept, marked superseded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (figures that differ from another source&apos;s; both are kept and the plotted one is chosen by rule):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a Korean form (accepted; the Korean window shows the English, marked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a device or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has %1 columns; an import file has at most %2 (docs/IMPORT.md lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains a control character (%1), which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text starts with &quot;%1&quot;, which spreadsheets take for a formula; begin it with a word or a number instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is after today: a source cannot be published in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 more problems, by kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: figures to add: %2 · new sources: %3 · changes: %4 · conflicts: %5.
A change marks a figure that a newer source corrects as superseded; a conflict is a figure that differs from another source&apos;s, and both are kept. Nothing is written until you choose Import, and File → Undo Last Import takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: problems found: %2. Nothing was written; correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New figures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Korean (%1)</source>
        <extracomment>Tab of the import preview: rows accepted without a Korean note or locator.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: where a Korean form is missing, the Korean window and exports show the English text, marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean form missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, the figures and their exports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart does not draw these figures with its current options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 figures from %3 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide where the figures come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole figure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2 and Ctrl+3 open the three figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported by Crossings 0.1: a figure changed, but which one cannot be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the figures changed since the export are ringed in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure full screen for a meeting room: arrow keys step through the figures, Page Down/Up change the figure, Escape leaves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow: the figures one by one, each with its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right/Left: the figures one by one · Page Down/Up: the next or previous chart · L: %1 · Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Could not save &quot;%1&quot;: it is a link to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: it is not a regular file (a device, a pipe or a socket) and is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: the folder &quot;%2&quot; is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: the disk is full (&quot;%2&quot;, on %3). Nothing was written; free some space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesTableModel</name>
    <message>
        <source>No figure published or found for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3
Source: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sources report a different figure; see the citation panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of the window&apos;s commands, by menu, and of a chart that has the keyboard focus (click it or reach it with Tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot read the database: figure %1 has an unknown %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: source %1 has an unknown %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open an in-memory database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled dataset is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Crossings database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the integrity check failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of Crossings (data format %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite file but not a Crossings database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an older data format; open it in the window once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration from data format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database changed after the file was checked; check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is already in the database; check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was left unfinished by an interrupted import, and no temporary copy could be made to read it (is the temporary folder full?). The next import or the window finishes the recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Crossings database (it belongs to another program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read this team store but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last import (&quot;%1&quot;, %2) was made by %3: only %3 can take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql); a team store cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a schema &quot;crossings&quot; that is not a Crossings store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Crossings (data format %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Crossings data yet; its administrator sets it up with &quot;crossings db init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older data format (%2); its administrator upgrades it with &quot;crossings db migrate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: a figure of %1 has an unknown %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>Store &amp;Location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the figures are kept: your own store or a team store on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window still shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now showing the figures of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Store Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the window&apos;s figures are kept. A team store on a PostgreSQL server gives everybody in a team the same figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My own store on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another store &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;team store on a PostgreSQL server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a team store address: choose &quot;A team store&quot; for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team store&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings stores (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD, never from the address. Your administrator gives you the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>&quot;%1&quot; is not a valid team store address: %2. Expected postgresql://[user@][host][:port]/database[?host=/socket/folder&amp;sslmode=…].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a password; give the password in ~/.pgpass or PGPASSWORD, never in the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is missing after &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; contains &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no usable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces or quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team store &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team store &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>Cannot move &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue on the bundled data? The damaged file will be kept as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue on the bundled data, without saving changes? The file will not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeChart</name>
    <message>
        <source>China–North Korea trade collapses in 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month, in US dollars (log scale), China&apos;s customs figures, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month, in US dollars, China&apos;s customs figures, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap is a month for which no figure was published or found, not a zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures published for two months together (%1) are drawn across both months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for both months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars (logarithmic scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
