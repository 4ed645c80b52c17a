#include "figures/currency_lexicon.h"

#include "figures/numeral_lexicon.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <algorithm>
#include <cmath>

namespace dokhae::figures {

namespace {

struct CurrencyName
{
    QString surface;
    QString code;
    double factor = 1;
};

// Names grouped by their first character, longest first within a group: a lookup at every word
// start of an article tries only the few names that can match there.
using NameIndex = QHash<QChar, QList<CurrencyName>>;

struct Lexicon
{
    QList<CurrencyName> after;  // longest first
    QList<CurrencyName> before; // longest first
    QSet<QString> codes;
    NameIndex afterIndex;
    NameIndex beforeIndex;
};

QString icuName(const char16_t *code, UCurrNameStyle style)
{
    UErrorCode status = U_ZERO_ERROR;
    UBool isChoiceFormat = false;
    int32_t length = 0;
    const UChar *name = ucurr_getName(code, "ko", style, &isChoiceFormat, &length, &status);
    if (U_FAILURE(status) || !name)
        return {};
    return QString::fromUtf16(name, length);
}

void addColloquialNames(Lexicon &lexicon)
{
    // Everyday Korean names; the peers and the press read a bare 달러 (or 불) as US dollars.
    const std::pair<const char16_t *, const char16_t *> words[] = {
        {u"원", u"KRW"}, {u"달러", u"USD"}, {u"불", u"USD"}, {u"위안", u"CNY"}, {u"인민폐", u"CNY"},
        {u"엔", u"JPY"}, {u"유로", u"EUR"}, {u"파운드", u"GBP"}, {u"루피", u"INR"}, {u"루블", u"RUB"},
        {u"프랑", u"CHF"}, {u"바트", u"THB"}, {u"링깃", u"MYR"}, {u"루피아", u"IDR"}, {u"리라", u"TRY"},
        {u"헤알", u"BRL"}, {u"랜드", u"ZAR"}, {u"대만 달러", u"TWD"}, {u"홍콩 달러", u"HKD"},
    };
    for (const auto &[word, code] : words) {
        const QString surface = QString::fromUtf16(word);
        lexicon.after.append({surface, QString::fromUtf16(code), 1});
        lexicon.after.append({surface + u'화', QString::fromUtf16(code), 1}); // 달러화, 위안화
    }
    const std::pair<const char16_t *, const char16_t *> signs[] = {
        {u"$", u"USD"}, {u"US$", u"USD"}, {u"₩", u"KRW"}, {u"€", u"EUR"}, {u"¥", u"JPY"},
        {u"£", u"GBP"}, {u"₹", u"INR"}, {u"元", u"CNY"},
    };
    for (const auto &[sign, code] : signs)
        lexicon.before.append({QString::fromUtf16(sign), QString::fromUtf16(code), 1});
    lexicon.after.append({QStringLiteral("₩"), QStringLiteral("KRW"), 1}); // 10₩
}

// A minor unit is worth 10^-d of its currency, d being the currency's fraction digits.
double minorUnitFactor(const char16_t *code)
{
    UErrorCode status = U_ZERO_ERROR;
    const int32_t digits = ucurr_getDefaultFractionDigits(code, &status);
    return U_FAILURE(status) || digits <= 0 ? 0.01 : std::pow(10.0, -digits);
}

void addMinorUnits(Lexicon &lexicon)
{
    // A bare 센트 is the dollar's, as a bare 달러 is USD; the others name their currency.
    const std::pair<const char16_t *, const char16_t *> units[] = {
        {u"센트", u"USD"},   {u"유로센트", u"EUR"}, {u"펜스", u"GBP"}, {u"페니", u"GBP"}, {u"코페이카", u"RUB"},
        {u"코펙", u"RUB"},   {u"파이사", u"INR"},   {u"펀", u"CNY"},   {u"상팀", u"CHF"}, {u"라펜", u"CHF"},
    };
    for (const auto &[word, code] : units)
        lexicon.after.append({QString::fromUtf16(word), QString::fromUtf16(code), minorUnitFactor(code)});
}

void addIcuNames(Lexicon &lexicon)
{
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status))
        return;
    while (const char *code = uenum_next(codes, nullptr, &status)) {
        if (U_FAILURE(status))
            break;
        const QString iso = QString::fromLatin1(code);
        lexicon.codes.insert(iso);
        const std::u16string isoUtf16 = iso.toStdU16String();
        const QString longName = icuName(isoUtf16.c_str(), UCURR_LONG_NAME);
        if (!longName.isEmpty() && longName != iso) {
            lexicon.after.append({longName, iso, 1});
            if (longName.endsWith(u'화')) // 중국 위안화 is also written 중국 위안
                lexicon.after.append({longName.chopped(1), iso, 1});
        }
        // Signs such as ₫, HK$, CA$, CN¥; a symbol that is only letters (SGD) is the code again.
        const QString symbol = icuName(isoUtf16.c_str(), UCURR_SYMBOL_NAME);
        const bool hasSign = std::any_of(symbol.cbegin(), symbol.cend(),
                                         [](QChar c) { return c.category() == QChar::Symbol_Currency; });
        if (hasSign)
            lexicon.before.append({symbol, iso, 1});
    }
    uenum_close(codes);
}

Lexicon buildLexicon()
{
    Lexicon lexicon;
    addColloquialNames(lexicon); // first, so that they win ties against ICU's symbols
    addMinorUnits(lexicon);
    addIcuNames(lexicon);
    const auto longestFirst = [](const CurrencyName &a, const CurrencyName &b) {
        return a.surface.size() > b.surface.size();
    };
    std::stable_sort(lexicon.after.begin(), lexicon.after.end(), longestFirst);
    std::stable_sort(lexicon.before.begin(), lexicon.before.end(), longestFirst);
    for (const CurrencyName &name : std::as_const(lexicon.after))
        lexicon.afterIndex[name.surface.front()].append(name);
    for (const CurrencyName &name : std::as_const(lexicon.before))
        lexicon.beforeIndex[name.surface.front()].append(name);
    return lexicon;
}

const Lexicon &lexicon()
{
    static const Lexicon table = buildLexicon();
    return table;
}

// EUR, krw: an ISO code standing as a word of its own. After an amount only capitals count,
// so that "10 top" is not Tongan pa'anga.
std::optional<CurrencyMatch> matchIsoCode(QStringView text, qsizetype pos, bool anyCase)
{
    if (pos + 3 > text.size() || (pos > 0 && isAsciiLetter(text[pos - 1])))
        return std::nullopt;
    if (pos + 3 < text.size() && isAsciiLetter(text[pos + 3]))
        return std::nullopt;
    for (qsizetype i = pos; i < pos + 3; ++i) {
        if (!isAsciiLetter(text[i]))
            return std::nullopt;
    }
    const QStringView written = text.mid(pos, 3);
    const QString candidate = written.toString().toUpper();
    if (!anyCase && written != candidate)
        return std::nullopt;
    if (!lexicon().codes.contains(candidate))
        return std::nullopt;
    return CurrencyMatch{candidate, pos + 3, 1};
}

std::optional<CurrencyMatch> longestName(QStringView text, qsizetype pos, const NameIndex &index)
{
    if (pos >= text.size())
        return std::nullopt;
    const auto names = index.constFind(text[pos]);
    if (names == index.cend())
        return std::nullopt;
    for (const CurrencyName &name : *names) {
        const qsizetype length = matchWord(text, pos, name.surface);
        if (length > 0)
            return CurrencyMatch{name.code, pos + length, name.factor};
    }
    return std::nullopt;
}

} // namespace

std::optional<CurrencyMatch> matchCurrencyAfter(QStringView text, qsizetype pos)
{
    pos = skipSpaces(text, pos);
    if (auto code = matchIsoCode(text, pos, false))
        return code;
    return longestName(text, pos, lexicon().afterIndex);
}

std::optional<CurrencyMatch> matchCurrencyBefore(QStringView text, qsizetype pos)
{
    if (auto code = matchIsoCode(text, pos, true))
        return CurrencyMatch{code->code, skipSpaces(text, code->end), 1};
    if (auto sign = longestName(text, pos, lexicon().beforeIndex))
        return CurrencyMatch{sign->code, skipSpaces(text, sign->end), 1};
    return std::nullopt;
}

bool hasCents(const QString &code)
{
    static const QStringList centCurrencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("AUD"),
                                            QStringLiteral("CAD"), QStringLiteral("HKD"), QStringLiteral("NZD"),
                                            QStringLiteral("SGD"), QStringLiteral("TWD")};
    return centCurrencies.contains(code);
}

} // namespace dokhae::figures
