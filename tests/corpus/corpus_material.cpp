#include "corpus_material.h"

#include <QHash>

namespace dokhae::corpus::material {

const QStringList &titlePatterns()
{
    static const QStringList patterns{
        u"{company|이} 꺼낸 {tech} 승부수, {year}년 {market} 판도 바꿀까"_qs,
        u"[분석] {place} {tech} 클러스터, {count}개 기업이 몰린 이유"_qs,
        u"{company}·{company2} {product} 경쟁 격화… 가격 {pct}% 인하"_qs,
        u"중국 {tech} 투자 {yuan} 돌파, 한국은 어디에 서 있나"_qs,
        u"{person} \"{tech}의 승부는 데이터와 전력에서 갈린다\""_qs,
        u"{krcompany}, {place}에 {won} 규모 {facility} 짓는다"_qs,
        u"美 수출 통제 {small}개월… {company}의 {chip} 자립은 어디까지 왔나"_qs,
        u"{year}년 {month}월 중국 {market} 출하량 {pct}% 증가"_qs,
        u"[현장] {place}에서 본 {tech} 상용화의 속도"_qs,
        u"{company} {product} 공개, 벤치마크서 {pct}% 앞섰다"_qs,
        u"{institution} \"중국 {tech} 특허 출원 {count}건, 세계 1위\""_qs,
        u"엔비디아 의존 줄이는 중국… {chip} 양산 {small}만 장 목표"_qs,
        u"{krcompany} {year}년 {quarter} 영업이익 {won}, {tech} 수요가 견인"_qs,
        u"위안화 약세 속 {company} 해외 매출 비중 {pct}%로 상승"_qs,
        u"[기고] {tech} 시대, 한중 {market} 협력의 조건"_qs,
        u"{place} 지방정부, {tech} 스타트업에 {yuan} 보조금"_qs,
        u"오픈소스 {product} 내려받기 {count}만 회… 개발자 생태계 넓힌다"_qs,
        u"{company}, {uscompany}와 {market} 주도권 다툼 본격화"_qs,
    };
    return patterns;
}

const QStringList &sentencePatterns()
{
    static const QStringList patterns{
        // Industry and companies
        u"{company|은} 지난 {month}월 {place}에서 열린 개발자 행사에서 새 {tech} 전략을 발표했다."_qs,
        u"업계에 따르면 {company|은} 올해 {tech} 분야에 {yuan}을 투입할 계획이다."_qs,
        u"{company|이} 내놓은 {product|은} 출시 {small}주 만에 이용자 {count}만 명을 넘어섰다."_qs,
        u"알리바바는 클라우드 사업부를 중심으로 {product} 기반 서비스를 {count}개 기업에 공급하고 있다."_qs,
        u"텐센트가 운영하는 메신저 위챗에는 {tech} 비서 기능이 붙었고, 하루 호출 건수는 {count}만 건에 이른다."_qs,
        u"화웨이는 자체 개발한 어센드 칩으로 데이터센터 {count}곳을 꾸렸다고 밝혔다."_qs,
        u"딥시크가 공개한 추론 모델은 학습 비용이 {dollar} 수준에 그쳐 업계를 놀라게 했다."_qs,
        u"바이두는 자율주행 로보택시를 {place} 등 {small}개 도시에서 운행하며 누적 주행거리 {count}만 km를 기록했다."_qs,
        u"{company|은} {year}년까지 {tech} 인력을 {count}명 더 뽑겠다고 공언했다."_qs,
        u"{company|과} {company2|은} {market}에서 점유율 {pct}%와 {pct2}%로 1, 2위를 다투고 있다."_qs,
        u"알리바바 클라우드는 {year}년 {quarter} 매출이 전년 같은 기간보다 {pct}% 늘었다고 발표했다."_qs,
        u"Qwen 계열 오픈소스 모델은 파생 모델만 {count}개가 넘는 것으로 집계됐다."_qs,
        u"{company|은} {product|을} 통해 {market} 고객의 업무 시간을 평균 {pct}% 줄였다고 설명했다."_qs,
        // Chips and supply chain
        u"중국 반도체 업계는 미국의 수출 통제 이후 {chip} 국산화에 속도를 내고 있다."_qs,
        u"엔비디아의 중국 매출 비중은 한때 {pct}%에 달했지만 규제 이후 빠르게 줄었다."_qs,
        u"{uscompany|은} 중국 시장을 겨냥한 저사양 GPU를 내놓았지만 판매량은 기대에 못 미쳤다."_qs,
        u"HBM 공급이 달리면서 {krcompany|의} {year}년 생산 물량은 이미 모두 팔린 것으로 알려졌다."_qs,
        u"SMIC는 {place} 공장의 월 생산능력을 {count}장 규모로 늘리는 방안을 검토 중이다."_qs,
        u"{krcompany|은} {place} 공장에서 만드는 메모리 가운데 {pct}%를 중국 고객사에 공급한다."_qs,
        u"업계는 중국산 GPU의 성능이 최신 미국 제품의 {pct}% 수준에 머물러 있다고 본다."_qs,
        u"반도체 장비 수입액은 {year}년 {dollar}로 전년보다 {pct}% 증가했다."_qs,
        u"{chip} 한 장 가격은 {won} 안팎으로, 1년 새 {pct}% 올랐다."_qs,
        // Policy and macro
        u"중국 정부는 {year}년 정부공작보고에서 '{policy}'을 핵심 과제로 제시했다."_qs,
        u"{institution}에 따르면 중국의 {tech} 산업 규모는 {year}년 {yuan}에 이른다."_qs,
        u"{place}시는 {tech} 기업에 사무실 임대료를 최대 {small}년간 면제해 주기로 했다."_qs,
        u"중국의 {tech} 관련 특허 출원은 {year}년 한 해에만 {count}건으로 집계됐다."_qs,
        u"한국의 대중국 수출은 {year}년 {month}월 {dollar}로 {small}개월 만에 증가세로 돌아섰다."_qs,
        u"민간 투자액은 {dollar}로 같은 기간 한국의 {small}배에 가깝다."_qs,
        u"{institution|은} 중국 {market} 성장률 전망치를 {pct}%로 {direction}했다."_qs,
        u"인민은행은 기준금리를 {rate}%로 유지하며 기술 기업 대출을 늘리라고 주문했다."_qs,
        u"전력 수요가 몰리면서 {place} 일대 데이터센터의 전기요금은 kWh당 {price}위안까지 올랐다."_qs,
        u"{year}년 중국 {tech} 스타트업이 유치한 투자는 {count}건, 금액으로는 {yuan}이다."_qs,
        // People and voices
        u"{person|은} \"{tech|은} 도구가 아니라 산업의 기반이 될 것\"이라고 말했다."_qs,
        u"{person|은} 기자와 만나 \"{year}년이면 {market}의 절반이 {tech}로 바뀔 것\"이라고 내다봤다."_qs,
        u"{analyst|은} \"중국 기업의 강점은 시장 규모와 실행 속도\"라며 \"{pct}%대 성장은 이어질 것\"이라고 분석했다."_qs,
        u"{analyst|은} 보고서에서 {company|의} 목표주가를 {price}달러로 {direction}했다."_qs,
        u"한 {place} 소재 스타트업 대표는 \"인재 확보 비용이 {small}년 새 두 배로 뛰었다\"고 전했다."_qs,
        u"{person|은} 이날 {count}명의 청중 앞에서 {product|의} 새 기능을 직접 시연했다."_qs,
        // Korea angle
        u"{krcompany|은} {company|과} {tech} 분야 협력을 위한 업무협약을 맺었다."_qs,
        u"국내 {tech} 스타트업 {small}곳이 {place} 박람회에 공동관을 꾸려 참가했다."_qs,
        u"{institution|은} 한국 기업의 생성형 AI 도입률이 {pct}%로 중국보다 낮다고 지적했다."_qs,
        u"네이버와 카카오는 각각 {krmodel|과} 자체 모델로 국내 시장을 지키겠다는 전략이다."_qs,
        u"{krplace}에 들어설 {facility|은} {year}년 완공을 목표로 {won}이 투입된다."_qs,
        u"정부는 {tech} 분야 연구개발에 {year}년부터 {small}년간 {won}을 지원하기로 했다."_qs,
        // Market color
        u"{company|의} 주가는 이날 {pct}% 올라 시가총액 {dollar}를 회복했다."_qs,
        u"홍콩 증시에 상장된 {tech} 관련주는 {month}월 들어 평균 {pct}% 상승했다."_qs,
        u"시장조사업체 {institution|은} 올해 중국 {market} 출하량을 {count}만 대로 예상했다."_qs,
        u"{product|의} API 가격은 100만 토큰당 {price}위안으로 경쟁 제품의 {pct}% 수준이다."_qs,
        u"{tech} 서비스를 쓰는 중국 이용자는 {count}만 명으로 1년 전보다 {pct}% 늘었다."_qs,
        u"{place}의 한 쇼핑몰에서는 안내 로봇 {small}대가 하루 {count}명의 손님을 맞는다."_qs,
        u"물류 기업 {small}곳 가운데 {small2}곳은 이미 {tech} 기반 배차 시스템을 쓰고 있다."_qs,
        u"생성형 AI 시장은 {year}년 {dollar} 규모로 커질 것으로 전망된다."_qs,
    };
    return patterns;
}

const QStringList &plainSentencePatterns()
{
    static const QStringList patterns{
        u"{company|은} 이번 발표에서 구체적인 출시 일정은 밝히지 않았다."_qs,
        u"업계에서는 {company|이} {tech} 경쟁에서 한발 앞서 있다는 평가가 나온다."_qs,
        u"{place}의 개발자들은 {product|을} 업무 도구로 쓰는 데 이미 익숙하다."_qs,
        u"{analyst|은} \"가격 경쟁이 길어지면 체력이 약한 기업부터 밀려날 것\"이라고 말했다."_qs,
        u"중국 반도체 업계는 장비와 소재의 국산화가 가장 큰 숙제라고 입을 모은다."_qs,
        u"{person|은} \"속도보다 중요한 것은 방향\"이라며 장기 투자를 강조했다."_qs,
        u"미국의 수출 통제가 오히려 중국 기업의 자립을 앞당겼다는 분석도 있다."_qs,
        u"{krcompany|은} 중국 시장의 변화를 예의 주시하고 있다고 밝혔다."_qs,
        u"{company|의} 움직임은 경쟁사들의 전략에도 영향을 줄 것으로 보인다."_qs,
        u"현장에서 만난 엔지니어들은 데이터 확보가 관건이라고 입을 모았다."_qs,
        u"{place} 시내 곳곳에서는 {tech} 서비스를 알리는 광고판을 쉽게 볼 수 있었다."_qs,
        u"전문가들은 규제의 방향이 아직 분명하지 않다는 점을 위험 요인으로 꼽는다."_qs,
        u"{institution|은} 관련 통계를 정기적으로 공개하겠다고 밝혔다."_qs,
        u"알리바바는 클라우드와 전자상거래를 잇는 생태계를 강점으로 내세운다."_qs,
        u"텐센트가 게임과 메신저에서 쌓은 이용자 기반은 여전히 강력한 무기다."_qs,
        u"엔비디아의 최신 GPU를 구하기 어려워지자 중국 기업들은 대안을 찾아 나섰다."_qs,
        u"화웨이는 칩과 클라우드, 단말을 모두 가진 드문 기업으로 꼽힌다."_qs,
        u"딥시크의 등장은 적은 자원으로도 경쟁력 있는 모델을 만들 수 있다는 점을 보여줬다."_qs,
        u"오픈소스 전략은 개발자 생태계를 넓히는 데 효과적이라는 평가를 받는다."_qs,
        u"한국 기업에도 기회와 위협이 동시에 존재한다는 지적이 나온다."_qs,
        u"{person|은} 인재 양성이야말로 가장 중요한 투자라고 거듭 강조했다."_qs,
        u"{company|과} {company2|은} 서로 다른 길을 걷고 있지만 목표는 같다."_qs,
        u"{tech} 기술이 일상으로 들어오면서 개인정보 보호에 대한 우려도 커지고 있다."_qs,
        u"{krcompany|은} 협력과 경쟁 사이에서 균형을 잡는 것이 과제라고 설명했다."_qs,
        u"생성형 AI를 둘러싼 논쟁은 앞으로도 계속될 전망이다."_qs,
        u"{analyst|은} 당분간 변동성이 클 수 있다며 신중한 접근을 권했다."_qs,
        u"{place}에 본사를 둔 스타트업들은 정부 지원을 발판 삼아 빠르게 몸집을 키우고 있다."_qs,
        u"이 같은 흐름은 {market} 시장 전반으로 번지고 있다."_qs,
    };
    return patterns;
}

const QStringList &values(QStringView slot)
{
    static const QHash<QString, QStringList> lists{
        {u"company"_qs, {u"알리바바"_qs, u"바이두"_qs, u"텐센트"_qs, u"화웨이"_qs, u"딥시크"_qs, u"바이트댄스"_qs,
                         u"센스타임"_qs, u"샤오미"_qs, u"아이플라이텍"_qs, u"캠브리콘"_qs, u"즈푸AI"_qs,
                         u"문샷AI"_qs, u"미니맥스"_qs, u"메그비"_qs, u"호라이즌로보틱스"_qs, u"유니트리"_qs}},
        {u"krcompany"_qs, {u"삼성전자"_qs, u"SK하이닉스"_qs, u"LG전자"_qs, u"네이버"_qs, u"카카오"_qs,
                           u"현대차"_qs, u"KT"_qs, u"LG에너지솔루션"_qs, u"리벨리온"_qs, u"퓨리오사AI"_qs}},
        {u"uscompany"_qs, {u"엔비디아"_qs, u"AMD"_qs, u"인텔"_qs, u"오픈AI"_qs, u"구글"_qs, u"마이크로소프트"_qs,
                           u"메타"_qs, u"애플"_qs, u"퀄컴"_qs}},
        {u"person"_qs, {u"천하오 최고기술책임자"_qs, u"왕리쥔 부총재"_qs, u"류펑 대표"_qs, u"장웨이 연구원장"_qs,
                        u"쑨메이링 교수"_qs, u"린즈강 최고경영자"_qs, u"자오민 수석연구원"_qs,
                        u"황쉬 창업자"_qs, u"박서준 교수"_qs, u"이하늘 센터장"_qs}},
        {u"analyst"_qs, {u"김도윤 연구원"_qs, u"정하린 애널리스트"_qs, u"최민재 수석연구위원"_qs,
                         u"오세린 연구위원"_qs, u"한지호 이코노미스트"_qs, u"윤채원 선임연구원"_qs}},
        {u"place"_qs, {u"상하이"_qs, u"항저우"_qs, u"선전"_qs, u"베이징"_qs, u"광저우"_qs, u"청두"_qs,
                       u"우한"_qs, u"쑤저우"_qs, u"허페이"_qs, u"충칭"_qs, u"톈진"_qs, u"시안"_qs}},
        {u"krplace"_qs, {u"용인"_qs, u"평택"_qs, u"판교"_qs, u"광주"_qs, u"구미"_qs, u"청주"_qs}},
        {u"tech"_qs, {u"생성형 AI"_qs, u"자율주행"_qs, u"클라우드"_qs, u"휴머노이드 로봇"_qs, u"AI 반도체"_qs,
                      u"대규모 언어모델"_qs, u"스마트 제조"_qs, u"AI 에이전트"_qs, u"컴퓨터 비전"_qs,
                      u"음성인식"_qs}},
        {u"product"_qs, {u"Qwen"_qs, u"어니봇"_qs, u"훈위안"_qs, u"딥시크-R1"_qs, u"키미"_qs, u"두바오"_qs,
                         u"GLM"_qs, u"판구 모델"_qs, u"센스노바"_qs, u"스파크 모델"_qs}},
        {u"krmodel"_qs, {u"하이퍼클로바X"_qs, u"카나나"_qs}},
        {u"chip"_qs, {u"어센드 910B"_qs, u"7나노 AI 칩"_qs, u"HBM3E"_qs, u"AI 가속기"_qs, u"GPU"_qs,
                      u"14나노 로직 칩"_qs, u"낸드플래시"_qs}},
        {u"market"_qs, {u"스마트폰"_qs, u"전기차"_qs, u"클라우드"_qs, u"데이터센터"_qs, u"산업용 로봇"_qs,
                        u"AI 서버"_qs, u"모바일 결제"_qs, u"전자상거래"_qs}},
        {u"facility"_qs, {u"데이터센터"_qs, u"연구개발센터"_qs, u"반도체 공장"_qs, u"배터리 공장"_qs,
                          u"AI 컴퓨팅 센터"_qs}},
        {u"institution"_qs, {u"중국 공업정보화부"_qs, u"한국무역협회"_qs, u"중국정보통신연구원"_qs,
                             u"대외경제정책연구원"_qs, u"카운터포인트리서치"_qs, u"IDC"_qs, u"가트너"_qs,
                             u"한국은행"_qs, u"중국 국가통계국"_qs, u"KOTRA"_qs}},
        {u"policy"_qs, {u"신품질 생산력"_qs, u"AI 플러스 행동"_qs, u"디지털 중국 건설"_qs, u"제조강국 전략"_qs}},
        {u"direction"_qs, {u"상향"_qs, u"하향"_qs}},
        {u"quarter"_qs, {u"1분기"_qs, u"2분기"_qs, u"3분기"_qs, u"4분기"_qs}},
    };
    static const QStringList none;
    const auto found = lists.constFind(slot.toString());
    return found == lists.cend() ? none : *found;
}

const QStringList &reporters()
{
    static const QStringList names{u"김서연"_qs, u"이준호"_qs, u"박지민"_qs, u"최유진"_qs, u"정민혁"_qs,
                                   u"강하은"_qs, u"조성훈"_qs, u"윤다은"_qs, u"장태오"_qs, u"임소희"_qs,
                                   u"한재원"_qs, u"오가윤"_qs};
    return names;
}

const QStringList &publishers()
{
    static const QStringList names{u"한빛경제"_qs, u"테크리뷰"_qs, u"동아시아타임스"_qs, u"디지털산업신문"_qs,
                                   u"차이나포커스"_qs, u"서울경제일보"_qs};
    return names;
}

const QStringList &mailDomains()
{
    static const QStringList domains{u"hanbit-news.example"_qs, u"techreview.example"_qs,
                                     u"eastasia-times.example"_qs, u"chinafocus.example"_qs};
    return domains;
}

} // namespace dokhae::corpus::material
