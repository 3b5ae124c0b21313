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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>The keys of the window&apos;s commands, by menu.</source>
        <translation>창의 명령에 지정된 단축키를 메뉴별로 보여 줍니다.</translation>
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
</context>
</TS>
