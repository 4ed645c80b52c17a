#pragma once

// What a careful reader of each bundled seed decided is article and what is not. Lines are
// quoted as they stand in the files (whitespace collapsed).
#include <QDate>
#include <QString>
#include <QStringList>

struct SeedExpectation {
    QString file;
    QString title, author, source;
    QDate published;
    QString firstSentence, lastSentence;
    QStringList kept;          // middle sentences and section headings
    QStringList removedLines;  // metadata lines and boilerplate, whole lines of the raw file
    QStringList absent;        // fragments of boilerplate that must not survive anywhere
    QStringList exactlyOnce;   // text that the page repeated and the reading text must not
};

inline QList<SeedExpectation> seedExpectations()
{
    QList<SeedExpectation> seeds;
    seeds.append({
        QStringLiteral("000_049ac055fd958cc1.txt"),
        QStringLiteral("중국 기업들의 AI 혁명이 가능한 이유는"), QStringLiteral("한우덕"),
        QStringLiteral("미래에셋투자와연금센터"), QDate(2025, 7, 25),
        QStringLiteral("상하이와 항저우를 다녀왔다."),
        QStringLiteral("중국 AI 결코 무시할 수 없는 이유다."),
        {QStringLiteral("상하이&항저우 AI 현장 리포트 1부"), QStringLiteral("이번 혁명에서는 결코 서방에 밀리지 않겠다"),
         QStringLiteral("국가가 시장을 창출한다"), QStringLiteral("‘AI+’, 중국 인공지능은 무한대로 확산된다."),
         QStringLiteral("이게 뭘 뜻할까?"),
         QStringLiteral("딥로보틱스의 경우 최근 5억 위안(약 957억원)의 투자 유치에 성공하기도 했다."),
         QStringLiteral("당시 총리였던 리커창(李克强)이 제시한 ‘인터넷+’의 의미는 인터넷과 전통 산업 분야와의 접합이었다.")},
        {QStringLiteral("중국 기업들의 AI 혁명이 가능한 이유는 | 미래에셋투자와연금센터"),
         QStringLiteral("중국 기업들의 AI 혁명이 가능한 이유는"),
         QStringLiteral("글 : 한우덕 / 중앙일보 차이나랩 2025-07-25"),
         QStringLiteral("상하이&항저우 AI 현장 리포트 2부 보기"), QStringLiteral("뉴스레터 구독"),
         QStringLiteral("미래에셋 투자와연금센터 뉴스레터를 신청하시면 주 2회 노후준비에 도움이 되는 유익한 소식을 전해드립니다."),
         QStringLiteral("• 이메일"), QStringLiteral("• 개인정보 수집∙이용"), QStringLiteral("약관보기"),
         QStringLiteral("• 광고성 정보 수신"),
         QStringLiteral("미래에셋 투자와연금센터 뉴스레터를 구독한 이메일 조회로 정보변경이 가능합니다."),
         QStringLiteral("• 신규 이메일"),
         QStringLiteral("미래에셋 투자와연금센터 뉴스레터를 구독한 이메일 조회로 구독취소가 가능합니다.")},
        {QStringLiteral("뉴스레터"), QStringLiteral("약관"), QStringLiteral("구독"), QStringLiteral("이메일"),
         QStringLiteral("2부 보기"), QStringLiteral("글 : 한우덕")},
        {QStringLiteral("중국 기업들의 AI 혁명이 가능한 이유는")}});
    seeds.append({
        QStringLiteral("001_f4d327ceaa89a947.txt"),
        QStringLiteral("딥시크로 돌풍 일으킨 中, AI 골든타임 맞이할 가능성은?"), QStringLiteral("서재창"),
        QStringLiteral("헬로티"), QDate(2025, 3, 27),
        QStringLiteral("중국이 인공지능(AI)과 반도체를 중심으로 글로벌 기술 패권 경쟁에 본격적으로 나서고 있다."),
        QStringLiteral("중국이 AI 및 반도체 분야에서 글로벌 경쟁력을 확보할 수 있을지 주목된다."),
        {QStringLiteral("패권 경쟁 자신 있는 中"), QStringLiteral("기업 주도의 기술 혁신과 투자 확대"),
         QStringLiteral("주요 전략은 ‘반도체와 AI의 융합’"), QStringLiteral("늘어나는 인재 풀과 스타트업 붐"),
         QStringLiteral("R&D 예산을 전년 대비 10% 증액한 3981억 위안(약 80조 원)으로 책정했다."),
         QStringLiteral("SMIC는 7나노 공정 기술을 확보하며 글로벌 반도체 시장에서 입지를 다지고 있다.")},
        {QStringLiteral("딥시크로 돌풍 일으킨 中, AI 골든타임 맞이할 가능성은?"),
         QStringLiteral("2025.03.27 23:08:39"), QStringLiteral("서재창 기자 eled@hellot.net"),
         QStringLiteral("헬로티 서재창 기자 |"), QStringLiteral("Copyright ⓒ 첨단 & Hellot.net"),
         QStringLiteral("상호명(명칭) : (주)첨단 | 등록번호 : 서울,자00420 | 등록일자 : 2013년05월15일 | 제호 :헬로티(helloT) | "
                        "발행인 : 이종춘 | 편집인 : 김진희 | 본점 : 서울시 마포구 양화로 127, 3층, 지점 : 경기도 파주시 심학산로 10, 3층 | "
                        "발행일자 : 2012년 4월1일 | 청소년보호책임자 : 김유활 | 대표이사 : 이준원 | 사업자등록번호 : 118-81-03520 | "
                        "전화 : 02-3142-4151 | 팩스 : 02-338-3453 | 통신판매번호 : 제 2013-서울마포-1032호 copyright(c) HelloT all right reserved.")},
        {QStringLiteral("Copyright"), QStringLiteral("사업자등록번호"), QStringLiteral("02-3142-4151"),
         QStringLiteral("eled@hellot.net"), QStringLiteral("서재창 기자"), QStringLiteral("23:08:39"),
         QStringLiteral("발행인"), QStringLiteral("청소년보호책임자")},
        {QStringLiteral("딥시크로 돌풍 일으킨 中")}});
    seeds.append({
        QStringLiteral("002_9c0bf49b0926ee40.txt"),
        QStringLiteral("글로벌 AI 패권의 경쟁자, 중국 AI 산업 전격 분석!"), {}, {}, {},
        QStringLiteral("오늘 새벽에 열린 도널드 트럼프 미국 대통령의 두 번째 취임식을 앞두고 세간의 이목이 집중된 사건이 있었습니다."),
        QStringLiteral("모두 새해 복 많이 받으시고, 설 연휴 지나 2월에 뵐게요."),
        {QStringLiteral("Step 1. 성장하는 중국 vs 압도적인 미국"), QStringLiteral("Step 2. 중국의 AI 플레이어에 대해 알아보자🔍"),
         QStringLiteral("Step 3. 넓고 넓은 중국, 지역별로 다른 AI 생태계"),
         QStringLiteral("결론: 목표는 NO.1? AI 글로벌 리더 ‘중국’"),
         QStringLiteral("매개변수 6,710억 개를 자랑하는 ‘딥시크 V3’는 낮은 개발 비용으로 크게 화제를 모았습니다."),
         QStringLiteral("2023년 미국의 AI 산업 민간 투자액은 672억 달러(약 97조 5,000억 원)로 무려 중국의 9배에 가깝습니다.")},
        {QStringLiteral("글로벌 AI 패권의 경쟁자, 중국 AI 산업 전격 분석!"), QStringLiteral("⛅ 안쓰면 클나우"),
         QStringLiteral("✨기쁜 소식을 전합니다!✨"),
         QStringLiteral("베스핀글로벌이 AWS 2024 Best Edge Services Partner Award를 수상했습니다! 🎉"),
         QStringLiteral("이번 수상은 지난 한 해 동안 AWS 엣지 서비스(Edge Services)의 성장과 성공을 위한 베스핀글로벌의 노력을 "
                        "인정받은 결과입니다. 엣지 서비스는 데이터를 네트워크 가까운 곳에서 처리해 응답 시간 단축과 지연 시간 감소를 "
                        "실현하는 기술로, AWS는 Amazon CloudFront, AWS Wavelength, AWS Lacal Zones, AWS Outposts와 같은 다양한 "
                        "엣지 서비스를 제공합니다."),
         QStringLiteral("이 상은 베스핀글로벌의 전문성과 AWS 엣지 팀과의 긴밀한 파트너십이 만들어낸 값진 성과입니다.😊 앞으로도 더 높은 "
                        "기준의 서비스를 제공하며 시장에서의 혁신을 계속 이끌어가겠습니다. 2025년에도 AWS Edge Service에 많은 관심 "
                        "부탁 드립니다~🚀"),
         QStringLiteral("교육 문의: academy_bgk@bespinglobal.com / 070-7931-2339")},
        {QStringLiteral("안쓰면 클나우"), QStringLiteral("기쁜 소식"), QStringLiteral("Partner Award"),
         QStringLiteral("이번 수상은"), QStringLiteral("값진 성과입니다"), QStringLiteral("AWS Edge Service에 많은 관심"),
         QStringLiteral("academy_bgk@bespinglobal.com"), QStringLiteral("070-7931-2339"), QStringLiteral("교육 문의")},
        {QStringLiteral("글로벌 AI 패권의 경쟁자")}});
    seeds.append({
        QStringLiteral("004_145a81c88e6cac08.txt"),
        QStringLiteral("[특별대담] “AI 패권 경쟁, 중국의 추월은 이미 시작됐다”"), {}, {}, {},
        QStringLiteral("존 손힐(John Thornhill) <파이낸셜 타임스> 기술 칼럼니스트 겸 혁신 에디터와 차이웨이 천(Caiwei Chen) "
                       "MIT 테크놀로지 리뷰 기자가 미국과 중국 사이에서 인공지능을 중심으로 벌어지는 기술 패권 경쟁에 대해 의견을 나눴다."),
        QStringLiteral("제재와 변화하는 AI 수요 속에서 업계가 어떤 돌파구를 찾고 있는지, MIT 테크놀로지 리뷰가 현장에서 직접 취재했다"),
        {QStringLiteral("AI 기반 핀테크, 전자상거래, 물류 분야에서도 중국은 미국보다 앞서 있다. 가장 흥미롭고 잠재력이 큰 AI 활용은"),
         QStringLiteral("중국이 안고 있는 가장 큰 병목은 여전히 반도체이다."),
         QStringLiteral("교육부는 모든 학령 단계에 AI 교육을 통합하겠다는 계획도 발표했다."),
         QStringLiteral("중국을 ‘공학 중심 국가’라고 표현하는 것이 꼭 정확한 정의는 아닐지 몰라도"),
         QStringLiteral("존 손힐: “속도가 곧 우위는 아니다”라는 말에 전적으로 동의한다.")},
        {QStringLiteral("[특별대담] “AI 패권 경쟁, 중국의 추월은 이미 시작됐다”"),
         QStringLiteral("![[특별대담] “AI 패권 경쟁, 중국의 추월은 이미 시작됐다”](https://xn--hz2b95cy9gvzq.com/data/images/"
                        "eda700a90168a11fcff016d798c5d6bc_image-7.png)"),
         QStringLiteral("IT/기술 전문 정보"), QStringLiteral("핵심 특징"), QStringLiteral("고품질"),
         QStringLiteral("검증된 정보만 제공"), QStringLiteral("빠른 업데이트"), QStringLiteral("실시간 최신 정보"),
         QStringLiteral("상세 분석"), QStringLiteral("전문가 수준 리뷰"), QStringLiteral("상세 정보"), QStringLiteral("핵심 내용"),
         QStringLiteral("정리"), QStringLiteral("자주 묻는 질문"), QStringLiteral("Q. 어떤 정보를 제공하나요?"),
         QStringLiteral("A. IT/기술 관련 최신 정보를 제공합니다."), QStringLiteral("Q. 신뢰할 수 있나요?"),
         QStringLiteral("A. 검증된 출처만 선별합니다."), QStringLiteral("Q. 더 궁금한 점은?"),
         QStringLiteral("A. 댓글로 문의하세요."), QStringLiteral("원문 출처"),
         QStringLiteral("이 글은 원본 기사를 참고하여 작성되었습니다.")},
        {QStringLiteral("xn--hz2b95cy9gvzq.com"), QStringLiteral("IT/기술 전문 정보"), QStringLiteral("검증된 정보만 제공"),
         QStringLiteral("자주 묻는 질문"), QStringLiteral("어떤 정보를 제공하나요"), QStringLiteral("댓글로 문의하세요"),
         QStringLiteral("원본 기사를 참고하여"), QStringLiteral("전문가 수준 리뷰"), QStringLiteral("[특별대담]")},
        {QStringLiteral("전설적인 투자자 워런 버핏은 과거 “미국에 반대되는 베팅은 하지 말라"),
         QStringLiteral("존 손힐(John Thornhill) <파이낸셜 타임스>")}});
    return seeds;
}
