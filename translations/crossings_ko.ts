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
        <source>unknown option &quot;%1&quot; for export</source>
        <translation>export에 없는 옵션 &quot;%1&quot;</translation>
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
        <source>size %1×%2 is out of range: each side must be from %3 to %4 pixels, and at most %5 million pixels in all</source>
        <translation>크기 %1×%2이(가) 범위를 벗어났습니다: 각 변은 %3~%4픽셀, 전체는 %5백만 픽셀 이하여야 합니다</translation>
    </message>
    <message>
        <source>crossings: %1</source>
        <translation>crossings: %1</translation>
    </message>
    <message>
        <source>could not create the folder &quot;%1&quot;</source>
        <translation>폴더 &quot;%1&quot;을(를) 만들 수 없습니다</translation>
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
        <source>Put the figure on the clipboard as an image, with its sources</source>
        <translation>그림을 출처와 함께 이미지로 클립보드에 복사합니다</translation>
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
        <source>Figure copied to the clipboard with its sources</source>
        <translation>그림을 출처와 함께 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Print Figure</source>
        <translation>그림 인쇄</translation>
    </message>
    <message>
        <source>This page shows no figure: open a figure first</source>
        <translation>이 화면에는 그림이 없습니다: 먼저 그림을 여십시오</translation>
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
        <source>+1 more source — full list: crossings data sources</source>
        <translation>외 출처 1건 — 전체 목록: crossings data sources</translation>
    </message>
    <message>
        <source>+%1 more sources — full list: crossings data sources</source>
        <translation>외 출처 %1건 — 전체 목록: crossings data sources</translation>
    </message>
    <message>
        <source>The figure could not be drawn as %1.</source>
        <translation>그림을 %1(으)로 그리지 못했습니다.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 폴더 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: it is a folder.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 폴더입니다.</translation>
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
        <source>Could not save &quot;%1&quot;: the disk is full. Nothing was written.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: 디스크가 가득 찼습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2. Nothing was written.</source>
        <translation>&quot;%1&quot;을(를) 저장하지 못했습니다: %2. 아무것도 쓰지 않았습니다.</translation>
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
