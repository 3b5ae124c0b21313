<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Crossings</source>
        <translation>Crossings 정보</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Crossings</translation>
    </message>
    <message>
        <source>Statistics of North Korean defectors, every figure with its source.</source>
        <translation>모든 수치에 출처를 밝힌 탈북민 통계.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Data version:</source>
        <translation>데이터 버전:</translation>
    </message>
    <message>
        <source>no figures loaded</source>
        <translation>불러온 수치 없음</translation>
    </message>
    <message>
        <source>%1 (publication date of the newest source)</source>
        <translation>%1 (가장 최근 출처의 발행일)</translation>
    </message>
    <message>
        <source>official statistics %1</source>
        <translation>공식 통계 %1건</translation>
    </message>
    <message>
        <source>press reports %1</source>
        <translation>언론 보도 %1건</translation>
    </message>
    <message>
        <source>articles %1</source>
        <translation>분석·논평 %1건</translation>
    </message>
    <message>
        <source>estimates %1</source>
        <translation>추정 %1건</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>수치:</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>수치의 출처</translation>
    </message>
    <message>
        <source>Crossings is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Crossings는 자유 소프트웨어입니다. GNU 일반 공중 사용 허가서 버전 3 또는 그 이후 버전의 조건에 따라 재배포하거나 수정할 수 있습니다. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt 정보</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Arrival figures are the Ministry of Unification&apos;s (통일부): its own tables and releases, or its figures as reported by the press. Trade figures go back to China&apos;s customs statistics (General Administration of Customs), as reported by the press and research institutes. Figures on where defectors go come from articles by researchers, journalists and organisations that work with defectors.</source>
        <translation>입국 수치는 통일부 통계로, 통일부가 직접 발표한 표와 보도자료 또는 이를 인용한 언론 보도에서 가져왔습니다. 교역 수치는 중국 해관총서 통계를 언론과 연구 기관이 보도한 것입니다. 탈북민의 행선지 수치는 연구자, 언론인, 탈북민 지원 단체의 글에서 가져왔습니다.</translation>
    </message>
    <message>
        <source>Arrivals in South Korea</source>
        <translation>탈북민 국내 입국</translation>
    </message>
    <message>
        <source>China–North Korea trade</source>
        <translation>북중 교역</translation>
    </message>
    <message>
        <source>Where defectors go</source>
        <translation>탈북민의 행선지</translation>
    </message>
    <message>
        <source>figures %1, sources %2</source>
        <translation>수치 %1건, 출처 %2건</translation>
    </message>
    <message>
        <source>The source of each figure, with its title, date and address, is shown next to the figure in the window.</source>
        <translation>각 수치의 출처(제목, 발행일, 주소)는 창에서 해당 수치 옆에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>number of sources (by kind)</comment>
        <translation>%1건 (%2)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>crossings: there is no display to open the window on (set DISPLAY, or run it under xvfb-run).</source>
        <translation>crossings: 창을 열 디스플레이가 없습니다(DISPLAY를 설정하거나 xvfb-run으로 실행하십시오).</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Crossings</translation>
    </message>
    <message>
        <source>Retry when the server is back, or continue on the bundled data without the team store (Yes)?</source>
        <translation>서버가 돌아오면 다시 시도하시겠습니까, 아니면 팀 저장소 없이 내장 데이터로 계속하시겠습니까(예)?</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>North Korean defectors arriving in South Korea</source>
        <translation>탈북민 국내 입국 인원</translation>
    </message>
    <message>
        <source>People arriving per quarter, %1–%2</source>
        <translation>분기별 입국 인원, %1~%2년</translation>
    </message>
    <message>
        <source>People arriving per year, %1–%2</source>
        <translation>연도별 입국 인원, %1~%2년</translation>
    </message>
    <message>
        <source>Figures for several years together (%1) are drawn as brackets across the years they cover, not as single years.</source>
        <translation>여러 해를 합친 수치(%1)는 한 해의 수치로 그리지 않고, 해당 연도 전체에 걸친 괄호로 표시했습니다.</translation>
    </message>
    <message>
        <source>No split by sex was published for %1.</source>
        <translation>성별 수치가 공표되지 않은 기간: %1.</translation>
    </message>
    <message>
        <source>People per quarter</source>
        <translation>분기별 인원(명)</translation>
    </message>
    <message>
        <source>People per year</source>
        <translation>연간 인원(명)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>누계 %1</translation>
    </message>
    <message>
        <source>%1 together</source>
        <translation>합계 %1</translation>
    </message>
    <message>
        <source>%1 (no split published)</source>
        <translation>%1 (성별 미공표)</translation>
    </message>
    <message>
        <source>Peak: %1 (%2)</source>
        <translation>최고: %1 (%2)</translation>
    </message>
    <message>
        <source>Lowest: %1 (%2)</source>
        <translation>최저: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1

Note: %2</source>
        <translation>%1

참고: %2</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Check against the data</source>
        <translation>데이터 대조 결과</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Source audit</source>
        <translation>출처 검증</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>모든 주장</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>판정: %1</translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation>주장 (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>출처 간 불일치 (%1)</translation>
    </message>
    <message>
        <source>Show the &amp;figures in their chart</source>
        <translation>차트에서 수치 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Show this figure in its &amp;chart</source>
        <translation>차트에서 이 수치 보기(&amp;C)</translation>
    </message>
    <message>
        <source>Each block is one quantity for which sources report different values, revisions included. The plotted figure comes first, in bold; the others are compared with it.</source>
        <translation>각 묶음은 출처마다 다른 값이 보고된 한 항목입니다(수정된 수치 포함). 차트에 표시되는 수치가 굵은 글씨로 맨 앞에 오고, 나머지는 그 수치와 비교합니다.</translation>
    </message>
    <message>
        <source>Select a claim to see how it was checked.</source>
        <translation>주장을 선택하면 어떻게 검증했는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Figures used:</source>
        <translation>사용한 수치:</translation>
    </message>
    <message>
        <source>show them in their chart</source>
        <translation>차트에서 보기</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>검증식:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>출처 검증</translation>
    </message>
    <message>
        <source>&amp;Open the source</source>
        <translation>출처 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>How the claim was checked</source>
        <translation>주장의 검증 방법</translation>
    </message>
    <message>
        <source>Figures that sources report differently</source>
        <translation>출처마다 다르게 보고된 수치</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Export Briefing</source>
        <translation>브리핑 내보내기</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>BriefingExport</name>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>브리핑 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a briefing pack: every figure with its values, the caveats, the audit summary and every source, as one PDF</source>
        <translation>브리핑 자료를 PDF 한 파일로 저장합니다: 모든 그림과 수치, 유의 사항, 검증 요약, 모든 출처</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>브리핑 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>A briefing is being drawn.</source>
        <translation>브리핑을 그리는 중입니다.</translation>
    </message>
    <message>
        <source>Laying out the briefing…</source>
        <translation>브리핑을 배치하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The briefing could not be drawn as PDF.</source>
        <translation>브리핑을 PDF로 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Briefing written: %1</source>
        <translation>브리핑 저장됨: %1</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation>%2쪽 중 %1쪽을 그리는 중…</translation>
    </message>
    <message>
        <source>Briefing cancelled: no file was written.</source>
        <translation>브리핑 취소됨: 파일을 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>BriefingWriter</name>
    <message>
        <source>North Korean defectors: the figures and their sources</source>
        <translation>탈북민 통계: 수치와 출처</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Crossings briefing · %1</source>
        <translation>Crossings 브리핑 · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2쪽</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>표지</translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation>그림 %1: %2</translation>
    </message>
    <message>
        <source>Values plotted</source>
        <translation>그래프의 수치</translation>
    </message>
    <message>
        <source>Figure %1: the values plotted</source>
        <translation>그림 %1: 그래프의 수치</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>국가·지역</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Figure %1: the values plotted (continued)</source>
        <translation>그림 %1: 그래프의 수치 (계속)</translation>
    </message>
    <message>
        <source>The numbers in brackets are the sources listed at the end of this pack, with where in each source the figure stands.</source>
        <translation>괄호 안의 번호는 이 자료 끝에 실린 출처 목록의 번호입니다. 목록에는 각 수치가 출처의 어디에 있는지도 적혀 있습니다.</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>유의 사항</translation>
    </message>
    <message>
        <source>What each figure counts, and where its sources fall short. The same notes are printed under each figure.</source>
        <translation>각 그림이 무엇을 세는지, 출처에 어떤 한계가 있는지 적었습니다. 같은 내용이 각 그림 아래에도 실려 있습니다.</translation>
    </message>
    <message>
        <source>No caveat beyond the sources.</source>
        <translation>출처 외에 따로 유의할 점은 없습니다.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Published figures are revised: a provisional figure may change, and earlier figures were corrected years later. This pack records the values it shows; &quot;crossings verify&quot; on this file says whether they are still current.</source>
        <translation>발표된 수치는 수정됩니다. 잠정 수치는 바뀔 수 있고, 과거 수치가 몇 년 뒤 정정되기도 했습니다. 이 자료는 실린 수치를 기록해 두므로, 이 파일에 &quot;crossings verify&quot;를 실행하면 수치가 아직 최신인지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>검증 요약</translation>
    </message>
    <message>
        <source>Statements about these figures in the press and in official releases, checked against the data of this pack.</source>
        <translation>언론 보도와 공식 발표에 나온 이 수치들에 관한 진술을 이 자료의 데이터와 대조한 결과입니다.</translation>
    </message>
    <message>
        <source>No claim differs from the data.</source>
        <translation>데이터와 다른 진술은 없습니다.</translation>
    </message>
    <message>
        <source>Claims that differ from the data:</source>
        <translation>데이터와 다른 진술:</translation>
    </message>
    <message>
        <source>Every claim with its reasoning: crossings audit.</source>
        <translation>모든 진술과 판단 근거: crossings audit.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Every source of every figure in this pack, numbered as in the tables, and where in it each figure stands.</source>
        <translation>이 자료에 실린 모든 수치의 출처입니다. 번호는 표의 번호와 같고, 각 수치가 출처의 어디에 있는지 함께 적었습니다.</translation>
    </message>
    <message>
        <source>event: %1 (%2)</source>
        <translation>사건: %1 (%2)</translation>
    </message>
    <message>
        <source>no locator recorded</source>
        <translation>위치 기록 없음</translation>
    </message>
    <message>
        <source>CROSSINGS · BRIEFING</source>
        <translation>CROSSINGS · 브리핑</translation>
    </message>
    <message>
        <source>People arriving in South Korea, China–North Korea trade, and where defectors resettle: each figure with its source</source>
        <translation>탈북민 입국, 북중 무역, 탈북민의 정착지: 모든 수치를 출처와 함께</translation>
    </message>
    <message>
        <source>Prepared: %1</source>
        <translation>작성일: %1</translation>
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation>데이터 기준일: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Data version: %1 (checksum of the figures shown)</source>
        <translation>데이터 버전: %1 (실린 수치의 체크섬)</translation>
    </message>
    <message>
        <source>Made with Crossings %1</source>
        <translation>Crossings %1(으)로 작성</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Every number in this pack carries its source. Figures get revised: &quot;crossings verify&quot; on this file says whether each one is still current, and names any that changed.</source>
        <translation>이 자료의 모든 수치에는 출처가 있습니다. 수치는 수정되기도 하므로, 이 파일에 &quot;crossings verify&quot;를 실행하면 각 수치가 아직 최신인지 확인하고 바뀐 수치를 알려 줍니다.</translation>
    </message>
    <message>
        <source>The briefing could not be drawn as PDF.</source>
        <translation>브리핑을 PDF로 그릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Select the previous or next figure</source>
        <translation>이전 또는 다음 수치 선택</translation>
    </message>
    <message>
        <source>Select the first or last figure</source>
        <translation>첫 수치 또는 마지막 수치 선택</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Show the whole figure</source>
        <translation>그림 전체 표시</translation>
    </message>
    <message>
        <source>Pan a zoomed chart</source>
        <translation>확대한 차트 이동</translation>
    </message>
</context>
<context>
    <name>CheckExports</name>
    <message>
        <source>Check Exported Figures</source>
        <translation>내보낸 그림 확인</translation>
    </message>
    <message>
        <source>Exported figures (*.png *.pdf *.svg)</source>
        <translation>내보낸 그림 (*.png *.pdf *.svg)</translation>
    </message>
    <message>
        <source>Chec&amp;k Exported Figures…</source>
        <translation>내보낸 그림 확인(&amp;K)…</translation>
    </message>
    <message>
        <source>Say whether exported figures (PNG, PDF, SVG) are still current, and draw them again</source>
        <translation>내보낸 그림(PNG, PDF, SVG)이 여전히 최신인지 확인하고 다시 그립니다</translation>
    </message>
</context>
<context>
    <name>CheckExportsDialog</name>
    <message>
        <source>current</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>최신 아님</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>확인 불가</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Check Exported Figures</source>
        <translation>내보낸 그림 확인</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Export &amp;Again</source>
        <translation>다시 내보내기(&amp;A)</translation>
    </message>
    <message>
        <source>Draw the selected figure again on today&apos;s data, next to the old file</source>
        <translation>선택한 그림을 오늘의 데이터로 다시 그려 이전 파일 옆에 저장합니다</translation>
    </message>
    <message>
        <source>slide software often re-encodes images and drops their metadata: check the PDF or SVG export, which keep it</source>
        <translation>슬라이드 프로그램은 이미지를 다시 인코딩하면서 메타데이터를 지우는 경우가 많습니다. 메타데이터가 유지되는 PDF나 SVG로 내보낸 파일을 확인하십시오</translation>
    </message>
    <message>
        <source>exported by Crossings 0.1: a figure changed, but which one cannot be named</source>
        <translation>Crossings 0.1로 내보낸 파일: 수치가 바뀌었지만 어느 수치인지는 알 수 없습니다</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>저장함: %1</translation>
    </message>
    <message>
        <source>&amp;Open This Figure</source>
        <translation>이 그림 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected figure in the window with the same years and options, the changed figures ringed</source>
        <translation>선택한 그림을 같은 연도와 옵션으로 창에 표시하고, 바뀐 수치에 고리를 표시합니다</translation>
    </message>
    <message>
        <source>Exported figures and whether each is current</source>
        <translation>내보낸 그림과 최신 여부</translation>
    </message>
</context>
<context>
    <name>CitationPanel</name>
    <message>
        <source>(address unconfirmed)</source>
        <translation>(주소 미확인)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Where in the source:</source>
        <translation>출처 내 위치:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <source>Events in this period</source>
        <translation>이 기간의 사건</translation>
    </message>
    <message>
        <source>Every figure reported for %1, %2 (%3)</source>
        <translation>%1, %2: 보고된 모든 수치 (%3건)</translation>
    </message>
    <message>
        <source>(plotted)</source>
        <translation>(차트 표시)</translation>
    </message>
    <message>
        <source>(selected)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Sources of the figures shown</source>
        <translation>표시된 수치의 출처</translation>
    </message>
    <message>
        <source>No figure is shown.</source>
        <translation>표시된 수치가 없습니다.</translation>
    </message>
    <message>
        <source>(1 figure)</source>
        <translation>(수치 1건)</translation>
    </message>
    <message>
        <source>(%1 figures)</source>
        <translation>(수치 %1건)</translation>
    </message>
    <message>
        <source>Sources of the annotations</source>
        <translation>주석의 출처</translation>
    </message>
    <message>
        <source>Select a point, bar or table row to see where its figure comes from.</source>
        <translation>점, 막대 또는 표의 행을 선택하면 그 수치의 출처를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4, %5.</source>
        <translation>%1 (%2), %3: %4, %5.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>출처: %1.</translation>
    </message>
    <message>
        <source>Location in the source: %1.</source>
        <translation>출처 내 위치: %1.</translation>
    </message>
    <message>
        <source>%1. %2. Sources: %3.</source>
        <translation>%1. %2. 출처: %3.</translation>
    </message>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation>인용 정보를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>여는 중: %1</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>인용 정보 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Put a reference for the selected figure, or for the whole figure, on the clipboard</source>
        <translation>선택한 수치 또는 그림 전체의 인용 정보를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>인용 정보</translation>
    </message>
    <message>
        <source>Where the selected figure and the figures shown come from</source>
        <translation>선택한 수치와 표시된 수치의 출처</translation>
    </message>
    <message>
        <source>This page shows no figure of its own. The sources of a claim or a conflict are in its details; the figures&apos; sources are listed here when a figure is shown.</source>
        <translation>이 페이지에는 자체 그림이 없습니다. 주장이나 출처 간 불일치의 출처는 각 항목의 세부 정보에 있으며, 그림을 표시하면 그 수치의 출처가 여기에 나열됩니다.</translation>
    </message>
    <message>
        <source>Compiled by:</source>
        <translation>집계 기관:</translation>
    </message>
    <message>
        <source>How it was computed:</source>
        <translation>도출 방법:</translation>
    </message>
    <message>
        <source>(compiled by %1, not plotted)</source>
        <translation>(%1 집계, 그래프에 넣지 않음)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 = %2 (the plotted figures, each with its own source)</source>
        <translation>%1 = %2 (그래프에 쓰인 수치, 각각 자체 출처 있음)</translation>
    </message>
    <message>
        <source>Changed since %1 was exported (ringed in the chart):</source>
        <translation>%1을(를) 내보낸 뒤 바뀐 수치 (그래프에 고리로 표시):</translation>
    </message>
    <message>
        <source>Clear the marks</source>
        <translation>표시 지우기</translation>
    </message>
    <message>
        <source>Source of the claim</source>
        <translation>주장의 출처</translation>
    </message>
    <message>
        <source>Sources of the figures it was checked against</source>
        <translation>대조에 쓴 수치의 출처</translation>
    </message>
    <message>
        <source>Claim: %1</source>
        <translation>주장: %1</translation>
    </message>
    <message>
        <source>The selected claim</source>
        <translation>선택한 주장</translation>
    </message>
</context>
<context>
    <name>ClaimChecker</name>
    <message>
        <source>holds</source>
        <translation>부합</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>확인 불가</translation>
    </message>
    <message>
        <source>depends on the reading</source>
        <translation>해석에 따라 다름</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>total</source>
        <translation>누계</translation>
    </message>
    <message>
        <source>span of years</source>
        <translation>기간 합계</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>change</source>
        <translation>증감</translation>
    </message>
    <message>
        <source>count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>against %1</source>
        <translation>%1 대비</translation>
    </message>
    <message>
        <source>from the previous month</source>
        <translation>전월 대비</translation>
    </message>
    <message>
        <source>from a year earlier</source>
        <translation>전년 동월 대비</translation>
    </message>
    <message>
        <source>as the sum of single years</source>
        <translation>연도별 수치의 합으로</translation>
    </message>
    <message>
        <source>as the grouped figure</source>
        <translation>합산 수치로</translation>
    </message>
    <message>
        <source>first year against last</source>
        <translation>첫해와 마지막 해 비교</translation>
    </message>
    <message>
        <source>year by year</source>
        <translation>해마다</translation>
    </message>
    <message>
        <source>for the full year</source>
        <translation>연간 기준</translation>
    </message>
    <message>
        <source>for the first quarter</source>
        <translation>1분기 기준</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4)</source>
        <translation>%1: %2 (%3; %4)</translation>
    </message>
    <message>
        <source>[used as an upper bound only]</source>
        <translation>[상한으로만 사용]</translation>
    </message>
    <message>
        <source>[the claim&apos;s own source]</source>
        <translation>[주장한 출처 자체의 수치]</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation>알 수 없는 값</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>%1 이하</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (the lowest of %2, in %3)</source>
        <translation>%1 (%2 중 최저, %3)</translation>
    </message>
    <message>
        <source>%1 (the highest of %2, in %3)</source>
        <translation>%1 (%2 중 최고, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the sum of %n figures)</source>
        <translation>
            <numerusform>%1 (수치 %n개의 합)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the data, as stated</source>
        <translation>데이터상 %1, 주장과 같음</translation>
    </message>
    <message>
        <source>%1, within the rounding of the stated %2</source>
        <translation>%1, 주장 수치 %2의 반올림 범위 안</translation>
    </message>
    <message>
        <source>%1, which rules out the stated %2</source>
        <translation>%1, 주장 수치 %2일 수 없음</translation>
    </message>
    <message>
        <source>%1 against the stated %2, off by %3</source>
        <translation>%1, 주장 수치 %2 대비 %3 차이</translation>
    </message>
    <message>
        <source>%1 in the data, which neither confirms nor rules out the stated %2</source>
        <translation>데이터상 %1, 주장 수치 %2에 대해 판단할 수 없음</translation>
    </message>
    <message>
        <source>%1 against %2: the data do not decide</source>
        <translation>%1 대 %2: 데이터로는 판단할 수 없음</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ≠ %2</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1: %2보다 낮음</translation>
    </message>
    <message>
        <source>%1 is not below %2</source>
        <translation>%1: %2보다 낮지 않음</translation>
    </message>
    <message>
        <source>%1 is not above %2</source>
        <translation>%1: %2보다 높지 않음</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1: %2보다 높음</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1%p</translation>
    </message>
    <message>
        <source>only the claim&apos;s own source reports this figure, so the data cannot confirm it independently</source>
        <translation>주장한 출처만 이 수치를 보고하므로 데이터로 따로 확인할 수 없음</translation>
    </message>
    <message>
        <source>not in the data: %1</source>
        <translation>데이터에 없음: %1</translation>
    </message>
    <message>
        <source>a figure it divides by is zero</source>
        <translation>나누는 수치가 0임</translation>
    </message>
    <message>
        <source>The figure compared with is not published on its own; %1 is used as its upper bound</source>
        <translation>비교 대상 수치는 따로 공표되지 않아 상한으로 %1 수치를 사용함</translation>
    </message>
    <message>
        <source>Arithmetic on the source&apos;s own figures</source>
        <translation>출처 자체의 수치로 계산함</translation>
    </message>
    <message>
        <source>Some figures used are approximate</source>
        <translation>사용한 수치 일부는 근삿값임</translation>
    </message>
    <message>
        <source>cannot be checked: the check is invalid (%1).</source>
        <translation>확인 불가: 검증식이 올바르지 않음 (%1).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>only the claim&apos;s own source reports it</source>
        <translation>주장한 출처만 보고함</translation>
    </message>
    <message>
        <source>%1 (stated %2)</source>
        <translation>%1 (주장 %2)</translation>
    </message>
    <message>
        <source>%1, not %2 %3</source>
        <translation>%1, %2 %3 아님</translation>
    </message>
    <message>
        <source>the check is invalid</source>
        <translation>검증식이 올바르지 않음</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>ClaimParser</name>
    <message>
        <source>the check is empty</source>
        <translation>검증식이 비어 있습니다</translation>
    </message>
    <message>
        <source>expected &apos;&amp;&apos;, &apos;|&apos; or the end of the check</source>
        <translation>&apos;&amp;&apos;, &apos;|&apos; 또는 검증식의 끝이 와야 합니다</translation>
    </message>
    <message>
        <source>a check with several readings needs a label on each (e.g. &quot;mom: …&quot;)</source>
        <translation>해석이 여럿인 검증식은 해석마다 이름표가 필요합니다(예: &quot;mom: …&quot;)</translation>
    </message>
    <message>
        <source>the reading &quot;%1&quot; appears twice</source>
        <translation>해석 &quot;%1&quot;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; %2</source>
        <translation>%2 &apos;%1&apos;이(가) 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the reading label &quot;%2&quot; is not a period</source>
        <translation>해석 이름표 &quot;%2&quot;의 &quot;%1&quot;은(는) 기간이 아닙니다</translation>
    </message>
    <message>
        <source>unknown reading label &quot;%1&quot; (expected %2, to:PERIOD or vs:PERIOD)</source>
        <translation>알 수 없는 해석 이름표 &quot;%1&quot; (%2, to:기간 또는 vs:기간)</translation>
    </message>
    <message>
        <source>expected &apos;=&apos;, &apos;&lt;&apos;, &apos;&lt;=&apos;, &apos;&gt;&apos; or &apos;&gt;=&apos; after the expression</source>
        <translation>식 뒤에 &apos;=&apos;, &apos;&lt;&apos;, &apos;&lt;=&apos;, &apos;&gt;&apos; 또는 &apos;&gt;=&apos;이(가) 있어야 합니다</translation>
    </message>
    <message>
        <source>a tolerance (±) belongs only to the stated number on the right of a test</source>
        <translation>허용 오차(±)는 비교의 오른쪽에 있는 주장 수치에만 붙일 수 있습니다</translation>
    </message>
    <message>
        <source>a tolerance (±) is only meaningful with &apos;=&apos;</source>
        <translation>허용 오차(±)는 &apos;=&apos;와 함께일 때만 의미가 있습니다</translation>
    </message>
    <message>
        <source>the check ends where an expression should start</source>
        <translation>식이 와야 할 자리에서 검증식이 끝납니다</translation>
    </message>
    <message>
        <source>to close the parenthesis</source>
        <translation>괄호를 닫으려면</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>예상하지 못한 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown word &quot;%1&quot; (expected a number or one of v, sum, min, max, change, part followed by &apos;(&apos;)</source>
        <translation>알 수 없는 단어 &quot;%1&quot; (숫자, 또는 &apos;(&apos;가 뒤따르는 v, sum, min, max, change, part 중 하나)</translation>
    </message>
    <message>
        <source>between the two arguments of change()</source>
        <translation>change()의 두 인수 사이에</translation>
    </message>
    <message>
        <source>after the second argument of change()</source>
        <translation>change()의 두 번째 인수 뒤에</translation>
    </message>
    <message>
        <source>after the argument of part()</source>
        <translation>part()의 인수 뒤에</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot; (expected v, sum, min, max, change or part)</source>
        <translation>알 수 없는 함수 &quot;%1&quot; (v, sum, min, max, change 또는 part)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>expected a number after ±</source>
        <translation>± 뒤에 숫자가 있어야 합니다</translation>
    </message>
    <message>
        <source>the tolerance of a percentage must be written in % too</source>
        <translation>백분율의 허용 오차도 %로 써야 합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자가 있어야 합니다</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1이(가) 있어야 합니다</translation>
    </message>
    <message>
        <source>a dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>after the dataset</source>
        <translation>데이터셋 뒤에</translation>
    </message>
    <message>
        <source>a series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>after the series</source>
        <translation>계열 뒤에</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>after the region</source>
        <translation>지역 뒤에</translation>
    </message>
    <message>
        <source>unknown dataset &quot;%1&quot; (expected %2)</source>
        <translation>알 수 없는 데이터셋 &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>unknown series &quot;%1&quot; of %2</source>
        <translation>%2에 없는 계열 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation>알 수 없는 지역 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of periods</source>
        <translation>&quot;%1&quot;은(는) 기간 범위가 아닙니다</translation>
    </message>
    <message>
        <source>the ends of &quot;%1&quot; are not the same kind of period (years, quarters, months or fiscal years)</source>
        <translation>&quot;%1&quot;의 양 끝이 같은 종류의 기간(연도, 분기, 월 또는 회계연도)이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs backwards or cannot be expanded (years, quarters, months or fiscal years only)</source>
        <translation>&quot;%1&quot;은(는) 거꾸로 되어 있거나 펼칠 수 없습니다(연도, 분기, 월, 회계연도만 가능)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period</source>
        <translation>&quot;%1&quot;은(는) 기간이 아닙니다</translation>
    </message>
    <message>
        <source>v() takes one period; use sum(), min() or max() for several</source>
        <translation>v()에는 기간 하나만 씁니다. 여럿이면 sum(), min() 또는 max()를 쓰십시오</translation>
    </message>
    <message>
        <source>between periods</source>
        <translation>기간 사이에</translation>
    </message>
    <message>
        <source>column %1 of the check: %2</source>
        <translation>검증식 %1번째 글자: %2</translation>
    </message>
</context>
<context>
    <name>ClaimReader</name>
    <message>
        <source>the file cannot be read as CSV</source>
        <translation>파일을 CSV로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>머리글에 &quot;%1&quot; 열이 없습니다</translation>
    </message>
    <message>
        <source>%1 columns where the header has %2</source>
        <translation>머리글은 %2열인데 %1열입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>&quot;%1&quot;은(는) ID가 아닙니다(영문 소문자, 숫자, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>ID &quot;%1&quot;이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected %2)</source>
        <translation>알 수 없는 유형 &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is not in sources.csv</source>
        <translation>출처 &quot;%1&quot;이(가) sources.csv에 없습니다</translation>
    </message>
    <message>
        <source>the locator is empty</source>
        <translation>위치가 비어 있습니다</translation>
    </message>
    <message>
        <source>the English text is empty</source>
        <translation>영어 문장이 비어 있습니다</translation>
    </message>
    <message>
        <source>the Korean text is empty</source>
        <translation>한국어 문장이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>ClaimReport</name>
    <message>
        <source>Claims: %1 — holds: %2, differs: %3, cannot be checked: %4, depends on the reading: %5</source>
        <translation>주장 %1건 — 부합 %2, 불일치 %3, 확인 불가 %4, 해석에 따라 다름 %5</translation>
    </message>
</context>
<context>
    <name>CliProgram</name>
    <message>
        <source>crossings: the drawing program crossings-gui is not installed beside crossings-cli (reinstall Crossings)</source>
        <translation>crossings: 그림을 그리는 프로그램 crossings-gui가 crossings-cli 옆에 설치되어 있지 않습니다(Crossings를 다시 설치하십시오)</translation>
    </message>
    <message>
        <source>crossings: cannot start %1: %2</source>
        <translation>crossings: %1을(를) 시작할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang needs a language: en or ko</source>
        <translation>--lang에는 언어가 필요합니다: en 또는 ko</translation>
    </message>
    <message>
        <source>-o needs a file name ending in .png, .pdf or .svg</source>
        <translation>-o에는 .png, .pdf 또는 .svg로 끝나는 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <source>--output-dir needs a folder</source>
        <translation>--output-dir에는 폴더가 필요합니다</translation>
    </message>
    <message>
        <source>--size needs a size, e.g. 1920x1080</source>
        <translation>--size에는 크기가 필요합니다(예: 1920x1080)</translation>
    </message>
    <message>
        <source>--dpi needs a number, e.g. 300</source>
        <translation>--dpi에는 숫자가 필요합니다(예: 300)</translation>
    </message>
    <message>
        <source>--theme needs a theme: light, dark, contrast or print</source>
        <translation>--theme에는 테마가 필요합니다: light, dark, contrast 또는 print</translation>
    </message>
    <message>
        <source>--format needs a format: png, pdf or svg</source>
        <translation>--format에는 형식이 필요합니다: png, pdf 또는 svg</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export --all writes every figure: name no figure</source>
        <translation>export --all은 모든 그림을 씁니다: 그림 이름을 지정하지 마십시오</translation>
    </message>
    <message>
        <source>export --all writes into a folder: use --output-dir DIR, not -o</source>
        <translation>export --all은 폴더에 씁니다: -o 대신 --output-dir DIR을 사용하십시오</translation>
    </message>
    <message>
        <source>export --all needs --output-dir DIR</source>
        <translation>export --all에는 --output-dir DIR이 필요합니다</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected png, pdf or svg)</source>
        <translation>알 수 없는 형식 &quot;%1&quot; (png, pdf 또는 svg)</translation>
    </message>
    <message>
        <source>export needs a figure: arrivals, trade or destinations</source>
        <translation>export에는 그림 이름이 필요합니다: arrivals, trade 또는 destinations</translation>
    </message>
    <message>
        <source>unknown figure &quot;%1&quot; (expected arrivals, trade or destinations)</source>
        <translation>알 수 없는 그림 &quot;%1&quot; (arrivals, trade 또는 destinations)</translation>
    </message>
    <message>
        <source>export needs an output file: -o FILE (.png, .pdf or .svg)</source>
        <translation>export에는 출력 파일이 필요합니다: -o FILE (.png, .pdf 또는 .svg)</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: the file name must end in .png, .pdf or .svg</source>
        <translation>&quot;%1&quot;의 형식을 알 수 없습니다: 파일 이름은 .png, .pdf 또는 .svg로 끝나야 합니다</translation>
    </message>
    <message>
        <source>--output-dir is only for &quot;export --all&quot;</source>
        <translation>--output-dir은 &quot;export --all&quot;에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>--format is only for &quot;export --all&quot;; with -o the file name&apos;s extension chooses the format</source>
        <translation>--format은 &quot;export --all&quot;에서만 쓸 수 있습니다. -o를 쓰면 파일 확장자가 형식을 정합니다</translation>
    </message>
    <message>
        <source>--lang both is only for &quot;export --all&quot;</source>
        <translation>--lang both는 &quot;export --all&quot;에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>invalid size &quot;%1&quot; (expected WIDTHxHEIGHT in pixels, e.g. 1920x1080, or 16:9, 4:3, a4-landscape, a4-portrait)</source>
        <translation>잘못된 크기 &quot;%1&quot; (픽셀 단위 가로x세로, 예: 1920x1080, 또는 16:9, 4:3, a4-landscape, a4-portrait)</translation>
    </message>
    <message>
        <source>invalid DPI &quot;%1&quot; (expected a whole number from %2 to %3)</source>
        <translation>잘못된 DPI &quot;%1&quot; (%2~%3의 정수)</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected light, dark, contrast or print)</source>
        <translation>알 수 없는 테마 &quot;%1&quot; (light, dark, contrast 또는 print)</translation>
    </message>
    <message>
        <source>crossings: %1</source>
        <translation>crossings: %1</translation>
    </message>
    <message>
        <source>could not create the folder &quot;%1&quot;</source>
        <translation>폴더 &quot;%1&quot;을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>--format needs a format: csv or text</source>
        <translation>--format에는 형식이 필요합니다: csv 또는 text</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected csv or text)</source>
        <translation>알 수 없는 형식 &quot;%1&quot; (csv 또는 text)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (audit takes no arguments)</source>
        <translation>예상하지 못한 인수 &quot;%1&quot; (audit에는 인수가 없습니다)</translation>
    </message>
    <message>
        <source>import --undo takes no file and no other option</source>
        <translation>import --undo에는 파일이나 다른 옵션을 줄 수 없습니다</translation>
    </message>
    <message>
        <source>import needs a file: crossings import FILE [--dry-run]</source>
        <translation>import에는 파일이 필요합니다: crossings import FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Undid import %1 of &quot;%2&quot; (%3): removed %4 figures and %5 sources, restored the status of %6 figures.</source>
        <translation>가져오기 %1(&quot;%2&quot;, %3)을(를) 취소했습니다: 수치 %4건과 출처 %5건을 삭제하고 수치 %6건의 상태를 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Imported as import %1. &quot;crossings import --undo&quot; takes it back.</source>
        <translation>가져오기 %1(으)로 저장했습니다. &quot;crossings import --undo&quot;로 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Run &quot;crossings --help&quot; for the commands and options.</source>
        <translation>명령과 옵션은 &quot;crossings --help&quot;로 확인하십시오.</translation>
    </message>
    <message>
        <source>--database needs a file name</source>
        <translation>--database에는 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en or ko)</source>
        <translation>알 수 없는 언어 &quot;%1&quot; (en 또는 ko)</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>알 수 없는 옵션 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data needs a dataset: %1</source>
        <translation>data에는 데이터 세트가 필요합니다: %1</translation>
    </message>
    <message>
        <source>unknown dataset &quot;%1&quot; (expected %2)</source>
        <translation>알 수 없는 데이터 세트 &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>--view needs a view: overview, asylum, us-arrivals or over-time</source>
        <translation>--view에는 보기가 필요합니다: overview, asylum, us-arrivals 또는 over-time</translation>
    </message>
    <message>
        <source>--view is only for &quot;export destinations&quot;</source>
        <translation>--view는 &quot;export destinations&quot;에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (expected overview, asylum, us-arrivals or over-time)</source>
        <translation>알 수 없는 보기 &quot;%1&quot; (overview, asylum, us-arrivals 또는 over-time)</translation>
    </message>
    <message>
        <source>--years needs a range of years, e.g. 1998-2022, or &quot;all&quot;</source>
        <translation>--years에는 연도 범위(예: 1998-2022) 또는 &quot;all&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>invalid years &quot;%1&quot; (expected FROM-TO, e.g. 1998-2022, one year, or &quot;all&quot;)</source>
        <translation>잘못된 연도 &quot;%1&quot; (시작-끝 형식, 예: 1998-2022, 한 해, 또는 &quot;all&quot;)</translation>
    </message>
    <message>
        <source>the %1 figure has no range of years: it compares each country&apos;s latest figure (--years all is accepted)</source>
        <translation>%1 그림에는 연도 범위가 없습니다. 국가별 최신 수치를 비교하는 그림입니다(--years all은 허용됩니다)</translation>
    </message>
    <message>
        <source>the years %1 are outside the %2 figures, which cover %3</source>
        <translation>%1년은 %2 수치의 범위를 벗어납니다. 수치가 있는 기간: %3년</translation>
    </message>
    <message>
        <source>the years %1 are outside the %2 figures: there are none</source>
        <translation>%1년은 %2 수치의 범위를 벗어납니다. 해당 수치가 없습니다</translation>
    </message>
    <message>
        <source>--like needs a file exported by Crossings (PNG, PDF or SVG)</source>
        <translation>--like에는 Crossings로 내보낸 파일(PNG, PDF 또는 SVG)이 필요합니다</translation>
    </message>
    <message>
        <source>export --like takes the figure and its settings from the old file: give only -o FILE</source>
        <translation>export --like는 그림과 설정을 이전 파일에서 가져옵니다. -o FILE만 지정하십시오</translation>
    </message>
    <message>
        <source>cannot draw &quot;%1&quot; again: %2</source>
        <translation>&quot;%1&quot;을(를) 다시 그릴 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it names no figure Crossings draws</source>
        <translation>Crossings가 그리는 그림이 기록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>verify needs one or more exported files (PNG, PDF or SVG)</source>
        <translation>verify에는 내보낸 파일(PNG, PDF 또는 SVG)이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>exported by Crossings %1, which recorded only a checksum of its figures: it differs from today&apos;s, so a figure changed, but which one cannot be named</source>
        <translation>Crossings %1(으)로 내보낸 파일이라 수치의 체크섬만 기록되어 있습니다. 체크섬이 오늘의 데이터와 달라 수치가 바뀌었지만, 어느 수치인지는 알 수 없습니다</translation>
    </message>
    <message>
        <source>slide software often re-encodes images and drops their metadata: check the PDF or SVG export, which keep it</source>
        <translation>슬라이드 프로그램은 이미지를 다시 인코딩하면서 메타데이터를 지우는 경우가 많습니다. 메타데이터가 유지되는 PDF나 SVG로 내보낸 파일을 확인하십시오</translation>
    </message>
    <message>
        <source>%1: current (%2%3)</source>
        <translation>%1: 최신 (%2%3)</translation>
    </message>
    <message>
        <source>%1: outdated (%2%3)</source>
        <translation>%1: 최신 아님 (%2%3)</translation>
    </message>
    <message>
        <source>Draw it again on today&apos;s data: crossings export --like %1 -o NEW_FILE</source>
        <translation>오늘의 데이터로 다시 그리기: crossings export --like %1 -o NEW_FILE</translation>
    </message>
    <message>
        <source>%1: cannot tell: %2</source>
        <translation>%1: 확인 불가: %2</translation>
    </message>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>crossings: the output could not be written; it is incomplete.</source>
        <translation>crossings: 출력을 쓰지 못했습니다. 출력이 불완전합니다.</translation>
    </message>
    <message>
        <source>crossings: the output could not be written (%1); it is incomplete.</source>
        <translation>crossings: 출력을 쓰지 못했습니다(%1). 출력이 불완전합니다.</translation>
    </message>
    <message>
        <source>The file was imported as import %1; &quot;crossings import --undo&quot; takes it back.</source>
        <translation>파일을 가져오기 %1(으)로 가져왔습니다. &quot;crossings import --undo&quot;로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>--briefing needs a file name ending in .pdf</source>
        <translation>--briefing에는 .pdf로 끝나는 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <source>--paper needs a paper size: a4 or letter</source>
        <translation>--paper에는 용지 크기가 필요합니다: a4 또는 letter</translation>
    </message>
    <message>
        <source>--paper is only for &quot;export --briefing&quot;</source>
        <translation>--paper는 &quot;export --briefing&quot;에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>a briefing pack is a PDF: give -o a file name ending in .pdf</source>
        <translation>브리핑 자료는 PDF입니다: -o에 .pdf로 끝나는 파일 이름을 주십시오</translation>
    </message>
    <message>
        <source>export --briefing takes only --lang, --years and --paper</source>
        <translation>export --briefing에는 --lang, --years, --paper만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>a briefing pack is a PDF: &quot;%1&quot; must end in .pdf</source>
        <translation>브리핑 자료는 PDF입니다: &quot;%1&quot;은(는) .pdf로 끝나야 합니다</translation>
    </message>
    <message>
        <source>unknown paper size &quot;%1&quot; (expected a4 or letter)</source>
        <translation>알 수 없는 용지 크기 &quot;%1&quot; (a4 또는 letter)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected data, export, import, audit, verify or db)</source>
        <translation>알 수 없는 명령 &quot;%1&quot; (data, export, import, audit, verify 또는 db)</translation>
    </message>
    <message>
        <source>db needs an action: init, status or migrate</source>
        <translation>db에는 작업이 필요합니다: init, status 또는 migrate</translation>
    </message>
    <message>
        <source>unknown db action &quot;%1&quot; (expected init, status or migrate)</source>
        <translation>알 수 없는 db 작업 &quot;%1&quot; (init, status 또는 migrate)</translation>
    </message>
    <message>
        <source>The roles crossings_reader and crossings_editor could not be set up: run &quot;crossings db init&quot; as the database&apos;s owner.</source>
        <translation>crossings_reader 및 crossings_editor 역할을 설정할 수 없습니다. 데이터베이스 소유자로 &quot;crossings db init&quot;을 실행하십시오.</translation>
    </message>
    <message>
        <source>%1 is set up: data format %2, %3 figures.</source>
        <translation>%1 설정 완료: 데이터 형식 %2, 수치 %3개.</translation>
    </message>
    <message>
        <source>%1 is at data format %2, with this version&apos;s bundled dataset.</source>
        <translation>%1: 데이터 형식 %2, 이 버전의 내장 데이터 세트.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>저장소: %1</translation>
    </message>
    <message>
        <source>Data format: %1</source>
        <translation>데이터 형식: %1</translation>
    </message>
    <message>
        <source>Bundled dataset: current</source>
        <translation>내장 데이터 세트: 최신</translation>
    </message>
    <message>
        <source>Bundled dataset: older than this version&apos;s (&quot;crossings db migrate&quot; updates it)</source>
        <translation>내장 데이터 세트: 이 버전의 것보다 오래됨(&quot;crossings db migrate&quot;로 갱신)</translation>
    </message>
    <message>
        <source>Figures: %1, of which imported: %2; imports: %3</source>
        <translation>수치: %1개(가져온 수치 %2개), 가져오기: %3건</translation>
    </message>
    <message>
        <source>Connected as: %1</source>
        <translation>접속 사용자: %1</translation>
    </message>
    <message>
        <source>Access: may import and undo (crossings_editor)</source>
        <translation>권한: 가져오기 및 취소 가능(crossings_editor)</translation>
    </message>
    <message>
        <source>Access: read only (crossings_reader)</source>
        <translation>권한: 읽기 전용(crossings_reader)</translation>
    </message>
    <message>
        <source>Roles: crossings_reader (reads), crossings_editor (imports and undoes). Grant one to each login, e.g. CREATE ROLE alice LOGIN IN ROLE crossings_editor;</source>
        <translation>역할: crossings_reader(읽기), crossings_editor(가져오기 및 취소). 로그인마다 하나를 부여하십시오. 예: CREATE ROLE alice LOGIN IN ROLE crossings_editor;</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for %2</source>
        <translation>%2에 없는 옵션 &quot;%1&quot;</translation>
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
        <translation>사용법: crossings [--lang en|ko] [--database FILE|URI] [--present FIGURE] [COMMAND]

Crossings: 모든 수치에 출처를 밝힌 탈북민 통계.
명령 없이 실행하면 창을 엽니다.

명령:
  data arrivals|trade|destinations|events|sources [--format csv|text]
        데이터 세트를 표준 출력에 씁니다. 수치마다 한 행으로 기간, 값, 단위, 상태,
        출처를 보여 주며, 차트에 표시되는 수치와 다른 출처의 수치를 모두 포함합니다.
  export arrivals|trade|destinations -o FILE [--lang en|ko] [--size SIZE] [--dpi N]
         [--theme light|dark|contrast|print] [--years FROM-TO|all]
         [--view overview|asylum|us-arrivals|over-time]  (destinations)
  export --all --output-dir DIR [--lang en|ko|both] [--format png,pdf,svg]
         [--years FROM-TO|all]
        그림을 PNG, PDF 또는 SVG로 씁니다(형식은 FILE의 확장자로 정해지며, --all에서는
        --format 목록으로 정합니다. 기본값은 PNG).
        --size: 픽셀 단위 WxH(1920x1080) 또는 사전 설정: 16:9, 4:3, a4-landscape,
        a4-portrait. --dpi: PNG의 인치당 도트 수(인쇄용은 300).
        --years: 그릴 연도 범위(예: 1998-2022). 그림의 데이터 안이어야 하며, all은 전체.
        기본값: 입국은 1998년부터 최근 발표 연도까지, 교역은 2019~2021년.
        거주 국가 그림에는 연도 범위가 없습니다.
  export --like OLD_FILE -o FILE
        내보낸 그림을 같은 언어, 연도, 크기, 테마, 사전 설정으로 오늘의 데이터로
        다시 그립니다.
  export --briefing FILE.pdf [--lang en|ko] [--years FROM-TO|all] [--paper a4|letter]
        브리핑 자료: 표지, 그림마다 그 수치의 표, 유의 사항, 검증 요약, 모든 출처와
        그 위치를 담은 PDF 한 파일을 씁니다.
  import FILE [--dry-run]
        수치와 출처가 담긴 CSV 파일(docs/IMPORT.md)을 검사해 추가되는 수치, 정정,
        출처 간 불일치를 보여 준 뒤 하나의 트랜잭션으로 추가합니다.
  import --undo
        마지막 가져오기를 취소합니다.
  audit [--format csv|text]
        출처의 주장을 데이터와 대조합니다.
  verify FILE... [--format text|csv]
        내보낸 그림(PNG, PDF, SVG)이 여전히 최신인지 확인합니다. 바뀐 값과 새 출처를
        보여 줍니다. 종료 상태 3: 최신이 아닌 그림이 있음, 1: 읽을 수 없거나 출처
        기록이 없는 파일이 있음.
  db init|status|migrate
        저장소를 설정하거나(PostgreSQL 서버의 팀 저장소: 스키마, 내장 데이터,
        crossings_reader 및 crossings_editor 역할), 저장소의 내용과 내 권한을
        보여 주거나, 이 버전에 맞게 업그레이드합니다(docs/TEAM.md).

옵션:
  --database FILE   사용자 저장소 대신 이 데이터베이스를 사용합니다
  --database postgresql://[user@][host][:port]/dbname[?host=/socket/dir&amp;sslmode=…]
                    팀 저장소를 사용합니다(비밀번호는 PGPASSWORD 또는 ~/.pgpass에서).
                    CROSSINGS_DATABASE로도 지정할 수 있습니다
  --lang en|ko      이번 실행의 언어
  --present arrivals|trade|destinations
                    이 그림을 전체 화면 발표 모드로 보여 주며 창을 엽니다(F5)
  --help            이 도움말을 표시합니다
  --version         버전을 표시합니다

종료 상태: 0 성공, 1 실패, 2 잘못된 인수.
</translation>
    </message>
    <message>
        <source>--present needs a figure: arrivals, trade or destinations</source>
        <translation>--present에는 그림이 필요합니다: arrivals, trade 또는 destinations</translation>
    </message>
    <message>
        <source>--present opens the window; it takes no command</source>
        <translation>--present는 창을 엽니다. 명령과 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>crossings: this command draws figures, which the program crossings-gui does; it is not installed beside crossings</source>
        <translation>crossings: 이 명령은 그림을 그리며, 그림은 crossings-gui 프로그램이 그립니다. 이 프로그램이 crossings 옆에 설치되어 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>plotted</source>
        <translation>차트 표시 수치</translation>
    </message>
    <message>
        <source>same value</source>
        <translation>같은 값</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>모순 없음</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
출처: %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>위치: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Reported value</source>
        <translation>보고된 값</translation>
    </message>
    <message>
        <source>Against the plotted figure</source>
        <translation>차트 수치와의 차이</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발행일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>데이터 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add figures and their sources from a CSV file, after a preview</source>
        <translation>CSV 파일의 수치와 출처를 미리 본 뒤 추가합니다</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Save every figure with its source as CSV, in the import format</source>
        <translation>모든 수치를 출처와 함께 가져오기 형식의 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import</source>
        <translation>마지막 가져오기 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the import of &quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; 가져오기(%2)를 취소합니다</translation>
    </message>
    <message>
        <source>There is no import to undo</source>
        <translation>취소할 가져오기가 없습니다</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>이 파일은 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Imported %1: figures added: %2; corrected: %3.</source>
        <translation>%1을(를) 가져왔습니다: 추가한 수치 %2건, 정정 %3건.</translation>
    </message>
    <message>
        <source>Undo Last Import</source>
        <translation>마지막 가져오기 취소</translation>
    </message>
    <message>
        <source>Take back the import of &quot;%1&quot; (%2)? Its figures (%3) and new sources (%4) are removed, and the figures it marked superseded (%5) get their status back.</source>
        <translation>&quot;%1&quot; 가져오기(%2)를 취소할까요? 이 가져오기로 추가한 수치(%3건)와 새 출처(%4건)를 삭제하고, 수정 전 수치로 표시했던 수치(%5건)는 원래 상태로 되돌립니다.</translation>
    </message>
    <message>
        <source>The import of %1 was taken back.</source>
        <translation>%1 가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot;…</source>
        <translation>&quot;%1&quot; 검사 중…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>가져오기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The last import (&quot;%1&quot;) was made by %2: only %2 can take it back</source>
        <translation>마지막 가져오기(&quot;%1&quot;)는 %2 님이 했습니다. %2 님만 취소할 수 있습니다</translation>
    </message>
    <message>
        <source>Nothing was changed. Retry when the server is back.</source>
        <translation>아무것도 바뀌지 않았습니다. 서버가 돌아오면 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation>%1에 다시 연결했습니다.</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Crossings</translation>
    </message>
    <message>
        <source>Someone else imported figures or took an import back since the window last read %1.</source>
        <translation>이 창이 %1을(를) 마지막으로 읽은 뒤 다른 사람이 수치를 가져오거나 가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Reload the data now? (Exports always use the data shown.)</source>
        <translation>지금 데이터를 다시 읽으시겠습니까? (내보내기는 항상 화면에 보이는 데이터를 사용합니다.)</translation>
    </message>
    <message>
        <source>Reloaded the data of %1.</source>
        <translation>%1의 데이터를 다시 읽었습니다.</translation>
    </message>
    <message>
        <source>Writing the figures of &quot;%1&quot;…</source>
        <translation>&quot;%1&quot;의 수치를 쓰는 중…</translation>
    </message>
    <message>
        <source>Taking the last import back…</source>
        <translation>마지막 가져오기를 되돌리는 중…</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>[English] %1</source>
        <extracomment>Shown before a text of the dataset that has no Korean form yet (the English is shown).</extracomment>
        <translation>[영문] %1</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, %2행 %3열: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>파일이 %1MB보다 큽니다</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>올바른 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>따옴표로 시작한 필드가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>a quote character stands inside an unquoted field</source>
        <translation>따옴표로 묶지 않은 필드 안에 따옴표가 있습니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>머리글에 &quot;%1&quot; 열이 없습니다</translation>
    </message>
    <message>
        <source>%1 columns where the header has %2</source>
        <translation>열이 %1개입니다(머리글은 %2개)</translation>
    </message>
    <message>
        <source>source id &quot;%1&quot; appears twice</source>
        <translation>출처 ID &quot;%1&quot;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the source has no title</source>
        <translation>출처에 제목이 없습니다</translation>
    </message>
    <message>
        <source>unknown dataset &quot;%1&quot;</source>
        <translation>알 수 없는 데이터 세트 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown series &quot;%1&quot; for dataset %2</source>
        <translation>데이터 세트 %2에 없는 계열 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; does not match series %2, which is counted in %3</source>
        <translation>단위 &quot;%1&quot;이(가) 계열 %2의 단위(%3)와 맞지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid period</source>
        <translation>&quot;%1&quot;은(는) 올바른 기간이 아닙니다</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is outside 1945–2100</source>
        <translation>기간 &quot;%1&quot;이(가) 1945~2100년 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>unknown country or region &quot;%1&quot;</source>
        <translation>알 수 없는 국가 또는 지역 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>값이 없습니다</translation>
    </message>
    <message>
        <source>negative value &quot;%1&quot;</source>
        <translation>음수 값 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number in base units (persons or US dollars)</source>
        <translation>&quot;%1&quot;은(는) 기본 단위(명 또는 미국 달러)의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>unknown qualifier &quot;%1&quot;</source>
        <translation>알 수 없는 한정어 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected %2)</source>
        <translation>알 수 없는 단위 &quot;%1&quot;(가능한 값: %2)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>알 수 없는 상태 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the figure has no source</source>
        <translation>수치에 출처가 없습니다</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>알 수 없는 출처 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>%1행과 중복됩니다</translation>
    </message>
    <message>
        <source>an event needs both an English and a Korean text</source>
        <translation>사건에는 영어와 한국어 설명이 모두 있어야 합니다</translation>
    </message>
    <message>
        <source>the upper end of the range (%1) must be greater than the value (%2)</source>
        <translation>범위의 상한(%1)은 값(%2)보다 커야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a formula of the form &quot;total - china_exports&quot;</source>
        <translation>&quot;%1&quot;은(는) &quot;total - china_exports&quot; 형식의 식이 아닙니다</translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation>식이 비어 있습니다</translation>
    </message>
    <message>
        <source>unknown compiler &quot;%1&quot; (known: %2)</source>
        <translation>알 수 없는 집계 기관 &quot;%1&quot; (가능한 값: %2)</translation>
    </message>
    <message>
        <source>a trade figure needs its compiler (%1)</source>
        <translation>무역 수치에는 집계 기관이 있어야 합니다(%1)</translation>
    </message>
    <message>
        <source>a derived figure needs the formula it was derived by</source>
        <translation>도출 수치에는 도출에 쓴 식이 있어야 합니다</translation>
    </message>
    <message>
        <source>only a derived figure names a formula</source>
        <translation>식은 도출 수치에만 적을 수 있습니다</translation>
    </message>
</context>
<context>
    <name>DestinationsChart</name>
    <message>
        <source>Asylum decisions on North Koreans in Europe</source>
        <translation>유럽의 탈북민 난민 심사</translation>
    </message>
    <message>
        <source>North Korean refugees admitted to the United States</source>
        <translation>미국의 탈북민 난민 입국</translation>
    </message>
    <message>
        <source>Where North Korean defectors live</source>
        <translation>탈북민이 거주하는 국가</translation>
    </message>
    <message>
        <source>Applications and rejections per country, people</source>
        <translation>국가별 난민 신청·불인정 인원(명)</translation>
    </message>
    <message>
        <source>Refugee arrivals per US fiscal year, people</source>
        <translation>미국 회계연도별 난민 입국 인원(명)</translation>
    </message>
    <message>
        <source>US federal fiscal years run from October to September: %1 is %2 to %3.</source>
        <translation>미국 연방 회계연도는 10월부터 이듬해 9월까지입니다(%1: %2~%3).</translation>
    </message>
    <message>
        <source>Not strictly comparable: the bars count different things, each as of its own date: %1. Estimates and approximate figures are hatched.</source>
        <translation>엄밀하게 비교할 수 있는 수치가 아닙니다. 막대마다 집계 대상과 기준 시점이 다릅니다: %1. 추정치와 근삿값은 빗금으로 표시했습니다.</translation>
    </message>
    <message>
        <source>Reported figure</source>
        <translation>보고된 수치</translation>
    </message>
    <message>
        <source>Estimate or approximate figure</source>
        <translation>추정치 또는 근삿값</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원(명)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>US federal fiscal year (October to September)</source>
        <translation>미국 연방 회계연도(10월~이듬해 9월)</translation>
    </message>
    <message>
        <source>Where North Korean defectors go, year by year</source>
        <translation>탈북민이 향하는 나라, 연도별 추이</translation>
    </message>
    <message>
        <source>%1 counts %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Year (US: federal fiscal year)</source>
        <translation>연도 (미국: 연방 회계연도)</translation>
    </message>
    <message>
        <source>Not strictly comparable: %1. US: federal fiscal years (October to September); the others: calendar years. A year with none sits on the bottom line (0).</source>
        <translation>엄밀히 비교할 수 없음: %1. 미국은 연방 회계연도(10월~이듬해 9월), 나머지는 역년 기준. 인원이 없는 해는 맨 아래 0 선에 표시.</translation>
    </message>
    <message>
        <source>People per year where a yearly series is published, logarithmic scale</source>
        <translation>연도별 통계가 발표된 국가의 연간 인원(명, 로그 척도)</translation>
    </message>
    <message>
        <source>People per year where a yearly series is published</source>
        <translation>연도별 통계가 발표된 국가의 연간 인원(명)</translation>
    </message>
    <message>
        <source>The latest figure per country, people, logarithmic scale</source>
        <translation>국가별 최신 수치(명, 로그 척도)</translation>
    </message>
    <message>
        <source>The latest figure per country, people</source>
        <translation>국가별 최신 수치(명)</translation>
    </message>
    <message>
        <source>People (logarithmic scale)</source>
        <translation>인원(명, 로그 척도)</translation>
    </message>
    <message>
        <source>People (the axis is broken after %1: beyond the break, a compressed scale)</source>
        <translation>인원(명, 축은 %1 다음에서 끊김: 끊긴 곳 너머는 압축된 눈금)</translation>
    </message>
    <message>
        <source>People per year (logarithmic scale)</source>
        <translation>연간 인원(명, 로그 척도)</translation>
    </message>
    <message>
        <source>People per year</source>
        <translation>연간 인원(명)</translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <source>%1 — %2, %3 (%4)
Source: %5</source>
        <translation>%1 — %2, %3 (%4)
출처: %5</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>집계 대상</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>그림 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the figure as PNG, PDF or SVG, with its title and sources</source>
        <translation>그림을 제목, 출처와 함께 PNG, PDF 또는 SVG로 저장합니다</translation>
    </message>
    <message>
        <source>Copy &amp;Figure</source>
        <translation>그림 복사(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print Figure…</source>
        <translation>그림 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the figure with its title and sources</source>
        <translation>그림을 제목, 출처와 함께 인쇄합니다</translation>
    </message>
    <message>
        <source>Print Figure</source>
        <translation>그림 인쇄</translation>
    </message>
    <message>
        <source>This page shows no figure: open a figure first</source>
        <translation>이 화면에는 그림이 없습니다: 먼저 그림을 여십시오</translation>
    </message>
    <message>
        <source>Put the figure on the clipboard as an image in the window&apos;s colours, with its sources</source>
        <translation>그림을 창과 같은 색의 이미지로 출처와 함께 클립보드에 복사</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Show the exported file&apos;s folder in the file manager</source>
        <translation>내보낸 파일이 있는 폴더를 파일 관리자에서 열기</translation>
    </message>
    <message>
        <source>Figure exported to %1</source>
        <translation>그림을 %1에 내보냈습니다</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard with its sources (dark, as the window)</source>
        <translation>그림을 출처와 함께 클립보드에 복사했습니다(창과 같은 어두운 테마)</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard with its sources (light, as the window)</source>
        <translation>그림을 출처와 함께 클립보드에 복사했습니다(창과 같은 밝은 테마)</translation>
    </message>
</context>
<context>
    <name>ExportCheck</name>
    <message>
        <source>the file names no figure Crossings can draw again</source>
        <translation>이 파일에는 Crossings가 다시 그릴 수 있는 그림이 기록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the file&apos;s record of its figures is damaged</source>
        <translation>파일에 기록된 수치 정보가 손상되었습니다</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>표시 안 됨</translation>
    </message>
    <message>
        <source>no longer published</source>
        <translation>더 이상 표시되지 않음</translation>
    </message>
    <message>
        <source>%1 (%2; source: %3)</source>
        <translation>%1 (%2, 출처: %3)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 문서(벡터)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 그래픽(벡터)</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation>슬라이드 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>Slide 4:3 (1600 × 1200)</source>
        <translation>슬라이드 4:3 (1600 × 1200)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 가로</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 세로</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>사용자 지정 크기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast (projectors)</source>
        <translation>고대비(프로젝터용)</translation>
    </message>
    <message>
        <source>Print (grey scale)</source>
        <translation>인쇄용(회색조)</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>가로 × 세로(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>파일(&amp;I):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>The figure is written here; an existing file is replaced.</source>
        <translation>그림을 이 파일에 씁니다. 이미 있는 파일은 대체됩니다.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 dpi</source>
        <translation>%1 × %2 픽셀, %3 dpi</translation>
    </message>
    <message>
        <source>A4 page, vector: text stays text</source>
        <translation>A4 쪽, 벡터: 글자는 글자로 남습니다</translation>
    </message>
    <message>
        <source>%1 × %2 mm page, vector: text stays text</source>
        <translation>%1 × %2 mm 쪽, 벡터: 글자는 글자로 남습니다</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, vector: text stays text</source>
        <translation>%1 × %2 픽셀, 벡터: 글자는 글자로 남습니다</translation>
    </message>
    <message>
        <source>The file exists and will be replaced.</source>
        <translation>파일이 이미 있으며 대체됩니다.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그래픽 (*.svg)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>내보낼 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The file name ends in .%1 but the format is %2: change one of them.</source>
        <translation>파일 이름은 .%1(으)로 끝나지만 형식은 %2입니다. 둘 중 하나를 바꾸십시오.</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>내보낼 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>세로</translation>
    </message>
</context>
<context>
    <name>ExportMetadata</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>too large for an exported figure</source>
        <translation>내보낸 그림이라기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>no Crossings provenance in the file: not exported by Crossings, or its metadata was stripped</source>
        <translation>파일에 Crossings 출처 기록이 없습니다. Crossings로 내보낸 파일이 아니거나 메타데이터가 지워졌습니다</translation>
    </message>
    <message>
        <source>a damaged PNG file</source>
        <translation>손상된 PNG 파일</translation>
    </message>
    <message>
        <source>not a PNG, PDF or SVG file</source>
        <translation>PNG, PDF 또는 SVG 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>%1 dpi is out of range: from %2 to %3 dpi</source>
        <translation>%1 dpi는 범위를 벗어났습니다: %2~%3 dpi</translation>
    </message>
    <message>
        <source>size %1×%2 is out of range: each side must be from %3 to %4 pixels, and at most %5 pixels in all</source>
        <translation>크기 %1×%2이(가) 범위를 벗어났습니다: 각 변은 %3~%4픽셀, 전체는 %5 픽셀 이하여야 합니다</translation>
    </message>
</context>
<context>
    <name>FigureChartBase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>위치: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An open point (○) is an approximate figure (rounded in the report).</source>
        <translation>속이 빈 점(○)은 근삿값(보도에서 반올림된 수치)입니다.</translation>
    </message>
    <message>
        <source>Changed since %1 was exported: %2</source>
        <translation>%1을(를) 내보낸 뒤 바뀜: %2</translation>
    </message>
    <message>
        <source>A diamond (◇) marks a figure that other sources report differently; the chart shows one of them (final before provisional, official before press).</source>
        <translation>마름모(◇)는 출처마다 다르게 보고된 수치를 표시합니다. 차트에는 그중 하나를 그립니다(잠정치보다 확정치, 언론 보도보다 공식 통계 우선).</translation>
    </message>
    <message>
        <source>A square (■) is a figure derived from other published figures (a total minus one flow, or a year-to-date minus the months before).</source>
        <translation>네모(■)는 발표된 다른 수치에서 도출한 수치(총액에서 한 방향을 뺀 값, 또는 누계에서 앞선 달을 뺀 값)입니다.</translation>
    </message>
    <message>
        <source>Approximate figure</source>
        <translation>근삿값</translation>
    </message>
    <message>
        <source>Derived from other figures</source>
        <translation>다른 수치에서 도출한 값</translation>
    </message>
    <message>
        <source>Other sources report another figure</source>
        <translation>다른 출처는 다른 수치를 보고함</translation>
    </message>
</context>
<context>
    <name>FigurePage</name>
    <message>
        <source>Arrivals</source>
        <translation>탈북민 입국</translation>
    </message>
    <message>
        <source>China trade collapse</source>
        <translation>북중 교역 급감</translation>
    </message>
    <message>
        <source>Where defectors go</source>
        <translation>탈북민의 행선지</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>차트: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>표: %1</translation>
    </message>
    <message>
        <source>The figures of the chart; Ctrl+C copies the selected cells.</source>
        <translation>차트의 수치입니다. Ctrl+C로 선택한 셀을 복사합니다.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>유의 사항</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>꺾은선</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>막대</translation>
    </message>
    <message>
        <source>Show the arrivals as a line or as bars</source>
        <translation>입국 인원을 꺾은선 또는 막대로 표시</translation>
    </message>
    <message>
        <source>Overview by country</source>
        <translation>국가별 개요</translation>
    </message>
    <message>
        <source>Asylum decisions in Europe</source>
        <translation>유럽의 난민 심사</translation>
    </message>
    <message>
        <source>US refugee arrivals</source>
        <translation>미국 난민 입국</translation>
    </message>
    <message>
        <source>Which view of the destinations</source>
        <translation>행선지 보기 방식</translation>
    </message>
    <message>
        <source>&amp;Men and women</source>
        <translation>남녀 구분(&amp;M)</translation>
    </message>
    <message>
        <source>Show men and women separately where the split was published</source>
        <translation>성별 수치가 공표된 기간은 남녀를 나누어 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Quarterly</source>
        <translation>분기별(&amp;Q)</translation>
    </message>
    <message>
        <source>Quarterly figures, for the years where quarters were published</source>
        <translation>분기별 수치가 공표된 연도는 분기별로 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>로그 척도(&amp;L)</translation>
    </message>
    <message>
        <source>A logarithmic value axis, so that the collapse stays readable</source>
        <translation>급감 이후의 수치도 읽을 수 있도록 값 축을 로그 척도로 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>주석(&amp;A)</translation>
    </message>
    <message>
        <source>Show dated events on the chart</source>
        <translation>날짜가 있는 주요 사건을 차트에 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>끝 연도</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>확대/축소 초기화(&amp;Z)</translation>
    </message>
    <message>
        <source>Show the whole figure again (0)</source>
        <translation>그림 전체를 다시 표시합니다(0)</translation>
    </message>
    <message>
        <source>Over time, by country</source>
        <translation>국가별 연도 추이</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>From 1998 to the latest year with a final or provisional figure</source>
        <translation>1998년부터 확정 또는 잠정 수치가 있는 최근 연도까지</translation>
    </message>
    <message>
        <source>The figure&apos;s default years</source>
        <translation>그림의 기본 연도 범위</translation>
    </message>
    <message>
        <source>The span of the original briefs, %1</source>
        <translation>최초 브리핑 자료의 기간, %1</translation>
    </message>
    <message>
        <source>Click a point, bar or bracket to select its figure, or a legend entry to hide or show its series. Left and Right select the previous or next figure, Home and End the first and last; + and - zoom, 0 resets, Shift and the arrow keys pan a zoomed chart.</source>
        <translation>점, 막대 또는 괄호를 클릭하면 그 수치를 선택하고, 범례 항목을 클릭하면 그 계열을 숨기거나 다시 표시합니다. 왼쪽·오른쪽 화살표 키로 이전·다음 수치를, Home·End 키로 첫 수치와 마지막 수치를 선택합니다. +와 -로 확대·축소하고, 0으로 원래대로 되돌리며, 확대한 차트는 Shift와 화살표 키로 이동합니다.</translation>
    </message>
    <message>
        <source>Copy with Sources</source>
        <translation>출처와 함께 복사</translation>
    </message>
    <message>
        <source>Copy the selected cells with a column numbering their sources, listed below them</source>
        <translation>선택한 셀을 출처 번호 열과 함께 복사하고, 출처 목록을 그 아래에 붙입니다</translation>
    </message>
    <message>
        <source>A logarithmic value axis: equal steps are equal ratios, so a bar&apos;s length no longer compares amounts. Linear (the default) splits the axis instead where the largest figures dwarf the others.</source>
        <translation>로그 값 축: 같은 간격이 같은 비율을 뜻하므로 막대 길이로 양을 비교할 수 없습니다. 기본값인 선형 축은 가장 큰 수치가 나머지를 압도할 때 축을 끊어 나눕니다.</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>접기</translation>
    </message>
    <message>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Show the caveat on one line</source>
        <translation>유의 사항을 한 줄로 보기</translation>
    </message>
    <message>
        <source>Show the whole caveat</source>
        <translation>유의 사항 전체 보기</translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <source>Crossings %1 · data as of %2 · %3</source>
        <translation>Crossings %1 · %2 기준 데이터 · %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>유의 사항: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>The figure could not be drawn as %1.</source>
        <translation>그림을 %1(으)로 그리지 못했습니다.</translation>
    </message>
    <message>
        <source>1 more source, listed in the file&apos;s metadata</source>
        <translation>그 밖의 출처 1건은 파일 메타데이터에 있습니다</translation>
    </message>
    <message>
        <source>%1 more sources, listed in the file&apos;s metadata</source>
        <translation>그 밖의 출처 %1건은 파일 메타데이터에 있습니다</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1 dollars</source>
        <translation>%1달러</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>%1 넘게</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>%1 가까이</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>최소 %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>잠정</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>수정 전 수치</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>산출</translation>
    </message>
    <message>
        <source>article</source>
        <translation>기사·논평</translation>
    </message>
    <message>
        <source>official statistics</source>
        <translation>공식 통계</translation>
    </message>
    <message>
        <source>press report</source>
        <translation>언론 보도</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>erratum</source>
        <translation>오기</translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation>추정: %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Crossings</source>
        <translation>Crossings 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>파일이 %1MB보다 큽니다</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; 열이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (docs/IMPORT.md lists the columns)</source>
        <translation>알 수 없는 열 &quot;%1&quot; (열 목록은 docs/IMPORT.md 참고)</translation>
    </message>
    <message>
        <source>region &quot;%1&quot; does not fit the %2 dataset, which has %3 only</source>
        <translation>지역 &quot;%1&quot;은(는) %2 데이터 세트에 맞지 않습니다(%3만 가능)</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is cumulative; the %2 dataset has no cumulative figures</source>
        <translation>기간 &quot;%1&quot;은(는) 누적 기간이지만 %2 데이터 세트에는 누적 수치가 없습니다</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is a US fiscal year; the %2 dataset is counted in calendar years, quarters and months</source>
        <translation>기간 &quot;%1&quot;은(는) 미국 회계연도이지만 %2 데이터 세트는 연·분기·월 단위로 집계합니다</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is a date (a stock); the %2 dataset counts what happened in a period</source>
        <translation>기간 &quot;%1&quot;은(는) 특정 시점(저량)이지만 %2 데이터 세트는 기간 동안 일어난 일을 집계합니다</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is a single day; figures are counted per year, quarter or month</source>
        <translation>기간 &quot;%1&quot;은(는) 하루입니다. 수치는 연·분기·월 단위로 집계합니다</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; does not fit the %2 dataset</source>
        <translation>기간 &quot;%1&quot;은(는) %2 데이터 세트에 맞지 않습니다</translation>
    </message>
    <message>
        <source>a cumulative figure needs a period up to a date, like ../2025, not &quot;%1&quot;</source>
        <translation>누적 수치의 기간은 &quot;%1&quot;이 아니라 ../2025처럼 특정 시점까지여야 합니다</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; has not begun yet</source>
        <translation>기간 &quot;%1&quot;은(는) 아직 시작되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 columns where the header has %2</source>
        <translation>열이 %1개입니다(머리글은 %2개)</translation>
    </message>
    <message>
        <source>the database already has this figure: %1 from source &quot;%2&quot; (%3)</source>
        <translation>데이터베이스에 이미 있는 수치입니다: 출처 &quot;%2&quot;의 %1 (%3)</translation>
    </message>
    <message>
        <source>the file has no figures</source>
        <translation>파일에 수치가 없습니다</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is already in the database with %2 &quot;%3&quot;; leave the column empty or give the same</source>
        <translation>출처 &quot;%1&quot;은(는) 데이터베이스에 %2 &quot;%3&quot;(으)로 이미 있습니다. 이 열을 비워 두거나 같은 값을 쓰십시오</translation>
    </message>
    <message>
        <source>%1 of source &quot;%2&quot; differs from line %3</source>
        <translation>출처 &quot;%2&quot;의 %1이(가) %3행과 다릅니다</translation>
    </message>
    <message>
        <source>source id &quot;%1&quot; must be lower-case letters, digits and hyphens</source>
        <translation>출처 ID &quot;%1&quot;은(는) 영문 소문자, 숫자, 하이픈으로만 써야 합니다</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is new: give its kind (article, official, press or estimate)</source>
        <translation>새 출처 &quot;%1&quot;의 종류를 적어 주십시오(article, official, press, estimate 중 하나)</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected article, official, press or estimate)</source>
        <translation>알 수 없는 출처 종류 &quot;%1&quot; (article, official, press, estimate 중 하나)</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is new: give its title</source>
        <translation>새 출처 &quot;%1&quot;의 제목을 적어 주십시오</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is not a date written YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>&quot;%1&quot;은(는) YYYY, YYYY-MM, YYYY-MM-DD 형식의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en, ko, ja or zh)</source>
        <translation>알 수 없는 언어 &quot;%1&quot; (en, ko, ja, zh 중 하나)</translation>
    </message>
    <message>
        <source>address &quot;%1&quot; does not start with https:// or http://</source>
        <translation>주소 &quot;%1&quot;이(가) https:// 또는 http://로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>unknown detail &quot;%1&quot; in unconfirmed (expected author, outlet, published or url)</source>
        <translation>unconfirmed에 알 수 없는 항목 &quot;%1&quot; (author, outlet, published, url 중 하나)</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;: the database does not have it and no row of this file describes it (source_kind, source_title_en)</source>
        <translation>알 수 없는 출처 &quot;%1&quot;: 데이터베이스에 없고, 이 파일의 어느 행에도 설명(source_kind, source_title_en)이 없습니다</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>line %1: %2: %3, from %4</source>
        <translation>%1행: %2: %3, 출처: %4</translation>
    </message>
    <message>
        <source>line %1: %2: %3 (%4) → superseded by %5 (%6)</source>
        <translation>%1행: %2: %3 (%4) → 수정 전 수치, 정정: %5 (%6)</translation>
    </message>
    <message>
        <source>%1 (%2, line %3)</source>
        <translation>%1 (%2, %3행)</translation>
    </message>
    <message>
        <source>line %1: %2: %3 (%4) differs from %5</source>
        <translation>%1행: %2: %3 (%4) — 다른 출처와 불일치: %5</translation>
    </message>
    <message>
        <source>%1: problems found: %2; nothing was imported.</source>
        <translation>%1: 문제 %2건, 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: figures to add: %2; new sources: %3; changes: %4; conflicts: %5.</source>
        <translation>%1: 추가할 수치 %2건, 새 출처 %3건, 정정 %4건, 출처 간 불일치 %5건.</translation>
    </message>
    <message>
        <source>New sources:</source>
        <translation>새 출처:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New figures:</source>
        <translation>새 수치:</translation>
    </message>
    <message>
        <source>Changes (figures a newer source corrects; they are kept, marked superseded):</source>
        <translation>정정 (더 최근 출처가 바로잡은 수치. 지우지 않고 수정 전 수치로 표시합니다):</translation>
    </message>
    <message>
        <source>Conflicts (figures that differ from another source&apos;s; both are kept and the plotted one is chosen by rule):</source>
        <translation>출처 간 불일치 (다른 출처의 수치와 다른 수치. 둘 다 보존하며 그래프에 쓸 수치는 규칙에 따라 고릅니다):</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>%1행과 중복됩니다</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>외 %1건</translation>
    </message>
    <message>
        <source>source %1: no %2</source>
        <translation>출처 %1: %2 없음</translation>
    </message>
    <message>
        <source>line %1: no %2</source>
        <translation>%1행: %2 없음</translation>
    </message>
    <message>
        <source>Without a Korean form (accepted; the Korean window shows the English, marked):</source>
        <translation>한국어 표기가 없는 항목 (가져오되, 한국어 화면에는 영문을 [영문] 표시와 함께 보여 줌):</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a device or a socket)</source>
        <translation>일반 파일이 아닙니다(파이프, 장치 또는 소켓)</translation>
    </message>
    <message>
        <source>the header has %1 columns; an import file has at most %2 (docs/IMPORT.md lists them)</source>
        <translation>머리글에 열이 %1개 있습니다. 가져오기 파일의 열은 최대 %2개입니다(docs/IMPORT.md 참조)</translation>
    </message>
    <message>
        <source>the text contains a control character (%1), which is not allowed</source>
        <translation>텍스트에 허용되지 않는 제어 문자(%1)가 있습니다</translation>
    </message>
    <message>
        <source>the text starts with &quot;%1&quot;, which spreadsheets take for a formula; begin it with a word or a number instead</source>
        <translation>텍스트가 &quot;%1&quot;(으)로 시작하여 스프레드시트가 수식으로 처리합니다. 단어나 숫자로 시작하십시오</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is after today: a source cannot be published in the future</source>
        <translation>날짜 &quot;%1&quot;은(는) 오늘 이후입니다. 출처의 발행일은 미래일 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 more problems, by kind:</source>
        <translation>%1: 문제 %2건 추가, 종류별:</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1건</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>검사를 취소했습니다</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>%1: figures to add: %2 · new sources: %3 · changes: %4 · conflicts: %5.
A change marks a figure that a newer source corrects as superseded; a conflict is a figure that differs from another source&apos;s, and both are kept. Nothing is written until you choose Import, and File → Undo Last Import takes it back.</source>
        <translation>%1: 추가할 수치 %2건 · 새 출처 %3건 · 정정 %4건 · 출처 간 불일치 %5건.
정정은 더 최근 출처가 바로잡은 수치를 수정 전 수치로 표시하는 것이고, 출처 간 불일치는 다른 출처의 수치와 다른 수치로 둘 다 보존합니다. 가져오기를 누르기 전에는 아무것도 쓰지 않으며, 파일 → 마지막 가져오기 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: problems found: %2. Nothing was written; correct the file and import it again.</source>
        <translation>%1은(는) 가져올 수 없습니다: 문제 %2건. 아무것도 쓰지 않았습니다. 파일을 고친 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <source>New figures (%1)</source>
        <translation>새 수치 (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>정정 (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>출처 간 불일치 (%1)</translation>
    </message>
    <message>
        <source>Without Korean (%1)</source>
        <extracomment>Tab of the import preview: rows accepted without a Korean note or locator.</extracomment>
        <translation>한국어 없음 (%1)</translation>
    </message>
    <message>
        <source>Accepted: where a Korean form is missing, the Korean window and exports show the English text, marked.</source>
        <translation>가져올 수 있습니다. 한국어가 없는 항목은 한국어 화면과 내보내기에 영문으로 표시되며 [영문] 표시가 붙습니다.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>수정 전 수치</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>정정 수치</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>새 수치</translation>
    </message>
    <message>
        <source>Differs from</source>
        <translation>다른 출처의 수치</translation>
    </message>
    <message>
        <source>Line or source</source>
        <translation>행 또는 출처</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Korean form missing</source>
        <translation>빠진 한국어 열</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>외 %1건</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>new source</source>
        <translation>새 출처</translation>
    </message>
    <message>
        <source>%1 more: %2</source>
        <translation>%1건 더: %2</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the window, the figures and their exports</source>
        <translation>창, 그림, 내보내는 파일의 언어</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The chart does not draw these figures with its current options.</source>
        <translation>현재 옵션으로는 차트에 이 수치가 그려지지 않습니다.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>%1: %2 figures from %3 sources</source>
        <translation>%1: 수치 %2건, 출처 %3건</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Crossings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Crossings</source>
        <translation>Crossings를 종료합니다</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>&amp;Sources Panel</source>
        <translation>출처 패널(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide where the figures come from</source>
        <translation>수치의 출처를 보여 주는 패널을 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>확대/축소 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Show the whole figure again</source>
        <translation>그림 전체를 다시 표시합니다</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>그림 목록</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2 and Ctrl+3 open the three figures</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3으로 세 그림을 엽니다</translation>
    </message>
    <message>
        <source>exported by Crossings 0.1: a figure changed, but which one cannot be named</source>
        <translation>Crossings 0.1로 내보낸 파일: 수치가 바뀌었지만 어느 수치인지는 알 수 없습니다</translation>
    </message>
    <message>
        <source>%1: the figures changed since the export are ringed in the chart</source>
        <translation>%1: 내보낸 뒤 바뀐 수치를 그래프에 고리로 표시했습니다</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>발표(&amp;P)</translation>
    </message>
    <message>
        <source>The figure full screen for a meeting room: arrow keys step through the figures, Page Down/Up change the figure, Escape leaves</source>
        <translation>회의실용 전체 화면 그림: 화살표 키로 수치를 하나씩 보고, Page Down/Up으로 그림을 바꾸고, Esc로 나갑니다</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Presenting: %1</source>
        <translation>발표 중: %1</translation>
    </message>
    <message>
        <source>Right arrow: the figures one by one, each with its source</source>
        <translation>오른쪽 화살표: 수치를 하나씩, 출처와 함께 봅니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>위치: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Right/Left: the figures one by one · Page Down/Up: the next or previous chart · L: %1 · Esc: leave</source>
        <translation>→/←: 수치 하나씩 · Page Down/Up: 다음/이전 그림 · L: %1 · Esc: 나가기</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <source>The figure shown</source>
        <translation>표시된 수치</translation>
    </message>
    <message>
        <source>Sources of the chart</source>
        <translation>그림의 출처</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Could not save &quot;%1&quot;: it is a link to nothing.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 아무것도 가리키지 않는 링크입니다.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: it is a folder.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 폴더입니다.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: it is not a regular file (a device, a pipe or a socket) and is never replaced.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 일반 파일이 아니므로(장치, 파이프 또는 소켓) 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: the file is read-only.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 읽기 전용 파일입니다.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 폴더 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: the folder &quot;%2&quot; is not writable.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 폴더 &quot;%2&quot;에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: the disk is full (&quot;%2&quot;, on %3). Nothing was written; free some space or choose another place.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 디스크가 가득 찼습니다(&quot;%2&quot;, %3). 아무것도 쓰지 않았습니다. 공간을 확보하거나 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2. Nothing was written.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: %2. 아무것도 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SeriesTableModel</name>
    <message>
        <source>No figure published or found for %1</source>
        <translation>%1의 수치는 공표되지 않았거나 찾지 못했습니다</translation>
    </message>
    <message>
        <source>%1 — %2, %3
Source: %4</source>
        <translation>%1 — %2, %3
출처: %4</translation>
    </message>
    <message>
        <source>Other sources report a different figure; see the citation panel.</source>
        <translation>다른 출처는 다른 수치를 보고합니다. 출처 패널을 참고하십시오.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>The keys of the window&apos;s commands, by menu, and of a chart that has the keyboard focus (click it or reach it with Tab).</source>
        <translation>창의 명령에 지정된 단축키를 메뉴별로 보여 주고, 키보드 포커스가 있는 차트의 키도 보여 줍니다(차트를 클릭하거나 Tab 키로 이동하세요).</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot read the database: figure %1 has an unknown %2.</source>
        <translation>데이터베이스를 읽을 수 없습니다: 수치 %1의 %2을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the database: source %1 has an unknown %2.</source>
        <translation>데이터베이스를 읽을 수 없습니다: 출처 %1의 %2을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>데이터베이스 오류: %1</translation>
    </message>
    <message>
        <source>Cannot open an in-memory database: %1</source>
        <translation>메모리 데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The bundled dataset is invalid: %1</source>
        <translation>내장 데이터 세트가 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be read.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; cannot be read: %2</source>
        <translation>데이터베이스 파일 &quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Crossings database (not an SQLite file).</source>
        <translation>&quot;%1&quot;은(는) Crossings 데이터베이스가 아닙니다(SQLite 파일이 아님).</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is read-only.</source>
        <translation>데이터베이스 파일 &quot;%1&quot;은(는) 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>폴더 &quot;%1&quot;을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by another program.</source>
        <translation>다른 프로그램이 &quot;%1&quot;을(를) 잠그고 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be read: %2</source>
        <translation>&quot;%1&quot;이(가) 손상되어 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the integrity check failed (%2).</source>
        <translation>&quot;%1&quot;이(가) 손상되었습니다: 무결성 검사에 실패했습니다(%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of Crossings (data format %2; this version reads up to %3).</source>
        <translation>&quot;%1&quot;은(는) 더 새로운 버전의 Crossings가 쓴 파일입니다(데이터 형식 %2, 이 버전은 %3까지 읽을 수 있음).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite file but not a Crossings database.</source>
        <translation>&quot;%1&quot;은(는) SQLite 파일이지만 Crossings 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an older data format; open it in the window once to upgrade it.</source>
        <translation>&quot;%1&quot;은(는) 이전 데이터 형식입니다. 창에서 한 번 열면 새 형식으로 바뀝니다.</translation>
    </message>
    <message>
        <source>Cannot write the database: %1</source>
        <translation>데이터베이스에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No migration from data format %1.</source>
        <translation>데이터 형식 %1에서 바꿀 방법이 없습니다.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>데이터베이스가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>데이터베이스를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The database changed after the file was checked; check the file again.</source>
        <translation>파일을 검사한 뒤 데이터베이스가 바뀌었습니다. 파일을 다시 검사하십시오.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is already in the database; check the file again.</source>
        <translation>출처 &quot;%1&quot;이(가) 이미 데이터베이스에 있습니다. 파일을 다시 검사하십시오.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>취소할 가져오기가 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was left unfinished by an interrupted import, and no temporary copy could be made to read it (is the temporary folder full?). The next import or the window finishes the recovery.</source>
        <translation>&quot;%1&quot;은(는) 중단된 가져오기 때문에 마무리되지 않은 상태이며, 읽기 위한 임시 사본을 만들 수 없습니다(임시 폴더가 가득 찼습니까?). 다음 가져오기나 창에서 열 때 복구가 끝납니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Crossings database (it belongs to another program).</source>
        <translation>&quot;%1&quot;은(는) Crossings 데이터베이스가 아닙니다(다른 프로그램의 파일입니다).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>%1과의 연결이 끊겼습니다: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>%1과의 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>You may read this team store but not change it.</source>
        <translation>이 팀 저장소는 읽을 수만 있고 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>The last import (&quot;%1&quot;, %2) was made by %3: only %3 can take it back.</source>
        <translation>마지막 가져오기(&quot;%1&quot;, %2)는 %3 님이 했습니다. %3 님만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql); a team store cannot be opened.</source>
        <translation>Qt의 PostgreSQL 드라이버가 설치되어 있지 않아(Debian: libqt6sql6-psql) 팀 저장소를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has a schema &quot;crossings&quot; that is not a Crossings store.</source>
        <translation>%1의 &quot;crossings&quot; 스키마는 Crossings 저장소가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Crossings (data format %2; this version reads up to %3).</source>
        <translation>%1은(는) 더 새로운 버전의 Crossings가 기록했습니다(데이터 형식 %2, 이 버전은 %3까지 읽습니다).</translation>
    </message>
    <message>
        <source>%1 holds no Crossings data yet; its administrator sets it up with &quot;crossings db init&quot;.</source>
        <translation>%1에는 아직 Crossings 데이터가 없습니다. 관리자가 &quot;crossings db init&quot;으로 설정합니다.</translation>
    </message>
    <message>
        <source>%1 uses an older data format (%2); its administrator upgrades it with &quot;crossings db migrate&quot;.</source>
        <translation>%1은(는) 이전 데이터 형식(%2)을 사용합니다. 관리자가 &quot;crossings db migrate&quot;로 업그레이드합니다.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1을(를) 잠글 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the database: a figure of %1 has an unknown %2.</source>
        <translation>데이터베이스를 읽을 수 없습니다: %1 데이터의 한 수치의 %2을(를) 알 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>Store &amp;Location…</source>
        <translation>저장소 위치(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose where the figures are kept: your own store or a team store on a server</source>
        <translation>수치를 보관할 곳을 고릅니다: 내 저장소 또는 서버의 팀 저장소</translation>
    </message>
    <message>
        <source>Store Location</source>
        <translation>저장소 위치</translation>
    </message>
    <message>
        <source>The window still shows %1.</source>
        <translation>창은 계속 %1의 수치를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Now showing the figures of %1.</source>
        <translation>이제 %1의 수치를 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Store Location</source>
        <translation>저장소 위치</translation>
    </message>
    <message>
        <source>Where the window&apos;s figures are kept. A team store on a PostgreSQL server gives everybody in a team the same figures.</source>
        <translation>창에 보이는 수치를 보관하는 곳입니다. PostgreSQL 서버의 팀 저장소를 쓰면 팀원 모두가 같은 수치를 봅니다.</translation>
    </message>
    <message>
        <source>&amp;My own store on this computer</source>
        <translation>이 컴퓨터의 내 저장소(&amp;M)</translation>
    </message>
    <message>
        <source>Another store &amp;file:</source>
        <translation>다른 저장소 파일(&amp;F):</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>저장소 파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>A &amp;team store on a PostgreSQL server:</source>
        <translation>PostgreSQL 서버의 팀 저장소(&amp;T):</translation>
    </message>
    <message>
        <source>Team store address</source>
        <translation>팀 저장소 주소</translation>
    </message>
    <message>
        <source>Choose a store file.</source>
        <translation>저장소 파일을 고르십시오.</translation>
    </message>
    <message>
        <source>This is a team store address: choose &quot;A team store&quot; for it.</source>
        <translation>팀 저장소 주소입니다. &quot;팀 저장소&quot;를 고르십시오.</translation>
    </message>
    <message>
        <source>Give the team store&apos;s address.</source>
        <translation>팀 저장소 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>Store File</source>
        <translation>저장소 파일</translation>
    </message>
    <message>
        <source>Crossings stores (*.sqlite *.db);;All files (*)</source>
        <translation>Crossings 저장소 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD, never from the address. Your administrator gives you the address.</source>
        <translation>비밀번호는 주소에 넣지 않고 ~/.pgpass 또는 PGPASSWORD에서 가져옵니다. 주소는 관리자에게 받으십시오.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>&quot;%1&quot; is not a valid team store address: %2. Expected postgresql://[user@][host][:port]/database[?host=/socket/folder&amp;sslmode=…].</source>
        <translation>&quot;%1&quot;은(는) 올바른 팀 저장소 주소가 아닙니다: %2. 형식: postgresql://[user@][host][:port]/database[?host=/socket/folder&amp;sslmode=…].</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>postgresql://로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>it contains a password; give the password in ~/.pgpass or PGPASSWORD, never in the address</source>
        <translation>비밀번호가 들어 있습니다. 비밀번호는 주소가 아니라 ~/.pgpass 또는 PGPASSWORD에 두십시오</translation>
    </message>
    <message>
        <source>it has a fragment (#…)</source>
        <translation>조각(#…)이 있습니다</translation>
    </message>
    <message>
        <source>the port is missing after &apos;:&apos;</source>
        <translation>&apos;:&apos; 뒤에 포트가 없습니다</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; contains &apos;/&apos;</source>
        <translation>데이터베이스 이름 &quot;%1&quot;에 &apos;/&apos;가 있습니다</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>알 수 없는 매개변수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no usable value</source>
        <translation>매개변수 &quot;%1&quot;에 쓸 수 있는 값이 없습니다</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number</source>
        <translation>포트 &quot;%1&quot;이(가) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>the port %1 is out of range</source>
        <translation>포트 %1이(가) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>데이터베이스 이름이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces or quotes</source>
        <translation>&quot;%1&quot;에 공백이나 따옴표가 있습니다</translation>
    </message>
    <message>
        <source>the team store &quot;%1&quot;</source>
        <translation>팀 저장소 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the team store &quot;%1&quot; on %2</source>
        <translation>%2의 팀 저장소 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a store file.</source>
        <translation>&quot;%1&quot;은(는) 폴더이며 저장소 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>&quot;%1&quot;의 폴더가 없습니다.</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>Cannot move &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>&quot;%1&quot;을(를) &quot;%2&quot;(으)로 옮길 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Continue on the bundled data? The damaged file will be kept as &quot;%1&quot;.</source>
        <translation>내장 데이터로 계속할까요? 손상된 파일은 &quot;%1&quot;(으)로 보존합니다.</translation>
    </message>
    <message>
        <source>Continue on the bundled data, without saving changes? The file will not be changed.</source>
        <translation>변경 내용을 저장하지 않고 내장 데이터로 계속할까요? 파일은 바뀌지 않습니다.</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Copy with Sources</source>
        <translation>출처와 함께 복사</translation>
    </message>
</context>
<context>
    <name>TradeChart</name>
    <message>
        <source>China–North Korea trade collapses in 2020</source>
        <translation>북중 교역, 2020년 급감</translation>
    </message>
    <message>
        <source>Per month, in US dollars (log scale), China&apos;s customs figures, %1</source>
        <translation>월별, 미국 달러(로그 척도), 중국 해관총서 통계, %1</translation>
    </message>
    <message>
        <source>Per month, in US dollars, China&apos;s customs figures, %1</source>
        <translation>월별, 미국 달러, 중국 해관총서 통계, %1</translation>
    </message>
    <message>
        <source>A gap is a month for which no figure was published or found, not a zero.</source>
        <translation>선이 끊긴 곳은 수치가 공표되지 않았거나 찾지 못한 달이며, 0이 아닙니다.</translation>
    </message>
    <message>
        <source>Figures published for two months together (%1) are drawn across both months.</source>
        <translation>두 달을 합쳐 공표된 수치(%1)는 두 달에 걸쳐 표시했습니다.</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>미국 달러</translation>
    </message>
    <message>
        <source>%1 for both months</source>
        <translation>두 달 합계 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>US dollars (logarithmic scale)</source>
        <translation>미국 달러(로그 척도)</translation>
    </message>
</context>
</TS>
