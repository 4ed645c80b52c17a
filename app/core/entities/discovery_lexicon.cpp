#include "entities/discovery_lexicon.h"

#include "entities/korean_particles.h"
#include "entities/name_key.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace dokhae::entities::lexicon {

namespace {

using Words = std::initializer_list<QStringView>;

bool contains(Words words, QStringView word)
{
    for (QStringView candidate : words) {
        if (candidate == word)
            return true;
    }
    return false;
}

// The word itself, or the word whose tail is a particle chain after `head`.
bool isWordWithParticles(QStringView word, QStringView head)
{
    return word.startsWith(head) && isParticleChain(word.mid(head.size()), head.back());
}

constexpr Words personTitles = {
    u"CEO", u"CTO", u"CFO", u"COO", u"최고경영자", u"최고기술책임자", u"대표", u"대표이사", u"회장",
    u"부회장", u"사장", u"부사장", u"총리", u"부총리", u"대통령", u"부통령", u"주석", u"국가주석",
    u"장관", u"차관", u"총재", u"의장", u"위원장", u"교수", u"부교수", u"조교수", u"연구원",
    u"연구위원", u"수석연구원", u"박사", u"기자", u"특파원", u"논설위원", u"칼럼니스트", u"에디터",
    u"편집장", u"창업자", u"공동창업자", u"설립자", u"창립자", u"애널리스트", u"분석가", u"이사장",
    u"원장", u"소장", u"총장", u"대사", u"대변인", u"의원", u"주지사", u"서기", u"총서기", u"국무위원",
    u"전무", u"상무", u"부장", u"팀장", u"본부장", u"센터장", u"고문", u"투자자", u"작가", u"저자",
};

constexpr std::array<std::pair<QStringView, EntityType>, 50> classNouns = {{
    {u"투자사", EntityType::Organization}, {u"경쟁사", EntityType::Organization},
    {u"계열사", EntityType::Organization}, {u"협력사", EntityType::Organization},
    {u"고객사", EntityType::Organization}, {u"펀드", EntityType::Organization},
    {u"모델", EntityType::Product},   {u"LLM", EntityType::Product},    {u"챗봇", EntityType::Product},
    {u"앱", EntityType::Product},     {u"애플리케이션", EntityType::Product}, {u"칩셋", EntityType::Product},
    {u"칩", EntityType::Product},     {u"프로세서", EntityType::Product}, {u"가속기", EntityType::Product},
    {u"비서", EntityType::Product},   {u"솔루션", EntityType::Product}, {u"안경", EntityType::Product},
    {u"글라스", EntityType::Product}, {u"플랫폼", EntityType::Product}, {u"프레임워크", EntityType::Product},
    {u"멀티모달", EntityType::Product}, {u"스마트폰", EntityType::Product}, {u"운영체제", EntityType::Product},
    {u"메신저", EntityType::Product}, {u"에이전트", EntityType::Product}, {u"브라우저", EntityType::Product},
    {u"GPU", EntityType::Product},    {u"로봇", EntityType::Product},   {u"서비스", EntityType::Product},
    {u"스타트업", EntityType::Organization}, {u"기업", EntityType::Organization},
    {u"회사", EntityType::Organization}, {u"업체", EntityType::Organization},
    {u"제조사", EntityType::Organization}, {u"운영사", EntityType::Organization},
    {u"자회사", EntityType::Organization}, {u"모회사", EntityType::Organization},
    {u"통신사", EntityType::Organization}, {u"매체", EntityType::Organization},
    {u"언론", EntityType::Organization}, {u"방송", EntityType::Organization},
    {u"기관", EntityType::Organization}, {u"연구기관", EntityType::Organization},
    {u"보고서", EntityType::Work},    {u"저서", EntityType::Work},      {u"책", EntityType::Work},
    {u"논문", EntityType::Work},      {u"도시", EntityType::Place},     {u"지역", EntityType::Place},
}};

constexpr Words organizationSuffixes = {
    u"대학교", u"대학", u"연구소", u"연구원", u"연구센터", u"과학원", u"위원회", u"그룹", u"전자",
    u"은행", u"증권", u"재단", u"협회", u"학회", u"홀딩스", u"테크놀로지", u"로보틱스", u"모터스",
    u"항공", u"일보", u"신문", u"방송", u"대표대회", u"협상회의", u"기술원", u"진흥원", u"개발원",
    u"판공실", u"사무국", u"관리국", u"총국",
    u"부", u"청",
};

// Common words that end like an organization (정부 ends in 부, 요청 in 청), compared as tails so that
// 지방정부 and 중앙은행 are refused too.
constexpr Words suffixLookalikes = {
    u"정부", u"일부", u"내부", u"외부", u"전부", u"본부", u"세부", u"간부", u"지도부", u"수뇌부",
    u"중심부", u"상층부", u"하층부", u"핵심부", u"여부", u"가부", u"부부", u"흉부", u"남부", u"북부",
    u"동부", u"서부", u"중부", u"요청", u"경청", u"시청", u"중앙은행", u"시중은행", u"투자은행",
    u"지방은행", u"종이신문", u"우주항공", u"대부", u"안부", u"신부", u"농부", u"어부", u"청부",
    u"수석연구원", u"선임연구원", u"책임연구원", u"객원연구원", u"연구위원",
};

constexpr Words stopWords = {
    u"우리", u"이게", u"이것", u"그것", u"저것", u"여기", u"거기", u"그들", u"이들", u"저들", u"그녀",
    u"서방", u"정부", u"당국", u"국가", u"세계", u"전세계", u"글로벌", u"당시", u"현재", u"최근", u"지난해",
    u"올해", u"내년", u"이번", u"지금", u"오늘", u"또한", u"특히", u"한편", u"다만", u"결국", u"물론",
    u"그러나", u"하지만", u"이에", u"이후", u"이전", u"공동", u"해당", u"담당", u"전", u"현", u"신임",
    u"전직", u"현직", u"명예", u"수석", u"선임", u"책임", u"총괄", u"초대", u"당", u"그", u"이", u"저",
    u"각", u"모든", u"여러", u"일부", u"관계자", u"관영", u"국유", u"민간", u"회사", u"기업", u"업체",
    u"기술", u"버전", u"모델", u"시장", u"산업", u"분야", u"지역", u"도시", u"중앙", u"지방", u"지방정부",
    u"혁신", u"경제", u"정치", u"사회", u"문화", u"과학", u"연구", u"개발", u"전문", u"전문가", u"겸",
    u"및", u"또는", u"대해", u"위해", u"통해", u"따르면", u"의하면", u"새로운", u"신규", u"차세대",
    u"대형", u"주요", u"대표적", u"최고", u"최대", u"한국어", u"영어", u"중국어", u"인공지능", u"반도체",
    u"외신", u"현지", u"업계", u"학계", u"정책", u"전략", u"투자", u"자국", u"해외", u"국내", u"모두",
};

constexpr Words genericAcronyms = {
    u"AI", u"AGI", u"GPU", u"NPU", u"CPU", u"TPU", u"HBM", u"DRAM", u"NAND", u"LLM", u"SLM", u"NPC",
    u"PC", u"IT", u"ICT", u"IOT", u"R&D", u"CEO", u"CTO", u"CFO", u"COO", u"GDP", u"ESG", u"EV", u"AR",
    u"VR", u"XR", u"MR", u"OS", u"API", u"SDK", u"USB", u"LED", u"OLED", u"LCD", u"SW", u"HW", u"UI",
    u"UX", u"BCI", u"ETF", u"IPO", u"M&A", u"SNS", u"DX", u"AX", u"KPI", u"FTA", u"PR", u"TV", u"DB",
    u"IP", u"CES", u"MWC", u"OEM", u"ODM", u"B2B", u"B2C", u"SOC", u"SOTA", u"RAG", u"MOE", u"GPT",
    u"NO", u"OK", u"VS", u"PDF", u"URL", u"FAQ", u"ADAS", u"FSD", u"EUV", u"DUV", u"CAPEX", u"ROI",
};

// Only endings that Korean and Chinese given names do not have (names end in 은, 인, 서 freely).
constexpr Words modifierEndings = {
    u"적인", u"적", u"하는", u"했던", u"하던", u"있는", u"없는", u"되는", u"된", u"한", u"할", u"던",
    u"는", u"을", u"를", u"의", u"에", u"며", u"다", u"까", u"요", u"였던", u"이던",
};

constexpr QStringView chineseSurnames =
    u"王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹"
    u"彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏"
    u"韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔"
    u"向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦"
    u"俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑"
    u"华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑";

constexpr std::array<std::pair<QStringView, EntityType>, 36> hanziSuffixes = {{
    {u"科技", EntityType::Organization}, {u"公司", EntityType::Organization}, {u"集团", EntityType::Organization},
    {u"集團", EntityType::Organization}, {u"银行", EntityType::Organization}, {u"銀行", EntityType::Organization},
    {u"大学", EntityType::Organization}, {u"大學", EntityType::Organization}, {u"研究院", EntityType::Organization},
    {u"研究所", EntityType::Organization}, {u"实验室", EntityType::Organization}, {u"實驗室", EntityType::Organization},
    {u"电网", EntityType::Organization}, {u"電網", EntityType::Organization}, {u"钢铁", EntityType::Organization},
    {u"鋼鐵", EntityType::Organization}, {u"控股", EntityType::Organization}, {u"股份", EntityType::Organization},
    {u"智能", EntityType::Organization}, {u"汽车", EntityType::Organization}, {u"汽車", EntityType::Organization},
    {u"电子", EntityType::Organization}, {u"電子", EntityType::Organization}, {u"委员会", EntityType::Organization},
    {u"委員會", EntityType::Organization}, {u"通信", EntityType::Organization}, {u"网络", EntityType::Organization},
    {u"網絡", EntityType::Organization}, {u"省", EntityType::Place}, {u"市", EntityType::Place},
    {u"州", EntityType::Place}, {u"县", EntityType::Place}, {u"縣", EntityType::Place},
    {u"区", EntityType::Place}, {u"區", EntityType::Place}, {u"江", EntityType::Place},
}};

constexpr Words versionWords = {
    u"Max", u"Pro", u"Plus", u"Turbo", u"Ultra", u"Mini", u"Flash", u"Lite", u"Preview", u"맥스",
    u"프로", u"플러스", u"터보", u"울트라", u"미니", u"플래시", u"라이트",
};

} // namespace

bool isPersonTitle(QStringView word)
{
    for (QStringView title : personTitles) {
        if (isWordWithParticles(word, title))
            return true;
    }
    return false;
}

std::optional<EntityType> classNounType(QStringView word)
{
    const QStringView stem = QStringView(word).left(stemLength(word, 1));
    for (const auto &[noun, type] : classNouns) {
        if (stem.endsWith(noun) || word.startsWith(noun))
            return type;
    }
    return std::nullopt;
}

QStringView organizationSuffix(QStringView stem)
{
    if (stem.size() < 2)
        return {};
    for (QStringView lookalike : suffixLookalikes) {
        if (stem.endsWith(lookalike))
            return {};
    }
    for (QStringView suffix : organizationSuffixes) {
        const bool oneSyllable = suffix.size() == 1;
        // One-syllable suffixes (부, 청, 국) need a two-syllable stem before them: 교육부, 특허청.
        if (stem.endsWith(suffix) && stem.size() >= suffix.size() + (oneSyllable ? 2 : 1)
            && isAllHangul(stem.left(stem.size() - suffix.size()).right(1)))
            return suffix;
    }
    return {};
}

bool isDetachedOrganizationSuffix(QStringView word)
{
    return contains({u"대학", u"대학교", u"그룹", u"연구소", u"위원회", u"재단", u"홀딩스"}, word);
}

bool isStopWord(QStringView word)
{
    return contains(stopWords, word);
}

bool isGenericAcronym(QStringView word)
{
    return contains(genericAcronyms, word.toString().toUpper());
}

bool hasModifierEnding(QStringView word)
{
    for (QStringView ending : modifierEndings) {
        if (word.size() > ending.size() && word.endsWith(ending))
            return true;
    }
    return false;
}

bool isChineseSurname(QChar han)
{
    return chineseSurnames.contains(han);
}

std::optional<EntityType> hanziSuffixType(QStringView hanzi)
{
    for (const auto &[suffix, type] : hanziSuffixes) {
        if (hanzi.size() > suffix.size() && hanzi.endsWith(suffix))
            return type;
    }
    return std::nullopt;
}

bool isVersionToken(QStringView word)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z]{0,2}\d+(\.\d+)*([-.][\p{L}\d]+)*$)"));
    return contains(versionWords, word) || pattern.match(word).hasMatch();
}

QStringView originalNameLabel(QStringView inner)
{
    for (QStringView label : {u"중국명", u"중국어명", u"영문명", u"영어명", u"본명", u"원명", u"한자명",
                              u"현지명", u"정식명칭", u"약칭"}) {
        if (inner.startsWith(label))
            return label;
    }
    return {};
}

bool isPlaceKindSuffix(QStringView word)
{
    for (QStringView kind : {u"성", u"시", u"구", u"현", u"주", u"섬"}) {
        if (isWordWithParticles(word, kind))
            return true;
    }
    return false;
}

} // namespace dokhae::entities::lexicon
