<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AnnotationStore</name>
    <message>
        <source>found in your notes and tags</source>
        <translation>메모와 태그에서 찾음</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>its “%1” is not text.</source>
        <translation>“%1” 값이 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>its “%1” is longer than %2 characters.</source>
        <translation>“%1” 값이 %2자를 넘습니다.</translation>
    </message>
    <message>
        <source>it is not of type Annotation.</source>
        <translation>유형이 Annotation이 아닙니다.</translation>
    </message>
    <message>
        <source>its id is not a UUID (urn:uuid:…).</source>
        <translation>ID가 UUID(urn:uuid:…)가 아닙니다.</translation>
    </message>
    <message>
        <source>its TextQuoteSelector quotes nothing.</source>
        <translation>TextQuoteSelector에 인용문이 없습니다.</translation>
    </message>
    <message>
        <source>it has no target with a TextQuoteSelector.</source>
        <translation>TextQuoteSelector가 있는 대상(target)이 없습니다.</translation>
    </message>
    <message>
        <source>its TextPositionSelector starts after it ends.</source>
        <translation>TextPositionSelector의 시작이 끝보다 뒤에 있습니다.</translation>
    </message>
    <message>
        <source>the “%1” of its TextPositionSelector is not a whole number of 0 or more.</source>
        <translation>TextPositionSelector의 “%1” 값이 0 이상의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>it has more than %1 bodies.</source>
        <translation>본문(body)이 %1개를 넘습니다.</translation>
    </message>
    <message>
        <source>its “%1” date “%2” is not an ISO 8601 date and time.</source>
        <translation>“%1” 날짜 “%2”이(가) ISO 8601 날짜·시각이 아닙니다.</translation>
    </message>
    <message>
        <source>The collection goes on in a page that is not in the file.</source>
        <translation>컬렉션이 파일에 없는 페이지로 이어집니다.</translation>
    </message>
    <message>
        <source>The collection&apos;s annotations are not in the file.</source>
        <translation>컬렉션의 주석이 파일에 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The file holds no Web Annotations (no Annotation, AnnotationPage or AnnotationCollection).</source>
        <translation>파일에 웹 주석이 없습니다(Annotation, AnnotationPage, AnnotationCollection 어느 것도 없음).</translation>
    </message>
    <message>
        <source>The file is not JSON: %1 (at byte %2).</source>
        <translation>JSON 파일이 아닙니다: %1 (%2번째 바이트).</translation>
    </message>
    <message>
        <source>The file holds %1 annotations; at most %2 are read at once.</source>
        <translation>파일에 주석이 %1개 있습니다. 한 번에 %2개까지만 읽습니다.</translation>
    </message>
    <message>
        <source>Annotation %1 of %2 (items[%3]) cannot be read: %4</source>
        <translation>주석 %2개 중 %1번째(items[%3])를 읽을 수 없습니다: %4</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>의문</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>핵심</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>후속 확인</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>제목 없는 기사</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Color:</source>
        <translation>색:</translation>
    </message>
    <message>
        <source>Open in Dokhae</source>
        <translation>독해에서 열기</translation>
    </message>
    <message>
        <source>Orphaned (passage no longer in the article)</source>
        <translation>떨어져 나간 메모 (기사에 더 이상 없는 구절)</translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>“%1”을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no article text was found in it</source>
        <translation>기사 본문을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>파일이 아닙니다</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, too large for an article</source>
        <translation>%1MB보다 커서 기사로 보기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>파일을 읽을 수 없습니다 (%1)</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>no date given</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Untitled article %1</source>
        <translation>제목 없는 기사 %1</translation>
    </message>
    <message>
        <source>Research brief</source>
        <translation>연구 브리프</translation>
    </message>
    <message>
        <source>Articles tagged “%1”</source>
        <translation>“%1” 태그가 붙은 기사</translation>
    </message>
    <message>
        <source>Made %1 from the library %2</source>
        <translation>%1, 라이브러리 %2에서 작성</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>강조 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>메모 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s)</source>
        <translation>
            <numerusform>차트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>No highlights in this article.</source>
        <translation>이 기사에는 강조가 없습니다.</translation>
    </message>
    <message>
        <source>no longer in the current text</source>
        <translation>현재 본문에는 더 이상 없음</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게재일</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>가져온 파일</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>라이브러리 내 위치</translation>
    </message>
    <message>
        <source>article %1, revision %2</source>
        <translation>기사 %1, 판 %2</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>강조와 메모</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Could not write the brief to %1: %2</source>
        <translation>브리프를 %1에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation>라이브러리에 기사 %1이(가) 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) across sources</source>
        <translation>
            <numerusform>여러 출처의 주장 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>불일치 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims across sources</source>
        <translation>출처별 주장 비교</translation>
    </message>
    <message>
        <source>No figure of these articles is quoted by another article of the library.</source>
        <translation>이 기사들의 수치를 인용한 다른 기사가 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>원문 표기</translation>
    </message>
    <message>
        <source>Compared as</source>
        <translation>비교 값</translation>
    </message>
    <message>
        <source>not in this brief</source>
        <translation>이 브리프에 없음</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>A chart of %1 × %2 pixels at scale %3 cannot be drawn.</source>
        <translation>%1 × %2 픽셀, 배율 %3의 차트는 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write the chart to %1: %2</source>
        <translation>차트를 %1에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>the picture could not be drawn.</source>
        <translation>그림을 그리지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>%1 (%2) and %3 (%4) differ by %5%, more than the %6% allowed.</source>
        <translation>%1(%2)·%3(%4)의 차이가 %5%로, 허용한 %6%보다 큽니다.</translation>
    </message>
    <message>
        <source>Sources give different percentages: %1 (%2) against %3 (%4).</source>
        <translation>출처마다 비율이 다릅니다: %1(%2) 대 %3(%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is converted at %3 %4 per %5, %6% off the %7 that %n other article(s) of %8 state.</source>
        <translation>
            <numerusform>%1(%2)은(는) 1 %5당 %3 %4로 환산되어, %8의 다른 기사 %n건이 밝힌 %7에서 %6% 벗어납니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>new revision</source>
        <translation>새 개정판</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>import: name at least one file or folder.</source>
        <translation>import: 파일이나 폴더를 하나 이상 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 added, %2 new revisions, %3 unchanged, %4 refused</source>
        <translation>추가 %1, 새 개정판 %2, 변경 없음 %3, 거부 %4</translation>
    </message>
    <message>
        <source>No article with id %1 in %2.</source>
        <translation>%2에 ID가 %1인 기사가 없습니다.</translation>
    </message>
    <message>
        <source>search: give a query.</source>
        <translation>search: 검색어를 입력하십시오.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Log to the console too.</source>
        <translation>콘솔에도 로그를 남깁니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Unknown or incomplete command: %1
</source>
        <translation>알 수 없거나 불완전한 명령: %1
</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>converts #%1 at %2%3</source>
        <translation>#%1 환산, 환율 %2%3</translation>
    </message>
    <message>
        <source> (disagrees)</source>
        <translation> (불일치)</translation>
    </message>
    <message>
        <source>figures: give one article file, or --db FILE and one article id.</source>
        <translation>figures: 기사 파일 하나, 또는 --db FILE과 기사 ID 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>parse: not a Korean number expression: %1</source>
        <translation>parse: 한국어 수 표현이 아닙니다: %1</translation>
    </message>
    <message>
        <source>No library at %1.</source>
        <translation>%1에 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>entities: give one article file, or --db FILE and one article id.</source>
        <translation>entities: 기사 파일 하나, 또는 --db FILE과 기사 ID 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>entity: give --db FILE and a name.</source>
        <translation>entity: --db FILE과 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>No entity named %1 in %2 or the catalog.</source>
        <translation>%2와(과) 카탈로그에 이름이 %1인 개체가 없습니다.</translation>
    </message>
    <message>
        <source>export-chart: give one chart id and one of --png, --svg or --csv FILE.</source>
        <translation>export-chart: 차트 ID 하나와 --png, --svg, --csv FILE 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>export-chart: --width and --height must be 1 to 20000 pixels, --scale above 0 and at most 8.</source>
        <translation>export-chart: --width와 --height는 1~20000픽셀, --scale은 0보다 크고 8 이하여야 합니다.</translation>
    </message>
    <message>
        <source>No chart with id %1 in %2.</source>
        <translation>%2에 ID가 %1인 차트가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Chart %1 written to %2.</source>
        <translation>차트 %1을(를) %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>export-chart: write a PNG.</source>
        <translation>export-chart: PNG로 저장합니다.</translation>
    </message>
    <message>
        <source>export-chart: write an SVG.</source>
        <translation>export-chart: SVG로 저장합니다.</translation>
    </message>
    <message>
        <source>export-chart: write the data as CSV.</source>
        <translation>export-chart: 데이터를 CSV로 저장합니다.</translation>
    </message>
    <message>
        <source>export-chart: width in pixels.</source>
        <translation>export-chart: 너비(픽셀).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>export-chart: height in pixels.</source>
        <translation>export-chart: 높이(픽셀).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>export-chart: pixel scale (2 for HiDPI).</source>
        <translation>export-chart: 픽셀 배율(HiDPI는 2).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>export-chart: --width, --height and --scale take numbers.</source>
        <translation>export-chart: --width, --height, --scale에는 숫자를 지정하세요.</translation>
    </message>
    <message>
        <source>The quote is not in article %1.</source>
        <translation>기사 %1에 그 인용문이 없습니다.</translation>
    </message>
    <message>
        <source>The quote occurs %1 times in article %2; pass --occurrence N (1 to %1) to choose one.</source>
        <translation>인용문이 기사 %2에 %1번 나옵니다. --occurrence N(1~%1)으로 하나를 고르십시오.</translation>
    </message>
    <message>
        <source>The quote occurs %1 times in article %2; there is no occurrence %3.</source>
        <translation>인용문이 기사 %2에 %1번 나옵니다. %3번째는 없습니다.</translation>
    </message>
    <message>
        <source>annotate: give one article id and the passage with --quote TEXT.</source>
        <translation>annotate: 기사 ID 하나와 --quote TEXT로 구절을 지정하십시오.</translation>
    </message>
    <message>
        <source>annotate: unknown color “%1”. Choose one of: %2.</source>
        <translation>annotate: 알 수 없는 색 “%1”. 다음 중에서 고르십시오: %2.</translation>
    </message>
    <message>
        <source>annotate: --occurrence takes a number from 1.</source>
        <translation>annotate: --occurrence에는 1 이상의 수를 지정하십시오.</translation>
    </message>
    <message>
        <source>No file at %1.</source>
        <translation>%1에 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1은(는) 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; annotation files over 64 MB are refused.</source>
        <translation>%1의 크기는 %2MB입니다. 64MB가 넘는 주석 파일은 받지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 grew past 64 MB while it was read; annotation files over 64 MB are refused.</source>
        <translation>%1이(가) 읽는 동안 64MB를 넘었습니다. 64MB가 넘는 주석 파일은 받지 않습니다.</translation>
    </message>
    <message>
        <source>Annotation %1 was not imported: no single article of the library holds its passage.</source>
        <translation>주석 %1은(는) 가져오지 않았습니다: 그 구절이 있는 기사를 라이브러리에서 하나로 특정할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 orphaned, %5 without an article</source>
        <translation>추가 %1, 갱신 %2, 변경 없음 %3, 떨어져 나감 %4, 기사 없음 %5</translation>
    </message>
    <message>
        <source>annotations: --format takes w3c, markdown or csv.</source>
        <translation>annotations: --format에는 w3c, markdown, csv 중 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>Annotations written to %1: %2.</source>
        <translation>주석을 %1에 저장했습니다: %2.</translation>
    </message>
    <message>
        <source>import-annotations: give one file of W3C Web Annotations.</source>
        <translation>import-annotations: W3C 웹 주석 파일 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a file of W3C Web Annotations: %2</source>
        <translation>%1은(는) W3C 웹 주석 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>charts, annotations: one article&apos;s only.</source>
        <translation>charts, annotations: 기사 하나의 것만.</translation>
    </message>
    <message>
        <source>annotate: the passage to highlight.</source>
        <translation>annotate: 강조할 구절.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>annotate: the note (Markdown).</source>
        <translation>annotate: 메모(마크다운).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>annotate: a color key or a color&apos;s name.</source>
        <translation>annotate: 색 키 또는 색 이름.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>annotate: which occurrence of a recurring quote, from 1.</source>
        <translation>annotate: 여러 번 나오는 인용문의 몇 번째인지(1부터).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>annotations: w3c, markdown or csv.</source>
        <translation>annotations: w3c, markdown, csv 중 하나.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>annotations: write to a file.</source>
        <translation>annotations: 파일로 저장합니다.</translation>
    </message>
    <message>
        <source>Unknown language “%1” for --lang: use ko, en or system.</source>
        <translation>--lang의 언어 “%1”을(를) 알 수 없습니다. ko, en, system 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Language of messages and displayed values: ko, en or system.</source>
        <translation>메시지와 표시 값의 언어: ko, en 또는 system.</translation>
    </message>
    <message>
        <source>%1 is a folder; --db names a library file.</source>
        <translation>%1은(는) 폴더입니다. --db에는 라이브러리 파일을 지정하십시오.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, 건너뜀 %1</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped there: %n file(s) were not tried.</source>
        <translation>
            <numerusform>가져오기를 여기서 멈췄습니다: 파일 %n개는 시도하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>%1: every page was read; the library is intact.</source>
        <translation>%1: 모든 페이지를 읽었습니다. 라이브러리는 손상되지 않았습니다.</translation>
    </message>
    <message>
        <source>Hits %1 to %2 of %3.</source>
        <translation>전체 %3건 중 %1–%2번째.</translation>
    </message>
    <message>
        <source>search: how many hits (default 200).</source>
        <translation>search: 보여 줄 결과 수(기본 200).</translation>
    </message>
    <message>
        <source>search: skip the N best hits.</source>
        <translation>search: 상위 N개 결과를 건너뜀.</translation>
    </message>
    <message>
        <source>search: --limit and --offset take whole numbers of 0 or more.</source>
        <translation>search: --limit와 --offset에는 0 이상의 정수를 주십시오.</translation>
    </message>
    <message>
        <source>Checking every page: %1%</source>
        <translation>모든 페이지 확인 중: %1%</translation>
    </message>
    <message>
        <source>Library: a file (default: %1), or a team library as postgresql://user@server/database.</source>
        <translation>라이브러리: 파일(기본값: %1) 또는 postgresql://user@server/database 형식의 팀 라이브러리.</translation>
    </message>
    <message>
        <source>LIBRARY</source>
        <translation>LIBRARY</translation>
    </message>
    <message>
        <source>Usage: dokhae-cli &lt;command&gt; [--db LIBRARY] [--json] [--verbose] [arguments]
Commands:
  import PATH...   import files and folders (.txt, .md, .html, .htm)
  list             list the articles of the library
  show ID          show one article with its reading text
  search QUERY     full-text search, best match first (--limit N hits from the
                   --offset N-th on; how many in all goes to standard error)
  figures PATH     the figures of an article file (with --db: of article ID)
  parse EXPR       read one Korean number expression
  entities PATH    the entities an article file names (with --db: article ID)
  entity NAME      one entity and the articles that mention it (needs --db)
  charts           the library&apos;s charts, each point with its sentence (needs --db;
                   --article ID for one article&apos;s)
  export-chart ID  one chart as --png FILE, --svg FILE or --csv FILE (needs --db;
                   --width W --height H in pixels, --scale S)
  annotate ID      highlight --quote TEXT in article ID (needs --db; --note TEXT,
                   --tag T (repeatable), --color NAME, --occurrence N when it recurs)
  annotations      export the annotations (needs --db; --article ID for one article&apos;s;
                   --format w3c|markdown|csv, --output FILE)
  import-annotations FILE
                   merge a W3C Web Annotation file into the library (needs --db)
  check            read every page of the library and say whether it is intact
  team-setup       make a team library on a PostgreSQL server with its roles (--db as
                   the server&apos;s administrator; --reader, --analyst, --editor USER,
                   each repeatable, give users their roles)
Options:
  --lang ko|en|system
                   the language of messages, of this help and of displayed values and
                   names (without it: messages in the system&apos;s, values in Korean)
  --db LIBRARY     a library file, or a team library on a PostgreSQL server as
                   postgresql://user@server/database (its password from ~/.pgpass)
</source>
        <translation>사용법: dokhae-cli &amp;lt;명령&amp;gt; [--db LIBRARY] [--json] [--verbose] [인수]
명령:
  import PATH...   파일과 폴더를 가져옵니다(.txt, .md, .html, .htm)
  list             라이브러리의 기사 목록
  show ID          기사 하나와 본문
  search QUERY     전문 검색, 관련도순(--offset N번째부터 --limit N개;
                   전체 개수는 표준 오류로)
  figures PATH     기사 파일의 수치(--db와 함께: 기사 ID의 수치)
  parse EXPR       한국어 수 표현 하나를 읽습니다
  entities PATH    기사 파일이 언급하는 개체(--db와 함께: 기사 ID)
  entity NAME      개체 하나와 그것을 언급하는 기사(--db 필요)
  charts           라이브러리의 차트와 각 항목의 출처 문장(--db 필요;
                   --article ID로 한 기사의 차트만)
  export-chart ID  차트 하나를 --png FILE, --svg FILE, --csv FILE로 저장(--db 필요;
                   --width W --height H 픽셀, --scale S)
  annotate ID      기사 ID에서 --quote TEXT 구절을 강조(--db 필요; --note TEXT,
                   --tag T(여러 번 가능), --color NAME, 여러 번 나오면 --occurrence N)
  annotations      주석 내보내기(--db 필요; --article ID로 한 기사의 것만;
                   --format w3c|markdown|csv, --output FILE)
  import-annotations FILE
                   W3C 웹 주석 파일을 라이브러리에 병합(--db 필요)
  check            라이브러리의 모든 페이지를 읽고 손상되지 않았는지 확인
  team-setup       PostgreSQL 서버에 팀 라이브러리와 그 역할을 만듦(--db는 서버
                   관리자로; --reader, --analyst, --editor USER(반복 가능)로
                   사용자에게 역할 부여)
옵션:
  --lang ko|en|system
                   메시지와 이 도움말, 표시 값과 이름의 언어
                   (지정하지 않으면 메시지는 시스템 언어로, 값은 한국어로)
  --db LIBRARY     라이브러리 파일, 또는 PostgreSQL 서버의 팀 라이브러리
                   postgresql://user@server/database (비밀번호는 ~/.pgpass에서)
</translation>
    </message>
    <message>
        <source>Copying a library:
  copy --from LIBRARY --to LIBRARY
                   copy a library into another, file or server, either way: articles
                   with every revision, annotations, charts, entity corrections; what
                   the target holds already is not copied again
</source>
        <translation>라이브러리 복사:
  copy --from LIBRARY --to LIBRARY
                   라이브러리를 다른 라이브러리(파일 또는 서버, 어느 방향이든)로
                   복사: 모든 판이 있는 기사, 주석, 차트, 개체 수정. 대상에 이미
                   있는 것은 다시 복사하지 않음
</translation>
    </message>
    <message>
        <source>copy: the library to copy.</source>
        <translation>copy: 복사할 라이브러리.</translation>
    </message>
    <message>
        <source>copy: the library to copy into.</source>
        <translation>copy: 복사해 넣을 라이브러리.</translation>
    </message>
    <message>
        <source>team-setup: a user who may read.</source>
        <translation>team-setup: 읽기만 하는 사용자.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>team-setup: a user who may import, annotate and correct.</source>
        <translation>team-setup: 가져오기, 주석, 수정을 할 수 있는 사용자.</translation>
    </message>
    <message>
        <source>team-setup: a user who may also change anyone&apos;s annotations.</source>
        <translation>team-setup: 다른 사람의 주석도 바꿀 수 있는 사용자.</translation>
    </message>
    <message>
        <source>Copying entity corrections</source>
        <translation>개체 수정 복사 중</translation>
    </message>
    <message>
        <source>Copying articles</source>
        <translation>기사 복사 중</translation>
    </message>
    <message>
        <source>Copying annotations</source>
        <translation>주석 복사 중</translation>
    </message>
    <message>
        <source>Copying charts</source>
        <translation>차트 복사 중</translation>
    </message>
    <message>
        <source>entities of your own</source>
        <translation>직접 만든 개체</translation>
    </message>
    <message>
        <source>hidden entities</source>
        <translation>숨긴 개체</translation>
    </message>
    <message>
        <source>entity merges</source>
        <translation>개체 병합</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>판</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>edits and deletions of suggested charts</source>
        <translation>추천 차트의 편집과 삭제</translation>
    </message>
    <message>
        <source>%1 added, %2 already there</source>
        <translation>%1개 추가, %2개는 이미 있음</translation>
    </message>
    <message>
        <source>, %1 updated</source>
        <translation>, %1개 갱신</translation>
    </message>
    <message>
        <source>, %1 left out</source>
        <translation>, %1개 제외</translation>
    </message>
    <message>
        <source>copy: name the library to copy with --from and the one to copy into with --to.</source>
        <translation>copy: 복사할 라이브러리는 --from으로, 복사해 넣을 라이브러리는 --to로 지정하세요.</translation>
    </message>
    <message>
        <source>copy: %1 is both the source and the target; name two different libraries.</source>
        <translation>copy: %1이(가) 원본이자 대상입니다. 서로 다른 두 라이브러리를 지정하세요.</translation>
    </message>
    <message>
        <source>What was copied before this is kept in %1; copy again to complete it.</source>
        <translation>이전까지 복사한 것은 %1에 남아 있습니다. 다시 복사하면 나머지가 완료됩니다.</translation>
    </message>
    <message>
        <source>team-setup needs --db postgresql://ADMIN@SERVER/DATABASE, as a role that may create databases and roles.
</source>
        <translation>team-setup에는 데이터베이스와 역할을 만들 수 있는 역할로 --db postgresql://ADMIN@SERVER/DATABASE가 필요합니다.
</translation>
    </message>
    <message>
        <source>Made the team library %1.
</source>
        <translation>팀 라이브러리 %1을(를) 만들었습니다.
</translation>
    </message>
    <message>
        <source>The team library %1 was there.
</source>
        <translation>팀 라이브러리 %1이(가) 이미 있었습니다.
</translation>
    </message>
    <message>
        <source>Made the roles: %1.
</source>
        <translation>만든 역할: %1.
</translation>
    </message>
    <message>
        <source>%1: %2 (group role %3).
</source>
        <translation>%1: %2 (그룹 역할 %3).
</translation>
    </message>
    <message>
        <source>brief: give either --articles ID,ID or --tag TAG, and either --html FILE or --pdf FILE.</source>
        <translation>brief: --articles ID,ID와 --tag TAG 중 하나, 그리고 --html FILE과 --pdf FILE 중 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>brief: --articles takes article ids separated by commas, such as 1,3,4.</source>
        <translation>brief: --articles에는 1,3,4처럼 쉼표로 구분한 기사 ID를 지정하십시오.</translation>
    </message>
    <message>
        <source>brief: no annotation in %1 is tagged “%2”.</source>
        <translation>brief: %1에 “%2” 태그가 붙은 주석이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Brief of %n article(s) written to %1.</source>
        <translation>
            <numerusform>기사 %n개의 브리프를 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A brief to hand on:
  brief            the chosen articles with your highlights, notes and charts (needs
                   --db; --articles ID,ID or --tag TAG; --pdf FILE or --html FILE)
</source>
        <translation>전달용 브리프:
  brief            고른 기사와 그 강조, 메모, 차트(--db 필요; --articles ID,ID
                   또는 --tag TAG; --pdf FILE 또는 --html FILE)
</translation>
    </message>
    <message>
        <source>annotate: a tag (repeatable); brief: the tag of the articles.</source>
        <translation>annotate: 태그(여러 번 가능); brief: 기사의 태그.</translation>
    </message>
    <message>
        <source>brief: the articles, as ID,ID,…</source>
        <translation>brief: 기사 ID,ID,…</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>brief: write an HTML file.</source>
        <translation>brief: HTML 파일로 저장합니다.</translation>
    </message>
    <message>
        <source>brief: write a PDF.</source>
        <translation>brief: PDF로 저장합니다.</translation>
    </message>
    <message>
        <source>Events in time order:
  timeline         the dated events the articles name, each with its sentence and
                   entities (needs --db; --entity NAME, --article ID to narrow)
</source>
        <translation>시간순 사건:
  timeline         기사들이 말하는 날짜 있는 사건을 그 문장, 개체와 함께 보여 줍니다
                   (--db 필요; --entity NAME, --article ID로 좁힘)
</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>출처 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>claims: --threshold takes a percentage of 0 or more, such as 5 or 2.5%.</source>
        <translation>claims: --threshold에는 5나 2.5%처럼 0 이상의 백분율을 주십시오.</translation>
    </message>
    <message>
        <source>claims: --year takes a year, such as 2023.</source>
        <translation>claims: --year에는 2023처럼 연도를 주십시오.</translation>
    </message>
    <message>
        <source>Claims across sources:
  claims           the figures articles quote for the same claim, side by side, with
                   where they disagree (needs --db; --entity NAME, --measure TEXT,
                   --year Y, --flagged, --threshold PCT (default 5), --single-source)
</source>
        <translation>출처 간 주장 비교:
  claims           같은 주장에 대해 기사들이 인용한 수치를 나란히, 어긋나는 곳과
                   함께 보여 줌 (--db 필요; --entity NAME, --measure TEXT, --year Y,
                   --flagged, --threshold PCT (기본 5), --single-source)
</translation>
    </message>
    <message>
        <source>timeline: only events whose sentence names this entity; claims: a subject, by any of its names.</source>
        <translation>timeline: 문장에 이 개체가 나오는 사건만; claims: 주체(어느 이름으로든).</translation>
    </message>
    <message>
        <source>claims: a measure, or words of it.</source>
        <translation>claims: 측정 항목 또는 그 일부 낱말.</translation>
    </message>
    <message>
        <source>claims: the year a claim is about.</source>
        <translation>claims: 주장이 가리키는 연도.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>claims: only those flagged.</source>
        <translation>claims: 불일치로 표시된 것만.</translation>
    </message>
    <message>
        <source>claims: how far values may differ before they are flagged, in percent.</source>
        <translation>claims: 값이 얼마나 달라야 불일치로 표시할지(백분율).</translation>
    </message>
    <message>
        <source>PCT</source>
        <translation>PCT</translation>
    </message>
    <message>
        <source>claims: also those quoted by one article only.</source>
        <translation>claims: 한 기사에만 나온 것도.</translation>
    </message>
    <message>
        <source>import, list, show, search, figures, parse, entities, entity, charts, export-chart, annotate, annotations, import-annotations, check, copy, team-setup, brief, timeline or claims</source>
        <translation>import, list, show, search, figures, parse, entities, entity, charts, export-chart, annotate, annotations, import-annotations, check, copy, team-setup, brief, timeline 또는 claims</translation>
    </message>
</context>
<context>
    <name>EntityCatalog</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>Cannot read the entity catalog %1: %2</source>
        <translation>개체 목록 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>an id and a type are required</source>
        <translation>ID와 유형이 필요합니다</translation>
    </message>
    <message>
        <source>a Korean or English name is required</source>
        <translation>한국어 또는 영어 이름이 필요합니다</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” 파일이나 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>“%1” was not read: its name is not valid UTF-8.</source>
        <translation>“%1”은(는) 읽지 않았습니다: 파일 이름이 올바른 UTF-8이 아닙니다.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be read; nothing in it was imported.</source>
        <translation>폴더 “%1”을(를) 읽을 수 없어 그 안의 파일은 하나도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” was skipped: not an article file (.txt, .md, .html, .htm).</source>
        <translation>“%1”은(는) 건너뛰었습니다: 기사 파일(.txt, .md, .html, .htm)이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” was not stored. %2</source>
        <translation>“%1”을(를) 저장하지 못했습니다. %2</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Research browser for Korean press coverage of China&apos;s AI industry</source>
        <translation>중국 AI 산업을 다룬 한국 언론 기사를 위한 연구용 브라우저</translation>
    </message>
    <message>
        <source>Log debug messages to the console too.</source>
        <translation>디버그 메시지를 콘솔에도 출력합니다.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>A dokhae://annotation/… link to open.</source>
        <translation>열 dokhae://annotation/… 링크.</translation>
    </message>
    <message>
        <source>Unknown language “%1” for --lang: use ko, en or system.</source>
        <translation>--lang에 알 수 없는 언어 “%1”: ko, en, system 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <source>Interface language: ko, en or system (remembered from View ▸ Language otherwise).</source>
        <translation>인터페이스 언어: ko, en, system (지정하지 않으면 보기 ▸ 언어에서 고른 것을 씁니다).</translation>
    </message>
    <message>
        <source>Print startup_ms, the milliseconds from launch to the window&apos;s first paint, and quit.</source>
        <translation>실행부터 창이 처음 그려질 때까지의 밀리초(startup_ms)를 출력하고 종료합니다.</translation>
    </message>
    <message>
        <source>Print startup_ms, then scroll the library list to its end and print scroll_ms, rows, rss_mb and peak_rss_mb (the window&apos;s memory then and at its highest), and quit.</source>
        <translation>startup_ms를 출력한 뒤 서재 목록을 끝까지 스크롤하고 scroll_ms, rows, rss_mb, peak_rss_mb(그때와 최고일 때의 창 메모리)를 출력하고 종료합니다.</translation>
    </message>
    <message>
        <source>Run SCENARIO (%1) in the window and print blocked_max_ms, the longest the window could not respond, with blocked_p99_ms and scenario_ms; then quit.</source>
        <translation>창에서 SCENARIO(%1)를 실행하고 창이 응답하지 못한 가장 긴 시간인 blocked_max_ms를 blocked_p99_ms, scenario_ms와 함께 출력한 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SCENARIO</translation>
    </message>
    <message>
        <source>The folder the import scenario of --measure-latency imports.</source>
        <translation>--measure-latency의 import 시나리오가 가져올 폴더입니다.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--measure-latency takes one of %1; import also needs --import-folder DIR.</source>
        <translation>--measure-latency에는 %1 중 하나를 지정합니다. import에는 --import-folder DIR도 필요합니다.</translation>
    </message>
    <message>
        <source>Library to open: a file (default: %1), or a team library as postgresql://user@server/database.</source>
        <translation>열 라이브러리: 파일(기본값: %1) 또는 postgresql://user@server/database 형식의 팀 라이브러리.</translation>
    </message>
    <message>
        <source>LIBRARY</source>
        <translation>LIBRARY</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The database driver gives no SQLite handle.</source>
        <translation>데이터베이스 드라이버가 SQLite 핸들을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>This SQLite has no usable full-text search (FTS5).</source>
        <translation>이 SQLite에는 사용할 수 있는 전문 검색(FTS5)이 없습니다.</translation>
    </message>
    <message>
        <source>Could not register the Korean search tokenizer: %1</source>
        <translation>한국어 검색 토크나이저를 등록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>라이브러리 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot create the library %1: its folder is not writable.</source>
        <translation>라이브러리 %1을(를) 만들 수 없습니다: 폴더에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the library %1: it is not a readable file.</source>
        <translation>라이브러리 %1을(를) 읽을 수 없습니다: 읽을 수 있는 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a Dokhae library: it is not an SQLite database.</source>
        <translation>%1은(는) 독해 라이브러리가 아닙니다: SQLite 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>The library %1 is read-only. Make it writable or open a copy.</source>
        <translation>라이브러리 %1은(는) 읽기 전용입니다. 쓰기 가능하게 바꾸거나 사본을 여십시오.</translation>
    </message>
    <message>
        <source>The folder of the library %1 is read-only; the library needs to write its journal beside it.</source>
        <translation>라이브러리 %1의 폴더가 읽기 전용입니다. 라이브러리는 같은 폴더에 저널 파일을 써야 합니다.</translation>
    </message>
    <message>
        <source>Cannot use the library %1: %2</source>
        <translation>라이브러리 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The library %1 is locked by another program or window. Close it there and try again.</source>
        <translation>라이브러리 %1을(를) 다른 프로그램이나 창이 잠그고 있습니다. 그쪽에서 닫은 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a Dokhae library: %2</source>
        <translation>%1은(는) 독해 라이브러리가 아닙니다: %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2). It was left as it is; restore it from a backup.</source>
        <translation>라이브러리 %1이(가) 손상되었습니다(%2). 파일은 그대로 두었으니 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Dokhae library.</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 데이터베이스이며 독해 라이브러리가 아닙니다.</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Dokhae (schema %2; this version knows up to %3). Update Dokhae to open it.</source>
        <translation>라이브러리 %1은(는) 더 새로운 버전의 독해로 작성되었습니다(스키마 %2, 이 버전은 %3까지 지원). 열려면 독해를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>Cannot update the library %1 to the current format: %2</source>
        <translation>라이브러리 %1을(를) 현재 형식으로 업데이트할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 in the library %2: %3</source>
        <translation>라이브러리 %2에서 %1: %3</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>열린 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>Could not store an article</source>
        <translation>기사를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not list articles</source>
        <translation>기사 목록을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>검색에 실패했습니다</translation>
    </message>
    <message>
        <source>Cannot migrate schema version %1 to %2.</source>
        <translation>스키마 버전 %1을(를) %2(으)로 이전할 수 없습니다.</translation>
    </message>
    <message>
        <source>The library %1 cannot be written: %2</source>
        <translation>라이브러리 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>An article without text was not stored.</source>
        <translation>본문이 없는 기사는 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not read the user&apos;s entities</source>
        <translation>사용자 개체를 읽지 못했습니다</translation>
    </message>
    <message>
        <source>Could not save the entity</source>
        <translation>개체를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>An entity needs an id and a Korean or English name.</source>
        <translation>개체에는 ID와 한국어 또는 영어 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Could not remove the entity</source>
        <translation>개체를 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not hide or show the entity</source>
        <translation>개체를 숨기거나 다시 보이지 못했습니다</translation>
    </message>
    <message>
        <source>%1 cannot be merged into %2: that would merge it into itself.</source>
        <translation>%1을(를) %2에 병합할 수 없습니다: 자기 자신에 병합하게 됩니다.</translation>
    </message>
    <message>
        <source>Could not merge the entities</source>
        <translation>개체를 병합하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not undo the merge</source>
        <translation>병합을 취소하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not read the entity corrections</source>
        <translation>개체 수정 사항을 읽지 못했습니다</translation>
    </message>
    <message>
        <source>Could not read the articles</source>
        <translation>기사를 읽지 못했습니다</translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation>차트를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>there is no chart %1</source>
        <translation>차트 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>Could not change the chart</source>
        <translation>차트를 바꾸지 못했습니다</translation>
    </message>
    <message>
        <source>Could not move the chart</source>
        <translation>차트를 옮기지 못했습니다</translation>
    </message>
    <message>
        <source>Could not import the annotations</source>
        <translation>주석을 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>기사 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>there is no annotation %1</source>
        <translation>주석 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened: the disk that holds it is full. Free some space and try again; the library was not changed.</source>
        <translation>라이브러리 %1을(를) 열 수 없습니다: 라이브러리가 있는 디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하십시오. 라이브러리는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: the disk that holds the library %2 is full. Free some space and try again; nothing already in the library was lost.</source>
        <translation>%1: 라이브러리 %2이(가) 있는 디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하십시오. 라이브러리에 이미 있던 것은 하나도 잃지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: the library %2 stayed locked by another program or window. Try again when it is done there.</source>
        <translation>%1: 다른 프로그램이나 창이 라이브러리 %2을(를) 계속 잠그고 있습니다. 그쪽 작업이 끝나면 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1: the library %2 can no longer be written (%3).</source>
        <translation>%1: 라이브러리 %2에 더 이상 쓸 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>The check of the library %1 was stopped before every page was read, so it was not opened. It is checked again the next time it is opened.</source>
        <translation>서재 %1의 검사가 모든 페이지를 읽기 전에 중지되어 서재를 열지 않았습니다. 다음에 열 때 다시 검사합니다.</translation>
    </message>
    <message>
        <source>%1: the library %2 cannot be reached (%3). Nothing was changed there; try again when the connection is back.</source>
        <translation>%1: 라이브러리 %2에 연결할 수 없습니다(%3). 그곳에서는 아무것도 바뀌지 않았습니다. 연결이 돌아오면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot open the team library %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>팀 라이브러리 %1을(를) 열 수 없습니다: Qt의 PostgreSQL 드라이버가 설치되어 있지 않습니다(Debian 패키지 libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team library %1: %2</source>
        <translation>팀 라이브러리 %1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a Dokhae library.</source>
        <translation>데이터베이스 %1에는 Dokhae 라이브러리가 아닌 다른 프로그램의 테이블이 있습니다.</translation>
    </message>
    <message>
        <source>The team library %1 was written by a newer version of Dokhae (schema %2; this version knows up to %3). Update Dokhae to open it.</source>
        <translation>팀 라이브러리 %1은(는) 더 새로운 버전의 Dokhae가 만들었습니다(스키마 %2, 이 버전은 %3까지 지원). 열려면 Dokhae를 업데이트하세요.</translation>
    </message>
    <message>
        <source>The team library %1 has schema version %2, which no version of Dokhae wrote on PostgreSQL.</source>
        <translation>팀 라이브러리 %1의 스키마 버전 %2은(는) 어떤 Dokhae 버전도 PostgreSQL에 만든 적이 없는 버전입니다.</translation>
    </message>
    <message>
        <source>The team library %1 needs updating to this version of Dokhae, which your role may not do. Ask the library&apos;s administrator to open it once with this version.</source>
        <translation>팀 라이브러리 %1을(를) 이 Dokhae 버전에 맞게 갱신해야 하지만 내 역할로는 할 수 없습니다. 라이브러리 관리자에게 이 버전으로 한 번 열어 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Cannot update the team library %1 to the current format: %2</source>
        <translation>팀 라이브러리 %1을(를) 현재 형식으로 갱신할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The search index of the team library %1 does not match its articles: %2</source>
        <translation>팀 라이브러리 %1의 검색 색인이 기사와 맞지 않습니다: %2</translation>
    </message>
    <message>
        <source>some articles are missing from it</source>
        <translation>일부 기사가 빠져 있습니다</translation>
    </message>
    <message>
        <source>Could not read the charts in the library %1: %2</source>
        <translation>라이브러리 %1의 차트를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not read the revisions of an article</source>
        <translation>기사의 판을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>could not keep the change in %1: %2</source>
        <translation>변경을 %1에 보관할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>could not keep the refused change in %1: %2</source>
        <translation>거부된 변경을 %1에 보관할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the connection to the library is closed</source>
        <translation>라이브러리와의 연결이 닫혀 있습니다</translation>
    </message>
    <message>
        <source>your role in this team library may not do this; ask an editor or the library&apos;s administrator (the server said: %1)</source>
        <translation>이 팀 라이브러리에서 귀하의 역할로는 할 수 없는 작업입니다. 편집자나 라이브러리 관리자에게 문의하세요(서버의 말: %1)</translation>
    </message>
    <message>
        <source>The server of the team library cannot be reached, and %1</source>
        <translation>팀 라이브러리의 서버에 연결할 수 없고, %1</translation>
    </message>
    <message>
        <source>the passage %1–%2 is not in the article</source>
        <translation>%1–%2 구간은 기사에 없습니다</translation>
    </message>
    <message>
        <source>Could not save the annotation</source>
        <translation>주석을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not delete the annotation</source>
        <translation>주석을 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not re-attach the annotation</source>
        <translation>주석을 다시 붙일 수 없습니다</translation>
    </message>
</context>
<context>
    <name>LibraryCheckProgress</name>
    <message>
        <source>Dokhae was not closed properly last time, so every page of the library is read before it opens…</source>
        <translation>지난번에 독해가 정상적으로 종료되지 않아, 서재를 열기 전에 모든 페이지를 읽어 확인합니다…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>서재 검사 중</translation>
    </message>
</context>
<context>
    <name>LibraryCopy</name>
    <message>
        <source>The copy was stopped.</source>
        <translation>복사가 중지되었습니다.</translation>
    </message>
</context>
<context>
    <name>LibraryLocation</name>
    <message>
        <source>No library was given.</source>
        <translation>라이브러리가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection URI: %2</source>
        <translation>“%1”은(는) PostgreSQL 연결 URI가 아닙니다: %2</translation>
    </message>
    <message>
        <source>The connection URI carries a password. Leave it out: Dokhae never stores passwords. Put it in ~/.pgpass or a PostgreSQL service file, or type it when asked.</source>
        <translation>연결 URI에 비밀번호가 들어 있습니다. 빼 주세요. Dokhae는 비밀번호를 저장하지 않습니다. ~/.pgpass나 PostgreSQL 서비스 파일에 두거나, 물을 때 입력하세요.</translation>
    </message>
    <message>
        <source>The connection URI has an option Dokhae does not know: %1</source>
        <translation>연결 URI에 Dokhae가 모르는 옵션이 있습니다: %1</translation>
    </message>
    <message>
        <source>The connection URI names no database: add it after the host, as in postgresql://analyst@server/team_library.</source>
        <translation>연결 URI에 데이터베이스 이름이 없습니다. postgresql://analyst@server/team_library처럼 호스트 뒤에 붙이세요.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 for “%2” (without its particles)</source>
        <translation>“%2” 대신 %1 (조사를 뗀 말)</translation>
    </message>
    <message>
        <source>%1 for “%2” (a name of the same entity)</source>
        <translation>“%2” 대신 %1 (같은 개체의 다른 이름)</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>Cannot set up a team</source>
        <translation>팀을 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a team library on a PostgreSQL server (postgresql://ADMIN@SERVER/DATABASE)</source>
        <translation>%1은(는) PostgreSQL 서버의 팀 라이브러리가 아닙니다(postgresql://ADMIN@SERVER/DATABASE)</translation>
    </message>
    <message>
        <source>the database name is longer than 55 bytes</source>
        <translation>데이터베이스 이름이 55바이트보다 깁니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a role&apos;s name</source>
        <translation>&quot;%1&quot;은(는) 역할 이름이 될 수 없습니다</translation>
    </message>
    <message>
        <source>Making the database %1</source>
        <translation>데이터베이스 %1 만드는 중</translation>
    </message>
    <message>
        <source>Cannot make the database</source>
        <translation>데이터베이스를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Making the library&apos;s tables</source>
        <translation>라이브러리의 표 만드는 중</translation>
    </message>
    <message>
        <source>Cannot make the library&apos;s tables</source>
        <translation>라이브러리의 표를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Making the roles reader, analyst and editor</source>
        <translation>reader, analyst, editor 역할 만드는 중</translation>
    </message>
    <message>
        <source>Cannot make the team&apos;s roles</source>
        <translation>팀의 역할을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Granting the roles their privileges</source>
        <translation>역할에 권한 부여 중</translation>
    </message>
    <message>
        <source>Cannot grant the roles their privileges</source>
        <translation>역할에 권한을 부여할 수 없습니다</translation>
    </message>
    <message>
        <source>Making %1 a member of the team as %2</source>
        <translation>%1을(를) %2(으)로 팀에 추가하는 중</translation>
    </message>
    <message>
        <source>Cannot add %1 to the team</source>
        <translation>%1을(를) 팀에 추가할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>it contains binary data, not text</source>
        <translation>텍스트가 아닌 바이너리 데이터입니다</translation>
    </message>
    <message>
        <source>it contains only whitespace</source>
        <translation>공백만 들어 있습니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>빈 파일입니다</translation>
    </message>
    <message>
        <source>it starts with a %1 byte order mark but is not valid %1</source>
        <translation>%1 바이트 순서 표시로 시작하지만 올바른 %1이(가) 아닙니다</translation>
    </message>
    <message>
        <source>it contains binary data (NUL bytes), not text</source>
        <translation>텍스트가 아닌 바이너리 데이터(NUL 바이트)가 들어 있습니다</translation>
    </message>
    <message>
        <source>its encoding is not UTF-8, UTF-16 or CP949/EUC-KR</source>
        <translation>인코딩이 UTF-8, UTF-16, CP949/EUC-KR 중 어느 것도 아닙니다</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::AnnotationEditor</name>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. export controls, Huawei</source>
        <translation>쉼표로 구분, 예: 수출 통제, 화웨이</translation>
    </message>
    <message>
        <source>A note in Markdown: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>마크다운 메모: **굵게**, *기울임*, - 목록, [링크](https://…)</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>메모 저장</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Highlight color</source>
        <translation>강조 색</translation>
    </message>
    <message>
        <source>Choose a highlight in the list or in the text to see its note.</source>
        <translation>목록이나 본문에서 강조 표시를 고르면 메모가 보입니다.</translation>
    </message>
    <message>
        <source>No note yet. Edit Note adds one.</source>
        <translation>아직 메모가 없습니다. ‘메모 편집’으로 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::AnnotationsPane</name>
    <message>
        <source>This article</source>
        <translation>이 기사</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
    <message>
        <source>Whose highlights are listed</source>
        <translation>어느 기사의 강조 표시를 보일지</translation>
    </message>
    <message>
        <source>All colors</source>
        <translation>모든 색</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>Filter by words of quote or note</source>
        <translation>인용문·메모 낱말로 거르기</translation>
    </message>
    <message>
        <source>Highlight: %1</source>
        <translation>강조: %1</translation>
    </message>
    <message>
        <source>Highlight the selected passage in %1</source>
        <translation>선택한 구절을 ‘%1’ 색으로 강조합니다</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>메모와 함께 강조(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>강조 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation>선택한 구절에 다시 붙이기(&amp;R)</translation>
    </message>
    <message>
        <source>Anchor the chosen note to the passage selected in the article</source>
        <translation>고른 메모를 기사에서 선택한 구절에 붙입니다</translation>
    </message>
    <message>
        <source>Name Highlight &amp;Colors…</source>
        <translation>강조 색 이름 정하기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Annotations as W3C &amp;JSON-LD…</source>
        <translation>주석을 W3C JSON-LD로 내보내기(&amp;J)…</translation>
    </message>
    <message>
        <source>Export Annotations as &amp;Markdown…</source>
        <translation>주석을 마크다운으로 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>Export Annotations as C&amp;SV…</source>
        <translation>주석을 CSV로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>주석 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Orphaned notes (%1): their passage is no longer in the article. Select a new passage and choose Re-attach to Selection.</source>
        <translation>떨어져 나간 메모 (%1개): 구절이 기사에서 사라졌습니다. 새 구절을 선택하고 ‘선택한 구절에 다시 붙이기’를 고르십시오.</translation>
    </message>
    <message>
        <source>This library has no annotation %1.</source>
        <translation>이 라이브러리에는 주석 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Select a passage in the article first, then highlight it.</source>
        <translation>먼저 기사에서 구절을 선택한 뒤 강조하십시오.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>강조</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>태그 편집</translation>
    </message>
    <message>
        <source>Change Highlight Color</source>
        <translation>강조 색 바꾸기</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>강조 삭제</translation>
    </message>
    <message>
        <source>Open the note&apos;s article, select the passage it belongs to, then re-attach it.</source>
        <translation>메모의 기사를 열고, 메모가 가리킬 구절을 선택한 뒤 다시 붙이십시오.</translation>
    </message>
    <message>
        <source>Re-attach Note</source>
        <translation>메모 다시 붙이기</translation>
    </message>
    <message>
        <source>There are no annotations to export.</source>
        <translation>내보낼 주석이 없습니다.</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>W3C 웹 주석 (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>마크다운 (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>annotations-%1</source>
        <translation>주석-%1</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>주석 내보내기</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>주석 %n개를 %1에 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>주석 가져오기</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C 웹 주석 (*.jsonld *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>the file is larger than 64 MB; it is not an annotation export</source>
        <translation>파일이 64MB보다 큽니다. 주석 내보내기 파일이 아닙니다</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1에서 아무것도 가져오지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Annotations imported: %1 added, %2 updated, %3 unchanged, %4 orphaned, %5 without an article</source>
        <translation>주석 가져오기: 추가 %1, 갱신 %2, 변경 없음 %3, 떨어져 나감 %4, 기사 없음 %5</translation>
    </message>
    <message>
        <source>Highlight Colors</source>
        <translation>강조 색</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::BriefDialog</name>
    <message>
        <source>Export Brief</source>
        <translation>브리프 내보내기</translation>
    </message>
    <message>
        <source>The articles ticked below</source>
        <translation>아래에서 체크한 기사</translation>
    </message>
    <message>
        <source>The articles whose notes are tagged</source>
        <translation>메모에 이 태그가 붙은 기사</translation>
    </message>
    <message>
        <source>Tick &amp;All</source>
        <translation>모두 체크(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;None</source>
        <translation>모두 해제(&amp;N)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>HTML file (one file, pictures inside)</source>
        <translation>HTML 파일(그림 포함 단일 파일)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>brief.pdf</source>
        <translation>브리프.pdf</translation>
    </message>
    <message>
        <source>brief.html</source>
        <translation>브리프.html</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML 파일 (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ChartEditDialog</name>
    <message>
        <source>&amp;Remove Point</source>
        <translation>항목 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Edit Chart</source>
        <translation>차트 편집</translation>
    </message>
    <message>
        <source>Label (Korean)</source>
        <translation>레이블(한국어)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>레이블(영어)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>원문 표기</translation>
    </message>
    <message>
        <source>Title (&amp;Korean):</source>
        <translation>제목(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>제목(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a point&apos;s value (its series)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ChartListModel</name>
    <message>
        <source>Bar chart</source>
        <translation>막대 차트</translation>
    </message>
    <message>
        <source>Grouped bar chart</source>
        <translation>묶은 막대 차트</translation>
    </message>
    <message>
        <source>Horizontal bar chart</source>
        <translation>가로 막대 차트</translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation>꺾은선 차트</translation>
    </message>
    <message>
        <source>Pie chart</source>
        <translation>원형 차트</translation>
    </message>
    <message>
        <source>%1 (from another article)</source>
        <translation>%1 (다른 기사)</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (추천)</translation>
    </message>
    <message>
        <source>Suggested from the article&apos;s figures</source>
        <translation>기사의 수치에서 추천한 차트</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>직접 만든 차트</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n point(s)</source>
        <translation>
            <numerusform>%1 · %2 · 항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ChartPngDialog</name>
    <message>
        <source>Export Chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>배율(&amp;S):</translation>
    </message>
    <message>
        <source>The file will be %1 × %2 pixels.</source>
        <translation>파일 크기는 %1 × %2 픽셀입니다.</translation>
    </message>
    <message>
        <source>Too large: at most %1 pixels a side.</source>
        <translation>너무 큽니다: 한 변은 최대 %1픽셀입니다.</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ChartsPane</name>
    <message>
        <source>No article</source>
        <translation>기사 없음</translation>
    </message>
    <message>
        <source>Select an article in the library to see its charts here.</source>
        <translation>라이브러리에서 기사를 선택하면 여기에 차트가 표시됩니다.</translation>
    </message>
    <message>
        <source>No charts for this article</source>
        <translation>이 기사에는 차트가 없습니다</translation>
    </message>
    <message>
        <source>No charts for this article.

Select figures in the Figures tab and choose New Chart from Selected Figures (%1) to make one.</source>
        <translation>이 기사에는 차트가 없습니다.

수치 탭에서 수치를 선택하고 ‘선택한 수치로 새 차트’(%1)를 눌러 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <translation>차트: %1개</translation>
    </message>
    <message>
        <source>Choose a chart in the list.</source>
        <translation>목록에서 차트를 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Edit Chart…</source>
        <translation>차트 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Change the chart&apos;s title, kind and labels, or remove points</source>
        <translation>차트 제목, 종류, 레이블을 바꾸거나 항목을 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Delete Chart</source>
        <translation>차트 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Move Chart &amp;Up</source>
        <translation>차트 위로(&amp;U)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move Chart Do&amp;wn</source>
        <translation>차트 아래로(&amp;W)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>차트를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation>차트를 SVG로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>Export Chart &amp;Data as CSV…</source>
        <translation>차트 데이터를 CSV로 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart Image</source>
        <translation>차트 이미지 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Save the chart as a picture or its data as CSV</source>
        <translation>차트를 그림으로, 또는 데이터를 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>The chart was not changed: %1</source>
        <translation>차트를 바꾸지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No chart can be drawn from these figures: choose values in one currency (dates and ranges are left out).</source>
        <translation>이 수치로는 차트를 그릴 수 없습니다: 한 가지 통화의 값을 고르세요(날짜와 범위는 제외됩니다).</translation>
    </message>
    <message>
        <source>New chart %1</source>
        <translation>새 차트 %1</translation>
    </message>
    <message>
        <source>Choose the chart to add the figures to in the Charts tab.</source>
        <translation>수치를 더할 차트를 차트 탭에서 고르세요.</translation>
    </message>
    <message>
        <source>These figures cannot join “%1”: a chart shows values of one unit or currency.</source>
        <translation>이 수치는 “%1”에 더할 수 없습니다: 한 차트에는 한 가지 단위나 통화만 표시됩니다.</translation>
    </message>
    <message>
        <source>These figures are on the chart already.</source>
        <translation>이 수치는 이미 차트에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n figure(s) to %1</source>
        <translation>
            <numerusform>%1에 수치 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart is no longer in the library.</source>
        <translation>이 차트는 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>Edit chart %1</source>
        <translation>차트 %1 편집</translation>
    </message>
    <message>
        <source>Delete chart %1</source>
        <translation>차트 %1 삭제</translation>
    </message>
    <message>
        <source>Move chart %1 up</source>
        <translation>차트 %1 위로 이동</translation>
    </message>
    <message>
        <source>Move chart %1 down</source>
        <translation>차트 %1 아래로 이동</translation>
    </message>
    <message>
        <source>chart</source>
        <comment>default name of an exported chart file</comment>
        <translation>차트</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>차트를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>파일 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG 이미지 (*.png);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>차트를 SVG로 내보내기</translation>
    </message>
    <message>
        <source>SVG images (*.svg);;All files (*)</source>
        <translation>SVG 이미지 (*.svg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>차트 데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>차트를 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Exported the chart&apos;s data to %1</source>
        <translation>차트 데이터를 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>차트를 그리지 못했습니다.</translation>
    </message>
    <message>
        <source>Copied the chart as a picture</source>
        <translation>차트를 그림으로 복사했습니다</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ClaimTreeModel</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>출처 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim / outlet</source>
        <translation>주장 / 매체</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>표기</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Why flagged / sentence</source>
        <translation>불일치 이유 / 문장</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ClaimsPane</name>
    <message numerus="yes">
        <source>%n claim(s) shown, %1 flagged</source>
        <translation>
            <numerusform>주장 %n건 표시, 불일치 %1건</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>개체(&amp;E):</translation>
    </message>
    <message>
        <source>any name, e.g. China or 중국</source>
        <translation>어느 이름이든, 예: 중국 또는 China</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>측정 항목(&amp;M):</translation>
    </message>
    <message>
        <source>e.g. 투자액</source>
        <translation>예: 투자액</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>&amp;Flagged only</source>
        <translation>불일치만(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;One source too</source>
        <translation>출처 하나인 것도(&amp;O)</translation>
    </message>
    <message>
        <source>Also list claims that only one article quotes</source>
        <translation>한 기사만 인용한 주장도 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>허용 차이(&amp;T):</translation>
    </message>
    <message>
        <source>How far values of one claim may differ before it is flagged</source>
        <translation>한 주장의 값이 얼마나 달라야 불일치로 표시할지</translation>
    </message>
    <message>
        <source>&amp;Chart Sources</source>
        <translation>출처별 차트(&amp;C)</translation>
    </message>
    <message>
        <source>A chart of the chosen claim&apos;s sources side by side, each bar labelled by its outlet</source>
        <translation>고른 주장의 출처를 나란히 비교하는 차트(막대마다 매체 이름)</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ConnectionWatch</name>
    <message>
        <source>The team library&apos;s server cannot be reached. What is open stays readable; notes you make are kept and sent when it returns.</source>
        <translation>팀 라이브러리의 서버에 연결할 수 없습니다. 열려 있는 것은 계속 읽을 수 있고, 새로 쓰는 메모는 보관했다가 서버가 돌아오면 보냅니다.</translation>
    </message>
    <message>
        <source>Connected to the team library again.</source>
        <translation>팀 라이브러리에 다시 연결되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n note change(s) sent</source>
        <translation>
            <numerusform>메모 변경 %n개를 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by a teammate meanwhile: both versions kept, yours tagged &quot;conflict&quot;</source>
        <translation>
            <numerusform>%n개는 그사이 팀원도 바꿈: 두 판을 모두 두고 내 것에 &quot;conflict&quot; 태그를 붙임</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not deleted, since a teammate changed it meanwhile</source>
        <translation>
            <numerusform>%n개는 그사이 팀원이 바꾸어 삭제하지 않음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server and kept in %1</source>
        <translation>
            <numerusform>%n개는 서버가 거부하여 %1에 보관함</numerusform>
        </translation>
    </message>
    <message>
        <source>the rest waits: %1</source>
        <translation>나머지는 대기: %1</translation>
    </message>
    <message>
        <source>Connected to the team library again: %1.</source>
        <translation>팀 라이브러리에 다시 연결되었습니다: %1.</translation>
    </message>
    <message>
        <source>The changes kept while the server was away could not be read (%1); the file was set aside next to %2.</source>
        <translation>서버가 없는 동안 보관한 변경을 읽을 수 없습니다(%1). 파일은 %2 옆에 따로 두었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity correction(s) sent</source>
        <translation>
            <numerusform>개체 수정 %n개를 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity correction(s) refused by the server and kept in %1</source>
        <translation>
            <numerusform>개체 수정 %n개는 서버가 거부하여 %1에 보관함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server away · %n change(s) waiting</source>
        <translation>
            <numerusform>서버 없음 · 변경 %n개 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>변경 %n개가 전송 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart change(s) sent</source>
        <translation>
            <numerusform>차트 변경 %n개를 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart change(s) refused by the server and kept in %1</source>
        <translation>
            <numerusform>차트 변경 %n개는 서버가 거부하여 %1에 보관함</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dokhae::gui::DeskDocks</name>
    <message>
        <source>Reading the claims of the library…</source>
        <translation>라이브러리의 주장을 읽는 중…</translation>
    </message>
    <message>
        <source>The claims could not be read: %1</source>
        <translation>주장을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Reading the timeline of the library…</source>
        <translation>라이브러리의 연표를 읽는 중…</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>연표를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장 비교</translation>
    </message>
    <message>
        <source>The same claim across sources, side by side, with where they disagree</source>
        <translation>같은 주장을 출처별로 나란히, 어긋나는 곳과 함께</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>The dated events the articles name, in time order</source>
        <translation>기사에 나온 날짜 있는 사건을 시간순으로</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::EntityDock</name>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>This Article</source>
        <translation>이 기사</translation>
    </message>
    <message>
        <source>People, organizations, places, products and works the article names</source>
        <translation>기사에 나오는 인물, 기관, 장소, 제품, 저작물</translation>
    </message>
    <message>
        <source>All Entities</source>
        <translation>전체 개체</translation>
    </message>
    <message>
        <source>Every entity in the library (Ctrl+Shift+E)</source>
        <translation>라이브러리의 모든 개체 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>All &amp;Entities</source>
        <translation>전체 개체(&amp;E)</translation>
    </message>
    <message>
        <source>List every entity in the library with the articles that mention it</source>
        <translation>라이브러리의 모든 개체를 언급한 기사와 함께 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Entities Sidebar</source>
        <translation>개체 사이드바(&amp;E)</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::EntityLibraryView</name>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open at the first mention of %1</source>
        <translation>%1이(가) 처음 언급된 곳에서 엽니다</translation>
    </message>
    <message>
        <source>%1 entities, %2 mentions in %3 articles</source>
        <translation>기사 %3개에서 개체 %1개, 언급 %2회</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>개체 필터</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>언급</translation>
    </message>
    <message>
        <source>Articles that mention the entity</source>
        <translation>이 개체를 언급한 기사 수</translation>
    </message>
    <message>
        <source>Mentions in the whole library</source>
        <translation>라이브러리 전체의 언급 횟수</translation>
    </message>
    <message>
        <source>Show this entity again</source>
        <translation>이 개체를 다시 보입니다</translation>
    </message>
    <message>
        <source>Hidden (%1)</source>
        <translation>숨김 (%1)</translation>
    </message>
    <message>
        <source>Entities you hid; choose one to show it again</source>
        <translation>숨긴 개체입니다. 하나를 고르면 다시 보입니다</translation>
    </message>
    <message numerus="yes">
        <source>Reading the entities of %n article(s)…</source>
        <translation>
            <numerusform>기사 %n건의 개체를 읽는 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dokhae::gui::EntitySidebar</name>
    <message>
        <source>No article</source>
        <translation>기사 없음</translation>
    </message>
    <message>
        <source>No entities in this article</source>
        <translation>이 기사에는 개체가 없습니다</translation>
    </message>
    <message>
        <source>%1 entities, %2 mentions</source>
        <translation>개체 %1개, 언급 %2회</translation>
    </message>
    <message>
        <source>%1 mentions · F3 / Shift+F3 to step through them</source>
        <translation>언급 %1회 · F3 / Shift+F3로 차례로 이동</translation>
    </message>
    <message>
        <source>Mention %1 of %2 · F3 / Shift+F3</source>
        <translation>언급 %2회 중 %1번째 · F3 / Shift+F3</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>유형 바꾸기(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;Alias…</source>
        <translation>별칭 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>다른 개체에 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>Hide this entity in every article (Edit ▸ Undo brings it back)</source>
        <translation>모든 기사에서 이 개체를 숨깁니다 (편집 ▸ 실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>개체 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1의 새 이름:</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>별칭 추가</translation>
    </message>
    <message>
        <source>Another name for %1 (a spelling, a transliteration, Hanzi):</source>
        <translation>%1의 다른 이름 (다른 표기, 음역, 한자):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>개체 병합</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1의 이름을 %2(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>%1의 유형을 %2(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Add alias %1 to %2</source>
        <translation>%2에 별칭 %1 추가</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1을(를) %2에 병합</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 숨기기</translation>
    </message>
    <message>
        <source>The correction was not kept: %1</source>
        <translation>수정 내용을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Show %1 again</source>
        <translation>%1 다시 보이기</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>개체 추가</translation>
    </message>
    <message>
        <source>What is %1?</source>
        <translation>%1은(는) 무엇입니까?</translation>
    </message>
    <message>
        <source>%1 is already known as %2.</source>
        <translation>%1은(는) 이미 %2(으)로 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>Add entity %1</source>
        <translation>개체 %1 추가</translation>
    </message>
    <message>
        <source>In every article of the library, count the mentions of %1 as mentions of (type to search):</source>
        <translation>라이브러리의 모든 기사에서 %1의 언급을 다음 개체의 언급으로 셉니다 (입력해서 찾기):</translation>
    </message>
    <message>
        <source>No entity named “%1” in the library; nothing was merged.</source>
        <translation>라이브러리에 “%1”(이)라는 개체가 없습니다. 아무것도 병합하지 않았습니다.</translation>
    </message>
    <message>
        <source>Listing the entities of the library…</source>
        <translation>서재의 개체 목록을 만드는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::EntityTreeModel</name>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>저작물</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>저작물</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>entity name and its number of mentions</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>다른 이름: %1</translation>
    </message>
    <message>
        <source>%1 · mentions: %2</source>
        <translation>%1 · 언급 %2회</translation>
    </message>
    <message>
        <source>&lt;i&gt;Found in the text, not in the catalog&lt;/i&gt;</source>
        <translation>&lt;i&gt;카탈로그에 없고 본문에서 찾은 이름&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::FigureTableModel</name>
    <message>
        <source>Money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>백분율</translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation>퍼센트포인트</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>물리량</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>약</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>이상</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>이하</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>미만</translation>
    </message>
    <message>
        <source>range</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>→ converts #%1, rate %2</source>
        <translation>→ #%1 환산, 환율 %2</translation>
    </message>
    <message>
        <source>→ converts #%1</source>
        <translation>→ #%1 환산</translation>
    </message>
    <message>
        <source>← converted in #%1</source>
        <translation>← #%1에서 환산</translation>
    </message>
    <message>
        <source>The rate implied by this conversion is more than 5% away from the article&apos;s other conversions between the same currencies.</source>
        <translation>이 환산에 담긴 환율이 같은 통화 사이의 기사 내 다른 환산과 5% 넘게 다릅니다.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>표기</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Qualifiers</source>
        <translation>한정어</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>In US$</source>
        <translation>미화 환산</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::FiguresPane</name>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>기사 없음</translation>
    </message>
    <message>
        <source>No figures in this article</source>
        <translation>이 기사에는 수치가 없습니다</translation>
    </message>
    <message>
        <source>article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>%1 - figures</source>
        <comment>default name of an exported CSV file; %1 is the article&apos;s title</comment>
        <translation>%1 - 수치</translation>
    </message>
    <message>
        <source>Export Figures as CSV</source>
        <translation>수치를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot export the figures</source>
        <translation>수치를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>파일 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Highlight Figures</source>
        <translation>수치 강조(&amp;H)</translation>
    </message>
    <message>
        <source>Mark every figure in the article&apos;s text</source>
        <translation>기사 본문의 모든 수치를 표시합니다</translation>
    </message>
    <message>
        <source>Export Figures as &amp;CSV…</source>
        <translation>수치를 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the figures shown in the table as a CSV file</source>
        <translation>표에 보이는 수치를 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Show figures of one kind only</source>
        <translation>한 종류의 수치만 표시합니다</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>수치 %1개</translation>
    </message>
    <message>
        <source>Figures: %1 of %2</source>
        <translation>수치 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Exported %1 figures to %2</source>
        <translation>수치 %1개를 %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>강조</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>The figures of this article could not be read: %1</source>
        <translation>이 기사의 수치를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Choose a chart in the Charts tab to add figures to it</source>
        <translation>수치를 더하려면 차트 탭에서 차트를 고르세요</translation>
    </message>
    <message>
        <source>Add the selected figures to “%1”</source>
        <translation>선택한 수치를 “%1”에 추가</translation>
    </message>
    <message>
        <source>&amp;New Chart from Selected Figures</source>
        <translation>선택한 수치로 새 차트(&amp;N)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Make a chart of the selected figures (select several with Ctrl or Shift)</source>
        <translation>선택한 수치로 차트를 만듭니다(Ctrl이나 Shift로 여러 개 선택)</translation>
    </message>
    <message>
        <source>&amp;Add Selected Figures to Chart</source>
        <translation>선택한 수치를 차트에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add to Chart</source>
        <translation>차트에 추가</translation>
    </message>
    <message>
        <source>This article has no figures of the kind %1; all kinds are shown.</source>
        <translation>이 기사에는 ‘%1’ 수치가 없어 모든 종류를 보입니다.</translation>
    </message>
    <message>
        <source>Reading the figures of this article…</source>
        <translation>이 기사의 수치를 읽는 중…</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 항목 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>다음 항목 (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ImportController</name>
    <message>
        <source>Cancelling import after the current file…</source>
        <translation>현재 파일을 마친 뒤 가져오기를 취소합니다…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 가져오는 중 (%3개 중 %2번째)…</translation>
    </message>
    <message>
        <source>Import finished: %1 added, %2 updated, %3 unchanged, %4 refused.</source>
        <translation>가져오기 완료: 추가 %1, 갱신 %2, 변경 없음 %3, 거부 %4.</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>가져오기에 실패했습니다.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>일부 파일을 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the import after the current file</source>
        <translation>현재 파일을 마친 뒤 가져오기를 멈춥니다</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%m개 중 %v</translation>
    </message>
    <message>
        <source>These files could not be imported; the library was left as it was for them.</source>
        <translation>다음 파일을 가져오지 못했습니다. 이 파일들에 대해서는 라이브러리를 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>…and %1 more (see Details).</source>
        <translation>…그 밖에 %1개 (자세한 내용 참조).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other types skipped.</source>
        <translation>
            <numerusform>다른 형식의 파일 %n개는 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Import stopped.</source>
        <translation>가져오기를 멈췄습니다.</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>가져오기 중단</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) stored before the stop are kept.</source>
        <translation>
            <numerusform>멈추기 전에 저장한 기사 %n개는 그대로 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not imported; import them again once the library can be written.</source>
        <translation>
            <numerusform>파일 %n개는 가져오지 못했습니다. 라이브러리에 다시 쓸 수 있게 되면 다시 가져오십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dokhae::gui::Language</name>
    <message>
        <source>en</source>
        <comment>ISO 639-1 code of the language of this translation</comment>
        <translation>ko</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>시스템 설정 따르기</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::LibraryOpener</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation>라이브러리 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a library file in a new window</source>
        <translation>라이브러리 파일을 새 창에서 엽니다</translation>
    </message>
    <message>
        <source>Open &amp;Team Library…</source>
        <translation>팀 라이브러리 열기(&amp;T)…</translation>
    </message>
    <message>
        <source>Connect to a team library on a PostgreSQL server, in a new window</source>
        <translation>PostgreSQL 서버의 팀 라이브러리에 새 창으로 연결합니다</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>라이브러리 열기</translation>
    </message>
    <message>
        <source>Dokhae libraries (*.sqlite);;All files (*)</source>
        <translation>Dokhae 라이브러리 (*.sqlite);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::LibraryPane</name>
    <message>
        <source>Search articles (Ctrl+L)</source>
        <translation>기사 검색 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Words or &quot;quoted phrases&quot;; every term must occur</source>
        <translation>단어 또는 &quot;따옴표로 묶은 구절&quot;. 모든 검색어가 들어 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::MainWindow</name>
    <message>
        <source>Cannot open the library</source>
        <translation>라이브러리를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Dokhae</source>
        <translation>독해</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import text, Markdown or HTML articles</source>
        <translation>텍스트, 마크다운, HTML 기사를 가져옵니다</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every article file in a folder and its subfolders</source>
        <translation>폴더와 하위 폴더의 모든 기사 파일을 가져옵니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>기사에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>이전 찾기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>라이브러리 검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Dokhae</source>
        <translation>독해 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>기사 (*.txt *.md *.html *.htm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>About Dokhae</source>
        <translation>독해 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dokhae %1&lt;/h3&gt;&lt;p&gt;A research browser for following China&apos;s AI industry through the Korean press: import articles, search them in Korean, and read them closely.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;독해 %1&lt;/h3&gt;&lt;p&gt;한국 언론을 통해 중국 AI 산업을 추적하는 연구용 브라우저입니다. 기사를 가져오고, 한국어로 검색하고, 꼼꼼히 읽을 수 있습니다.&lt;/p&gt;&lt;p&gt;라이브러리: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>기사 %1개</translation>
    </message>
    <message>
        <source>Matches: %1 of %2 articles</source>
        <translation>기사 %2개 중 %1개 일치</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R): %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>차트(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the figures of earlier articles: %1 of %2</source>
        <translation>이전 기사의 수치를 읽는 중: %2개 중 %1개</translation>
    </message>
    <message>
        <source>The figures of some articles could not be read: %1</source>
        <translation>일부 기사의 수치를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Not a Dokhae link: %1</source>
        <translation>독해 링크가 아닙니다: %1</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>강조</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dokhae is free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later), and comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;독해는 GNU 일반 공중 사용 허가서 3판 또는 그 이후 판(GPL-3.0-or-later)에 따른 자유 소프트웨어이며, 어떠한 보증도 하지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Entity identifiers come from Wikidata (CC0). The sample articles belong to their authors and publishers. Built with Qt; see About Qt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;개체 식별자는 위키데이터(CC0)에서 가져왔습니다. 예시 기사의 저작권은 필자와 발행처에 있습니다. Qt로 만들었습니다. Qt 정보를 참고하세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Names are also found by a tagger trained on KLUE-NER (KLUE benchmark, CC BY-SA 4.0) and on counts of annotated names from the konec corpus (CC BY-SA 4.0); the model file is a derivative of both and shares their license.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이름은 KLUE-NER(KLUE 벤치마크, CC BY-SA 4.0)와 konec 말뭉치의 개체명 주석 빈도(CC BY-SA 4.0)로 학습한 태거로도 찾습니다. 모델 파일은 두 자료의 2차적 저작물이며 같은 라이선스를 따릅니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Matches: %1 of %2 articles (the best %3 listed)</source>
        <translation>기사 %2개 중 %1개 일치(상위 %3개 표시)</translation>
    </message>
    <message>
        <source>Export &amp;Brief…</source>
        <translation>브리프 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>A brief of chosen articles, with your highlights, notes and charts, as PDF or HTML</source>
        <translation>고른 기사와 강조, 메모, 차트를 담은 브리프를 PDF나 HTML로 만듭니다</translation>
    </message>
    <message>
        <source>Brief written to %1</source>
        <translation>브리프를 %1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ReaderPane</name>
    <message>
        <source>The sentence is no longer in the article</source>
        <translation>그 문장은 이제 기사에 없습니다</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::ReaderView</name>
    <message>
        <source>Select an article in the library to read it here.</source>
        <translation>라이브러리에서 기사를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Add “%1” as Entity…</source>
        <translation>“%1”을(를) 개체로 추가…</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::RecentLibrariesMenu</name>
    <message>
        <source>No libraries opened yet</source>
        <translation>아직 연 라이브러리가 없습니다</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 라이브러리(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::TeamLibraryDialog</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: a Dokhae library of %n article(s).</source>
        <translation>
            <numerusform>연결됨: 기사 %n건의 Dokhae 라이브러리입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Team Library</source>
        <translation>팀 라이브러리 열기</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Encryption (sslmode):</source>
        <translation>암호화(sslmode):</translation>
    </message>
    <message>
        <source>Connection URI:</source>
        <translation>연결 URI:</translation>
    </message>
    <message>
        <source>host name, or the folder of a Unix socket</source>
        <translation>호스트 이름, 또는 유닉스 소켓 폴더</translation>
    </message>
    <message>
        <source>your login name when empty</source>
        <translation>비워 두면 로그인 이름</translation>
    </message>
    <message>
        <source>not saved; when empty, ~/.pgpass is read</source>
        <translation>저장되지 않음. 비워 두면 ~/.pgpass를 읽습니다</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::TeamUpdates</name>
    <message>
        <source>A teammate added articles to the library.</source>
        <translation>팀원이 라이브러리에 기사를 추가했습니다.</translation>
    </message>
    <message>
        <source>A teammate&apos;s notes changed.</source>
        <translation>팀원의 메모가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>A teammate corrected the library&apos;s entities.</source>
        <translation>팀원이 라이브러리의 개체를 고쳤습니다.</translation>
    </message>
</context>
<context>
    <name>dokhae::gui::TimelinePane</name>
    <message>
        <source>&amp;Group by:</source>
        <translation>묶음 단위(&amp;G):</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>개체(&amp;E):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>기사 표현</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>문장</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>모든 개체</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1 (사건 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed in time</source>
        <translation>시점 미상</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month group of the timeline, as a QDate format</comment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>Written in full in the article.</source>
        <translation>기사에 날짜가 온전히 적혀 있습니다.</translation>
    </message>
    <message>
        <source>Written relative to the article&apos;s date (%1) and read against it.</source>
        <translation>기사 날짜(%1)를 기준으로 쓴 표현을 그 날짜에 맞춰 읽었습니다.</translation>
    </message>
    <message>
        <source>The text gives a stretch of time, not a date.</source>
        <translation>본문이 날짜가 아니라 기간을 말합니다.</translation>
    </message>
    <message>
        <source>Relative to the article&apos;s date, which the article does not give.</source>
        <translation>기사 날짜 기준 표현이지만 기사에 날짜가 없습니다.</translation>
    </message>
    <message>
        <source>The text does not place it in time.</source>
        <translation>본문이 시점을 밝히지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;This article only</source>
        <translation>이 기사만(&amp;T)</translation>
    </message>
    <message>
        <source>Only the events of the article being read</source>
        <translation>읽고 있는 기사의 사건만</translation>
    </message>
</context>
</TS>
